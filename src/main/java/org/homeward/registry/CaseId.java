package org.homeward.registry;

import java.util.Objects;
import java.util.UUID;

/** A case's identity: a random UUID, so ids reveal nothing about order or volume. */
public record CaseId(UUID value) {

  public CaseId {
    Objects.requireNonNull(value, "value");
  }

  public static CaseId random() {
    return new CaseId(UUID.randomUUID());
  }

  /** Parses a path or form value; an unparsable id is simply a case that does not exist. */
  public static java.util.Optional<CaseId> parse(String text) {
    try {
      return java.util.Optional.of(new CaseId(UUID.fromString(text)));
    } catch (IllegalArgumentException | NullPointerException e) {
      return java.util.Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
