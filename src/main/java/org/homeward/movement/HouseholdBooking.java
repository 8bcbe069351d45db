package org.homeward.movement;

import java.util.List;
import java.util.Objects;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;

/**
 * A household to put on a flight, as a movement officer or a confirmed plan asks for it.
 *
 * @param medicalEscorts the members who travel with a medical escort: each takes an escort seat
 */
public record HouseholdBooking(CaseId caseId, List<PersonId> medicalEscorts) {

  public HouseholdBooking {
    Objects.requireNonNull(caseId, "caseId");
    medicalEscorts = medicalEscorts == null ? List.of() : List.copyOf(medicalEscorts);
  }

  public static HouseholdBooking of(CaseId caseId) {
    return new HouseholdBooking(caseId, List.of());
  }
}
