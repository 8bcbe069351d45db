package org.homeward.movement.flights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.MonetaryAmount;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.Donor;
import org.homeward.funding.DonorId;
import org.homeward.funding.DonorKind;
import org.homeward.funding.Eligibility;
import org.homeward.funding.FundingRecords;
import org.homeward.funding.Ledger;
import org.homeward.funding.Project;
import org.homeward.funding.UnitCosts;
import org.homeward.movement.CaseArrived;
import org.homeward.movement.FlightDeparted;
import org.homeward.movement.FlightDetails;
import org.homeward.movement.FlightId;
import org.homeward.movement.FlightKind;
import org.homeward.movement.FlightStatus;
import org.homeward.movement.HouseholdBooked;
import org.homeward.movement.HouseholdBooking;
import org.homeward.movement.MovementFixture;
import org.homeward.movement.TravelRecords;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.Case;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseLifecycle;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Cases;
import org.homeward.registry.Refusal;
import org.homeward.registry.TransitionGuard;
import org.homeward.registry.TransitionResult;
import org.homeward.shared.ConflictException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The movement module with the modules below it: booking publishes {@code HouseholdBooked},
 * departure {@code FlightDeparted} and the receiving mission's confirmation {@code CaseArrived}; a
 * departure whose step fails for one household stores nothing of it for any; a booked case
 * withdrawn by its caseworker gives its seats back; and one whose household grows takes the flight
 * as it now is. Returns to Senegal, paid by a project of the test's own.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class FlightEventsTest {

  static final Actor MOVEMENT = new Actor("movement.mar", "MAR", Set.of(Role.MOVEMENT_OFFICER));
  static final Actor CASEWORKER = new Actor("caseworker.mar", "MAR", Set.of(Role.CASEWORKER));
  static final Actor CHIEF = new Actor("chief.mar", "MAR", Set.of(Role.CHIEF_OF_MISSION));
  static final Actor FINANCE = new Actor("finance.mar", "MAR", Set.of(Role.FINANCE_OFFICER));
  static final Actor DAKAR = new Actor("caseworker.sen", "SEN", Set.of(Role.CASEWORKER));

  /** Cases whose step to DEPARTED the test's own guard refuses, as another module's might. */
  static final Set<CaseId> GROUNDED = ConcurrentHashMap.newKeySet();

  @TestConfiguration
  static class Grounding {
    @Bean
    TransitionGuard grounded() {
      return attempt ->
          attempt.to() == CaseStatus.DEPARTED && GROUNDED.contains(attempt.current().id())
              ? Optional.of(new Refusal("grounded", "held back at the border"))
              : Optional.empty();
    }
  }

  @Autowired Cases cases;
  @Autowired CaseLifecycle lifecycle;
  @Autowired FundingRecords funding;
  @Autowired Ledger ledger;
  @Autowired FlightSchedule schedule;
  @Autowired HouseholdBookings bookings;
  @Autowired DepartureDay departures;
  @Autowired Arrivals arrivals;
  @Autowired TravelRecords travel;

  @Test
  void bookingPublishesHouseholdBookedAndTheCaseIsBooked(Scenario scenario) {
    FlightId flight = flight(10);
    Case c = ready();

    scenario
        .stimulate(() -> bookings.book(flight, List.of(HouseholdBooking.of(c.id())), MOVEMENT))
        .andWaitForEventOfType(HouseholdBooked.class)
        .matching(e -> e.caseId().equals(c.id()))
        .toArriveAndVerify(e -> {
          assertThat(e.flightId()).isEqualTo(flight);
          assertThat(e.caseNumber()).isEqualTo(c.caseNumber());
          assertThat(e.destinationCountry()).isEqualTo("SEN");
          assertThat(e.people()).isEqualTo(1);
          assertThat(e.seats()).isEqualTo(1);
          assertThat(e.actor()).isEqualTo("movement.mar");
        });
    assertThat(status(c)).isEqualTo(CaseStatus.BOOKED);
  }

  @Test
  void departurePublishesFlightDepartedAndTheReceivingMissionsConfirmationCaseArrived(
      Scenario scenario) {
    FlightId flight = flight(10);
    Case first = ready();
    Case second = ready();
    boarded(flight, first, second);

    scenario
        .stimulate(() -> departures.depart(flight, null, MOVEMENT))
        .andWaitForEventOfType(FlightDeparted.class)
        .matching(e -> e.flightId().equals(flight))
        .toArriveAndVerify(e -> {
          assertThat(e.cases()).containsExactly(first.id(), second.id());
          assertThat(e.passengers()).isEqualTo(2);
          assertThat(e.arrivalCountry()).isEqualTo("SEN");
          assertThat(e.departedOn()).isEqualTo(LocalDate.now(ZoneId.of("Africa/Casablanca")));
        });
    assertThat(status(first)).isEqualTo(CaseStatus.DEPARTED);
    assertThat(ledger.expendituresOf(first.id(), CHIEF))
        .extracting(x -> x.amount().getNumber().numberValue(BigDecimal.class).setScale(2))
        .containsExactly(new BigDecimal("300.00"), new BigDecimal("50.00"));

    scenario
        .stimulate(() -> arrivals.confirm(flight, first.id(), DAKAR))
        .andWaitForEventOfType(CaseArrived.class)
        .matching(e -> e.caseId().equals(first.id()))
        .toArriveAndVerify(e -> {
          assertThat(e.flightId()).isEqualTo(flight);
          assertThat(e.receivingMission()).isEqualTo("SEN");
          assertThat(e.missionCode()).isEqualTo("MAR");
          assertThat(e.destinationCountry()).isEqualTo("SEN");
          assertThat(e.actor()).isEqualTo("caseworker.sen");
        });
    assertThat(cases.get(first.id(), DAKAR).status()).isEqualTo(CaseStatus.ARRIVED);
    assertThat(schedule.get(flight, MOVEMENT).status()).isEqualTo(FlightStatus.ARRIVED);
  }

  @Test
  void aDepartureOneHouseholdCannotTakeStoresNothingForAny() {
    FlightId flight = flight(10);
    Case first = ready();
    Case held = ready();
    boarded(flight, first, held);
    GROUNDED.add(held.id());

    assertThatThrownBy(() -> departures.depart(flight, null, MOVEMENT))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(held.caseNumber())
        .hasMessageContaining("held back at the border");

    // the first household's step to DEPARTED and its costs, recorded before the refusal, are gone
    assertThat(status(first)).isEqualTo(CaseStatus.BOOKED);
    assertThat(status(held)).isEqualTo(CaseStatus.BOOKED);
    assertThat(ledger.expendituresOf(first.id(), CHIEF)).isEmpty();
    assertThat(schedule.get(flight, MOVEMENT).status()).isEqualTo(FlightStatus.CONFIRMED);
    assertThat(bookings.of(flight, MOVEMENT))
        .extracting(Booking::status)
        .containsOnly(BookingStatus.BOOKED);

    GROUNDED.remove(held.id());
    assertThat(departures.depart(flight, null, MOVEMENT).departed()).hasSize(2);
    assertThat(ledger.expendituresOf(first.id(), CHIEF)).hasSize(2);
  }

  @Test
  void aBookedCaseWithdrawnByItsCaseworkerGivesItsSeatsBack(Scenario scenario) {
    FlightId flight = flight(10);
    Case c = ready();
    bookings.book(flight, List.of(HouseholdBooking.of(c.id())), MOVEMENT);
    assertThat(bookings.seats(schedule.get(flight, MOVEMENT)).taken()).isEqualTo(1);

    scenario
        .stimulate(
            () -> lifecycle.transition(c.id(), CaseStatus.WITHDRAWN, "decided to stay", CASEWORKER))
        .andWaitForStateChange(
            () -> bookings.of(flight, MOVEMENT).getFirst().status(),
            s -> s == BookingStatus.CANCELLED)
        .andVerify(s -> {
          Booking released = bookings.of(flight, MOVEMENT).getFirst();
          assertThat(released.closeReason()).contains("WITHDRAWN", "decided to stay");
          assertThat(released.closedBy()).isEqualTo("caseworker.mar");
          assertThat(bookings.seats(schedule.get(flight, MOVEMENT)).taken()).isZero();
        });
  }

  @Test
  void aBookedHouseholdThatGainsAMemberTakesItsSeatAndIsFlaggedWhenTheFlightLacksIt(
      Scenario scenario) {
    FlightId flight = flight(1);
    Case c = ready();
    bookings.book(flight, List.of(HouseholdBooking.of(c.id())), MOVEMENT);
    Case booked = cases.get(c.id(), CASEWORKER);
    CaseDetails now = CaseDetails.of(booked);
    List<CaseDetails.MemberDetails> members = new ArrayList<>(now.members());
    members.add(
        new CaseDetails.MemberDetails(
            null,
            "SPOUSE",
            "Awa",
            "Ndiaye",
            List.of(),
            "F",
            "1993-09-12",
            false,
            "SEN",
            "Thiès",
            List.of("wo"),
            null,
            "Rabat",
            List.of(),
            List.of(),
            null));
    CaseDetails grown =
        new CaseDetails(
            now.missionCode(),
            now.destinationCountry(),
            now.finalDestination(),
            now.registrationSite(),
            now.registrationDate(),
            members,
            null);

    scenario
        .stimulate(() -> cases.update(c.id(), booked.version(), grown, CASEWORKER))
        .andWaitForStateChange(
            () -> bookings.of(flight, MOVEMENT).getFirst(), b -> b.passengers().size() == 2)
        .andVerify(b -> {
          assertThat(b.status()).isEqualTo(BookingStatus.BOOKED);
          assertThat(b.need().people()).isEqualTo(2);
          assertThat(b.overCapacity()).isTrue();
          assertThat(b.passengers().get(0).personId()).isEqualTo(c.members().getFirst().id());
          assertThat(b.passengers().get(1).boarding()).isEqualTo(Boarding.EXPECTED);
          var seats = bookings.seats(schedule.get(flight, MOVEMENT));
          assertThat(seats.taken()).isEqualTo(2);
          assertThat(seats.overCapacity()).isTrue();
        });
  }

  private void boarded(FlightId flight, Case... households) {
    List<HouseholdBooking> all = new ArrayList<>();
    for (Case c : households) {
      all.add(HouseholdBooking.of(c.id()));
    }
    bookings.book(flight, all, MOVEMENT);
    schedule.step(flight, null, FlightStatus.CONFIRMED, null, MOVEMENT);
    for (Case c : households) {
      departures.checkIn(flight, c.members().getFirst().id(), MOVEMENT);
      departures.board(flight, c.members().getFirst().id(), MOVEMENT);
    }
  }

  private CaseStatus status(Case c) {
    return cases.get(c.id(), CASEWORKER).status();
  }

  private FlightId flight(int seats) {
    fund();
    return schedule
        .schedule(
            new FlightDetails(
                "MAR",
                FlightKind.SCHEDULED,
                null,
                "AT 551",
                "CMN",
                "DSS",
                "SEN",
                LocalDateTime.now(ZoneId.of("Africa/Casablanca")).withSecond(0).withNano(0),
                ZoneId.of("Africa/Casablanca"),
                seats,
                usd("250.00"),
                null),
            MOVEMENT)
        .id();
  }

  /** A project paying USD 300 a seat and 50 pocket money for returns to Senegal, once. */
  private synchronized void fund() {
    if (funding.projects(FINANCE).stream().anyMatch(p -> p.code().equals("T-EVENTS-SEN"))) {
      return;
    }
    DonorId donor =
        funding
            .recordDonor(
                new Donor(null, "Events donor", DonorKind.PRIVATE, null, List.of(), List.of(), 0),
                FINANCE)
            .id();
    Project project =
        funding.recordProject(
            new Project(
                null,
                "T-EVENTS-SEN",
                "Returns to Senegal",
                "MAR",
                usd("1").getCurrency(),
                LocalDate.now().minusMonths(1),
                LocalDate.now().plusMonths(6),
                List.of(donor),
                Map.of(BudgetLine.MOVEMENT, usd("100000"), BudgetLine.REINTEGRATION, usd("100000")),
                new UnitCosts(
                    usd("300.00"), usd("50.00"), usd("400.00"), usd("400.00"), usd("400.00")),
                new Eligibility(Set.of("MAR"), Set.of("SEN"), Set.of()),
                0,
                0),
            FINANCE);
    funding.recordContribution(
        new org.homeward.funding.Contribution(
            null,
            donor,
            null,
            usd("200000.00"),
            LocalDate.now(),
            LocalDate.now(),
            null,
            project.id(),
            null,
            null,
            0),
        FINANCE);
  }

  /** A man going home to Senegal, counselled, consenting, eligible and ready. */
  private Case ready() {
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
                        "Ndiaye",
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
    move(c, CaseStatus.COUNSELLED);
    cases.recordConsent(
        c.id(),
        null,
        new CaseDetails.ConsentDetails(LocalDate.now().toString(), "Amina Benali", "fr", true),
        CASEWORKER);
    move(c, CaseStatus.ELIGIBLE);
    MovementFixture.readyToTravel(travel, c);
    return move(c, CaseStatus.READY_FOR_DEPARTURE);
  }

  private Case move(Case c, CaseStatus to) {
    TransitionResult result = lifecycle.transition(c.id(), to, null, CASEWORKER);
    assertThat(result).as("%s: %s", to, result).isInstanceOf(TransitionResult.Transitioned.class);
    return ((TransitionResult.Transitioned) result).updated();
  }

  private static MonetaryAmount usd(String amount) {
    return Money.of(new BigDecimal(amount), "USD");
  }
}
