package org.homeward.registry;

import java.util.Objects;
import java.util.UUID;

/** A registered person's identity. */
public record PersonId(UUID value) {

  public PersonId {
    Objects.requireNonNull(value, "value");
  }

  public static PersonId random() {
    return new PersonId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
