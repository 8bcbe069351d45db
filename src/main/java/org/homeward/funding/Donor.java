package org.homeward.funding;

import java.util.List;
import java.util.Objects;

/**
 * A government, a multilateral body or a private giver, with the people to talk to there and the
 * users (role {@code DONOR_VIEWER}) who read the aggregates of the projects it funds.
 *
 * @param id null for a donor not yet recorded
 * @param countryCode ISO 3166-1 alpha-3, null for a multilateral or an unplaced giver
 */
public record Donor(
    DonorId id,
    String name,
    DonorKind kind,
    String countryCode,
    List<Contact> contacts,
    List<String> viewers,
    long version) {

  /** Someone to talk to at the donor. */
  public record Contact(String name, String role, String email, String phone) {
    public Contact {
      Objects.requireNonNull(name, "name");
    }
  }

  public Donor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    contacts = List.copyOf(contacts);
    viewers = List.copyOf(viewers);
  }
}
