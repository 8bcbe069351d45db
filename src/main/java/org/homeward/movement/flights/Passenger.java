package org.homeward.movement.flights;

import java.time.Instant;
import java.util.Objects;
import org.homeward.registry.PersonId;

/**
 * A member of a booked household, as the flight knows them: whether they travel on an adult's lap
 * or with a medical escort, and where they stand on departure day. Who they are (name, documents)
 * stays in the registry.
 */
public record Passenger(
    PersonId personId,
    int position,
    boolean lapInfant,
    boolean medicalEscort,
    Boarding boarding,
    Instant checkedInAt,
    String checkedInBy,
    Instant boardedAt,
    String boardedBy) {

  public Passenger {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(boarding, "boarding");
  }

  /** A passenger just booked, expected on departure day. */
  public static Passenger expected(
      PersonId personId, int position, boolean lapInfant, boolean medicalEscort) {
    return new Passenger(
        personId, position, lapInfant, medicalEscort, Boarding.EXPECTED, null, null, null, null);
  }
}
