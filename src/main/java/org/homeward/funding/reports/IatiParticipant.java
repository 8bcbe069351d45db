package org.homeward.funding.reports;

import java.util.Objects;

/**
 * An organisation taking part in an activity, in one role: a donor funds, the mission implements.
 */
public record IatiParticipant(Role role, IatiOrganisation organisation) {

  /** The IATI OrganisationRole codelist. */
  public enum Role {
    FUNDING("1"),
    ACCOUNTABLE("2"),
    EXTENDING("3"),
    IMPLEMENTING("4");

    private final String code;

    Role(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public IatiParticipant {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisation, "organisation");
  }

  public static IatiParticipant funding(IatiOrganisation donor) {
    return new IatiParticipant(Role.FUNDING, donor);
  }

  public static IatiParticipant implementing(IatiOrganisation mission) {
    return new IatiParticipant(Role.IMPLEMENTING, mission);
  }
}
