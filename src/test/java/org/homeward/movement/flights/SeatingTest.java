package org.homeward.movement.flights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.homeward.movement.FlightDetails;
import org.homeward.movement.FlightKind;
import org.homeward.movement.FlightStatus;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.registry.Priority;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The seats a household takes and the steps of flights and passengers, without Spring. */
class SeatingTest {

  static final LocalDate FLIGHT_DAY = LocalDate.of(2026, 12, 8);

  @Test
  void anInfantUnderTwoTravelsOnTheLapOfAnAdultOfSixteenOrMoreOneInfantEach() {
    Seating twins = Seating.of(household(aged(30), months(8), months(8)), FLIGHT_DAY, Set.of());
    assertThat(twins.need().lapInfants()).isEqualTo(1);
    assertThat(twins.need().seats()).isEqualTo(2);
    assertThat(twins.passengers())
        .extracting(Passenger::lapInfant)
        .containsExactly(false, true, false);

    Seating youngMother = Seating.of(household(aged(16), months(3)), FLIGHT_DAY, Set.of());
    assertThat(youngMother.need().seats()).isEqualTo(1);
    Seating sister = Seating.of(household(aged(15), months(3)), FLIGHT_DAY, Set.of());
    assertThat(sister.need().lapInfants()).isZero();
    assertThat(sister.need().seats()).isEqualTo(2);
    // two the day before the flight is two on the day: a seat
    Seating toddler =
        Seating.of(household(aged(30), FLIGHT_DAY.minusYears(2)), FLIGHT_DAY, Set.of());
    assertThat(toddler.need().seats()).isEqualTo(2);
  }

  @Test
  void someoneWhoseBirthIsUnknownCountsAsAnAdultAndAMedicalEscortTakesASeat() {
    Person unknown = person(null, Set.of());
    Person baby = person(FLIGHT_DAY.minusMonths(5), Set.of());
    Seating seating = Seating.of(household(unknown, baby), FLIGHT_DAY, List.of(unknown.id()));
    assertThat(seating.need().lapInfants()).isEqualTo(1);
    assertThat(seating.need().medicalEscorts()).isEqualTo(1);
    assertThat(seating.need().seats()).isEqualTo(2);
    assertThat(seating.passengers().getFirst().medicalEscort()).isTrue();
  }

  @Test
  void unaccompaniedMinorsNeedAnEscortPerStartedGroupOfFiveOnTheFlight() {
    assertThat(List.of(0, 1, 5, 6, 10, 11).stream().map(SeatNeed::minorEscortSeats))
        .containsExactly(0, 1, 1, 2, 2, 3);
    Person boy = person(FLIGHT_DAY.minusYears(15), Set.of(Vulnerability.UNACCOMPANIED_CHILD));
    SeatNeed one = Seating.of(household(boy), FLIGHT_DAY, Set.of()).need();
    assertThat(one.unaccompaniedMinors()).isEqualTo(1);
    assertThat(SeatNeed.seatsOf(List.of(one))).isEqualTo(2);
    assertThat(SeatNeed.seatsOf(List.of(one, one, one, one, one, one))).isEqualTo(8);
  }

  @Test
  void aCharterCostIsSharedByItsSeatsToTheCent() {
    assertThat(details(160, null, "480000.00").seatCost()).isEqualTo(Money.of(3000, "MAD"));
    assertThat(details(3, null, "100000.00").seatCost().getNumber().numberValue(BigDecimal.class))
        .isEqualByComparingTo("33333.33");
    assertThat(details(3, "2500.00", null).totalCost()).isEqualTo(Money.of(7500, "MAD"));
    assertThatThrownBy(() -> details(3, "2500.00", "7500.00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void flightsAndPassengersStepOnlyForward() {
    assertThat(FlightStatus.PLANNED.next())
        .containsExactlyInAnyOrder(FlightStatus.CONFIRMED, FlightStatus.CANCELLED);
    assertThat(FlightStatus.PLANNED.canMoveTo(FlightStatus.DEPARTED)).isFalse();
    assertThat(FlightStatus.DEPARTED.next()).containsExactly(FlightStatus.ARRIVED);
    assertThat(FlightStatus.ARRIVED.next()).isEmpty();
    assertThat(Boarding.EXPECTED.canMoveTo(Boarding.BOARDED)).isFalse();
    assertThat(Boarding.CHECKED_IN.canMoveTo(Boarding.BOARDED)).isTrue();
    assertThat(Boarding.CHECKED_IN.canMoveTo(Boarding.NO_SHOW)).isTrue();
    assertThat(Boarding.BOARDED.canMoveTo(Boarding.NO_SHOW)).isFalse();
  }

  private static FlightDetails details(int seats, String perSeat, String charter) {
    return new FlightDetails(
        "MAR",
        FlightKind.CHARTER,
        "Government of Morocco",
        null,
        "CMN",
        "DLA",
        "CMR",
        LocalDateTime.of(FLIGHT_DAY, java.time.LocalTime.of(8, 30)),
        ZoneId.of("Africa/Casablanca"),
        seats,
        perSeat == null ? null : Money.of(new BigDecimal(perSeat), "MAD"),
        charter == null ? null : Money.of(new BigDecimal(charter), "MAD"));
  }

  private static Person aged(int years) {
    return person(FLIGHT_DAY.minusYears(years), Set.of());
  }

  private static Person months(int months) {
    return person(FLIGHT_DAY.minusMonths(months), Set.of());
  }

  private static Person person(LocalDate born, Set<Vulnerability> derived) {
    return new Person(
        PersonId.random(),
        Relationship.OTHER,
        "Given",
        "Family",
        List.of(),
        Sex.X,
        born,
        false,
        "CMR",
        null,
        List.of(),
        null,
        null,
        List.of(),
        Set.of(),
        derived,
        null,
        false);
  }

  private static Person person(LocalDate born) {
    return person(born, Set.of());
  }

  private static Case household(Person... members) {
    return Case.registered(
        CaseId.random(),
        "MAR-2026-000001",
        "MAR",
        "CMR",
        "Douala",
        "Rabat",
        FLIGHT_DAY.minusMonths(3),
        List.of(members),
        null,
        Priority.NONE,
        "caseworker.mar",
        Instant.now());
  }

  private static Case household(Person adult, LocalDate childBorn) {
    return household(adult, person(childBorn));
  }
}
