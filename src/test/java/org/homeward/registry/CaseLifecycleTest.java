package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The state machine against the real database: every step it forbids is refused, and said why. */
@SpringBootTest
@RecordApplicationEvents
class CaseLifecycleTest {

  static final Actor CASEWORKER =
      new Actor("caseworker.mar", "MAR", java.util.Set.of(Role.CASEWORKER));
  static final Actor DAKAR = new Actor("caseworker.sen", "SEN", java.util.Set.of(Role.CASEWORKER));

  @Autowired Cases cases;
  @Autowired CaseLifecycle lifecycle;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;
  @Autowired org.homeward.movement.TravelRecords travel;
  @Autowired org.homeward.movement.Flights flights;

  static Stream<Arguments> forbiddenSteps() {
    List<Arguments> steps = new ArrayList<>();
    for (CaseStatus from : CaseStatus.values()) {
      for (CaseStatus to : CaseStatus.values()) {
        if (!from.canMoveTo(to)) {
          steps.add(Arguments.of(from, to));
        }
      }
    }
    return steps.stream();
  }

  @ParameterizedTest(name = "{0} -> {1} is refused")
  @MethodSource("forbiddenSteps")
  void refusesEveryStepTheStateMachineForbids(CaseStatus from, CaseStatus to) {
    Case c = registerAt(from);

    TransitionResult result = lifecycle.transition(c.id(), to, "a reason", CASEWORKER);

    assertThat(result).isInstanceOf(TransitionResult.Refused.class);
    TransitionResult.Refused refused = (TransitionResult.Refused) result;
    assertThat(refused.allowed()).isEqualTo(from.next());
    assertThat(refused.refusals()).extracting(Refusal::code).containsExactly("illegal-transition");
    Case after = cases.get(c.id(), CASEWORKER);
    assertThat(after.status()).isEqualTo(from);
    assertThat(after.version()).isEqualTo(c.version());
  }

  @Test
  void walksTheWholeJourneyHomeAndPublishesEachStep() {
    Case c = cases.register(household(), CASEWORKER);
    cases.recordConsent(
        c.id(),
        null,
        new CaseDetails.ConsentDetails(LocalDate.now().toString(), "Amina Benali", "fr", true),
        CASEWORKER);
    List<CaseStatus> journey =
        List.of(
            CaseStatus.COUNSELLED,
            CaseStatus.ELIGIBLE,
            CaseStatus.READY_FOR_DEPARTURE,
            CaseStatus.BOOKED,
            CaseStatus.DEPARTED,
            CaseStatus.ARRIVED,
            CaseStatus.IN_REINTEGRATION,
            CaseStatus.CLOSED);
    org.homeward.movement.FlightId flight = null;
    for (CaseStatus step : journey) {
      if (step == CaseStatus.READY_FOR_DEPARTURE) {
        // every member documented and fit, as movement's guard asks
        org.homeward.movement.MovementFixture.readyToTravel(travel, c);
      }
      if (step == CaseStatus.BOOKED) {
        // booked and departed with a flight, as movement's flight guard asks
        flight =
            org.homeward.movement.flights.FlightFixture.departed(
                flights, cases.get(c.id(), CASEWORKER));
        continue;
      }
      if (step == CaseStatus.DEPARTED) {
        continue;
      }
      if (step == CaseStatus.ARRIVED) {
        flights.confirmArrival(flight, c.id(), DAKAR);
        continue;
      }
      assertThat(lifecycle.transition(c.id(), step, null, CASEWORKER))
          .as(step.name())
          .isInstanceOf(TransitionResult.Transitioned.class);
    }

    assertThat(cases.get(c.id(), CASEWORKER).status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(events.stream(CaseRegistered.class).filter(e -> e.caseId().equals(c.id())))
        .hasSize(1);
    assertThat(
            events.stream(CaseStatusChanged.class)
                .filter(e -> e.caseId().equals(c.id()))
                .map(CaseStatusChanged::to))
        .containsExactlyElementsOf(journey);
    assertThat(cases.history(c.id(), CASEWORKER))
        .extracting(e -> e.action())
        .containsSubsequence("case.registered", "case.consent-recorded", "case.transitioned");
  }

  @Test
  void aStepWritesTheCaseAndLeavesItsMembersRecordsUntouched() {
    Case c = cases.register(household(), CASEWORKER);
    List<String> before = memberRowVersions(c);
    String caseRowBefore = caseRowVersion(c);

    assertThat(lifecycle.transition(c.id(), CaseStatus.COUNSELLED, null, CASEWORKER))
        .isInstanceOf(TransitionResult.Transitioned.class);
    cases.recordConsent(
        c.id(),
        null,
        new CaseDetails.ConsentDetails(LocalDate.now().toString(), "Amina Benali", "fr", true),
        CASEWORKER);

    assertThat(caseRowVersion(c)).isNotEqualTo(caseRowBefore);
    assertThat(memberRowVersions(c)).isEqualTo(before);
    assertThat(cases.get(c.id(), CASEWORKER).members())
        .extracting(Person::givenName)
        .containsExactly("Ousmane");
  }

  /** The transaction that last wrote each member's row: a rewrite changes it. */
  private List<String> memberRowVersions(Case c) {
    return jdbc.sql("SELECT xmin::text FROM registry_person WHERE case_id = ? ORDER BY id")
        .param(c.id().value())
        .query(String.class)
        .list();
  }

  private String caseRowVersion(Case c) {
    return jdbc.sql("SELECT xmin::text FROM registry_case WHERE id = ?")
        .param(c.id().value())
        .query(String.class)
        .single();
  }

  @Test
  void withdrawingConsentPublishesConsentWithdrawn() {
    Case c = cases.register(household(), CASEWORKER);

    TransitionResult result =
        lifecycle.transition(c.id(), CaseStatus.WITHDRAWN, "decided to stay", CASEWORKER);

    assertThat(result).isInstanceOf(TransitionResult.Transitioned.class);
    assertThat(events.stream(ConsentWithdrawn.class).filter(e -> e.caseId().equals(c.id())))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("decided to stay"));
  }

  @Test
  void aGuardFromAnotherModuleCanVetoAStep() {
    Case c = cases.register(household("Vetoville"), CASEWORKER);
    lifecycle.transition(c.id(), CaseStatus.COUNSELLED, null, CASEWORKER);
    cases.recordConsent(
        c.id(),
        null,
        new CaseDetails.ConsentDetails(LocalDate.now().toString(), "Amina Benali", "fr", false),
        CASEWORKER);

    assertThat(lifecycle.transition(c.id(), CaseStatus.ELIGIBLE, null, CASEWORKER))
        .isInstanceOf(TransitionResult.Transitioned.class);
    assertThat(lifecycle.transition(c.id(), CaseStatus.READY_FOR_DEPARTURE, null, CASEWORKER))
        .isInstanceOf(TransitionResult.Refused.class)
        .extracting(
            r -> ((TransitionResult.Refused) r).refusals().stream().map(Refusal::code).toList())
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
        .contains("no-seat-for-test");
  }

  /** Stands for a module above the registry that has its own say on a step. */
  @org.springframework.boot.test.context.TestConfiguration
  static class VetoingGuard {
    @org.springframework.context.annotation.Bean
    TransitionGuard noDepartureForTests() {
      return attempt ->
          attempt.to() == CaseStatus.READY_FOR_DEPARTURE
                  && attempt.current().finalDestination().equals("Vetoville")
              ? java.util.Optional.of(new Refusal("no-seat-for-test", "no seat"))
              : java.util.Optional.empty();
    }
  }

  private Case registerAt(CaseStatus status) {
    Case c = cases.register(household(), CASEWORKER);
    // put the case straight into the state under test: reaching each one by the legal path is
    // what walksTheWholeJourneyHome checks
    jdbc.sql("UPDATE registry_case SET status = ? WHERE id = ?")
        .params(status.name(), c.id().value())
        .update();
    return cases.get(c.id(), CASEWORKER);
  }

  private static CaseDetails household() {
    return household("Dakar");
  }

  private static CaseDetails household(String finalDestination) {
    return new CaseDetails(
        "MAR",
        "SEN",
        finalDestination,
        "Oujda",
        null,
        List.of(
            new CaseDetails.MemberDetails(
                null,
                "PRINCIPAL",
                "Ousmane",
                "Diallo",
                List.of(),
                "M",
                "1991-03-04",
                false,
                "SEN",
                "Dakar",
                List.of("wo"),
                null,
                "Oujda",
                List.of(),
                List.of(),
                null)),
        null);
  }
}
