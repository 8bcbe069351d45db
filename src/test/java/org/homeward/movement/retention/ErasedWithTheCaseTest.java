package org.homeward.movement.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.movement.FitnessOutcome;
import org.homeward.movement.FlightDetails;
import org.homeward.movement.FlightId;
import org.homeward.movement.FlightKind;
import org.homeward.movement.TravelDocumentType;
import org.homeward.movement.TravelRecords;
import org.homeward.movement.flights.BookingStatus;
import org.homeward.movement.flights.Seating;
import org.homeward.movement.flights.internal.FlightStore;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.Case;
import org.homeward.registry.CaseAnonymised;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.Cases;
import org.homeward.registry.Person;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The movement module with the modules below it: when the registry says a case was anonymised,
 * movement erases the travel document numbers, the sealed medical details and the bookings' free
 * text of that case, and of no other, keeping what the statistics count.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class ErasedWithTheCaseTest {

  static final Actor CASEWORKER = new Actor("caseworker.mar", "MAR", Set.of(Role.CASEWORKER));
  static final Actor MOVEMENT = new Actor("movement.mar", "MAR", Set.of(Role.MOVEMENT_OFFICER));
  static final Actor MEDICAL = new Actor("medical.mar", "MAR", Set.of(Role.MEDICAL_OFFICER));

  @Autowired Cases cases;
  @Autowired TravelRecords travel;
  @Autowired FlightStore flights;
  @Autowired JdbcClient jdbc;

  @Test
  void anAnonymisedCaseLeavesNoPersonalDataInMovementAndOthersKeepTheirs(Scenario scenario) {
    Case closed = withTravelRecords("Ndiaye", "SN1000001");
    Case other = withTravelRecords("Sarr", "SN2000002");

    scenario
        .publish(new CaseAnonymised(closed.id(), "MAR", UUID.randomUUID(), Instant.now()))
        .andWaitForStateChange(() -> numbers(closed), n -> n.equals(List.of("[erased]")))
        .andVerify(n -> {
          assertThat(details(closed)).containsOnlyNulls();
          assertThat(reasons(closed)).containsOnlyNulls();
          // what the statistics count stays
          assertThat(
                  jdbc.sql("SELECT status FROM movement_travel_document WHERE case_id = ?")
                      .param(closed.id().value())
                      .query(String.class)
                      .list())
              .containsExactly("ISSUED");
          assertThat(
                  jdbc.sql("SELECT outcome FROM movement_fitness_check WHERE case_id = ?")
                      .param(closed.id().value())
                      .query(String.class)
                      .list())
              .containsExactly("FIT_WITH_ESCORT");
          assertThat(
                  jdbc.sql("SELECT status FROM movement_booking WHERE case_id = ?")
                      .param(closed.id().value())
                      .query(String.class)
                      .list())
              .containsExactly("CANCELLED");
          // the other case is untouched
          assertThat(numbers(other)).containsExactly("SN2000002");
          assertThat(details(other)).doesNotContainNull();
          assertThat(reasons(other)).containsExactly("his mother is ill in Rabat");
          assertThat(
                  jdbc.sql(
                          "SELECT count(*) FROM audit_entry WHERE action ="
                              + " 'movement.case-anonymised' AND subject_id = ?")
                      .param(closed.id().toString())
                      .query(Long.class)
                      .single())
              .isEqualTo(1);
        });
  }

  /**
   * A man registered with a passport issued by movement, a fitness check with medical details, and
   * a booking taken off a flight with a reason.
   */
  private Case withTravelRecords(String family, String passport) {
    Case c =
        cases.register(
            new CaseDetails(
                "MAR",
                "SEN",
                "Dakar",
                "Rabat",
                LocalDate.now().minusDays(30).toString(),
                List.of(
                    new CaseDetails.MemberDetails(
                        null,
                        "PRINCIPAL",
                        "Mamadou",
                        family,
                        List.of(),
                        "M",
                        "1990-04-02",
                        false,
                        "SEN",
                        "Thiès",
                        List.of("wo"),
                        null,
                        "Rabat",
                        List.of(),
                        List.of(),
                        null)),
                null),
            CASEWORKER);
    Person man = c.members().getFirst();
    LocalDate today = LocalDate.now();
    UUID document =
        travel.requestDocument(man.id(), TravelDocumentType.PASSPORT, null, today, MOVEMENT);
    travel.documentIssued(document, passport, today, today.plusYears(5), MOVEMENT);
    travel.fitnessChecked(
        man.id(),
        today,
        FitnessOutcome.FIT_WITH_ESCORT,
        today.plusDays(30),
        "insulin-dependent diabetes; injections in flight",
        MEDICAL);
    ZoneId zone = ZoneId.of("Africa/Casablanca");
    FlightId flight =
        flights.insert(
            new FlightDetails(
                "MAR",
                FlightKind.SCHEDULED,
                null,
                "AT 552",
                "CMN",
                "DSS",
                "SEN",
                LocalDateTime.now(zone).plusDays(3).withSecond(0).withNano(0),
                zone,
                10,
                Money.of(new BigDecimal("250.00"), "USD"),
                null),
            "movement.mar",
            Instant.now());
    Seating seating = Seating.of(c, today, List.of());
    long booking =
        flights.insertBooking(
            flight,
            c.id(),
            c.caseNumber(),
            "MAR",
            "SEN",
            seating.need(),
            seating.passengers(),
            "movement.mar",
            Instant.now());
    flights.closeBooking(
        booking,
        BookingStatus.CANCELLED,
        "his mother is ill in Rabat",
        "movement.mar",
        Instant.now());
    return c;
  }

  private List<String> numbers(Case c) {
    return jdbc.sql("SELECT number FROM movement_travel_document WHERE case_id = ?")
        .param(c.id().value())
        .query(String.class)
        .list();
  }

  private List<byte[]> details(Case c) {
    return jdbc.sql("SELECT details FROM movement_fitness_check WHERE case_id = ?")
        .param(c.id().value())
        .query(byte[].class)
        .list();
  }

  private List<String> reasons(Case c) {
    return jdbc.sql("SELECT close_reason FROM movement_booking WHERE case_id = ?")
        .param(c.id().value())
        .query(String.class)
        .list();
  }
}
