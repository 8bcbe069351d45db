package org.homeward.movement.flights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.homeward.registry.Case;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.registry.Vulnerability;

/**
 * How a household sits on a flight on the day it leaves: an infant under 2 travels on the lap of an
 * adult (16 or over), one infant per adult, in the order the household lists them; any other infant
 * takes a seat. Someone whose date of birth is unknown counts as an adult. An unaccompanied minor
 * is one the registry records or derives as such.
 */
public record Seating(SeatNeed need, List<Passenger> passengers) {

  static final int LAP_INFANT_UNDER = 2;
  static final int ADULT_FROM = 16;

  public Seating {
    passengers = List.copyOf(passengers);
  }

  public static Seating of(
      Case household, LocalDate day, java.util.Collection<PersonId> medicalEscorts) {
    Set<PersonId> escorted = Set.copyOf(medicalEscorts);
    List<Person> members = household.members();
    int adults = 0;
    for (Person p : members) {
      Integer age = p.ageOn(day);
      if (age == null || age >= ADULT_FROM) {
        adults++;
      }
    }
    int laps = 0;
    int escorts = 0;
    int minors = 0;
    List<Passenger> passengers = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Person p = members.get(i);
      Integer age = p.ageOn(day);
      boolean lap = age != null && age < LAP_INFANT_UNDER && laps < adults;
      if (lap) {
        laps++;
      }
      boolean withEscort = escorted.contains(p.id());
      if (withEscort) {
        escorts++;
      }
      if (p.allVulnerabilities().contains(Vulnerability.UNACCOMPANIED_CHILD)) {
        minors++;
      }
      passengers.add(Passenger.expected(p.id(), i, lap, withEscort));
    }
    return new Seating(new SeatNeed(members.size(), laps, escorts, minors), passengers);
  }
}
