package org.homeward.movement.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.movement.planner.Problems.DAY;
import static org.homeward.movement.planner.Problems.adult;
import static org.homeward.movement.planner.Problems.adults;
import static org.homeward.movement.planner.Problems.documentUntil;
import static org.homeward.movement.planner.Problems.fitUntil;
import static org.homeward.movement.planner.Problems.flight;
import static org.homeward.movement.planner.Problems.household;
import static org.homeward.movement.planner.Problems.lapInfant;
import static org.homeward.movement.planner.Problems.needingEscort;
import static org.homeward.movement.planner.Problems.problem;
import static org.homeward.movement.planner.Problems.unaccompanied;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each hard rule, through the planner and the greedy plan alike. */
class PlannerRulesTest {

  static final Planner PLANNER =
      new Planner(Planner.Settings.defaults().withTimeLimit(Duration.ofMillis(500)));

  static Map<String, String> placed(FlightPlan plan) {
    return plan.assignments().stream()
        .collect(Collectors.toMap(FlightPlan.Assignment::household, FlightPlan.Assignment::flight));
  }

  static String reason(FlightPlan plan, String household) {
    return plan.unassigned().stream()
        .filter(u -> u.household().equals(household))
        .findFirst()
        .orElseThrow()
        .reason();
  }

  static List<FlightPlan> plans(PlanningProblem problem) {
    return List.of(PLANNER.plan(problem), new GreedyPlanner().plan(problem));
  }

  @Test
  void keepsAHouseholdTogetherOnOneFlight() {
    PlanningProblem problem =
        problem(
            List.of(flight("F1", "CMR", 0, 2), flight("F2", "CMR", 1, 2)),
            adults("H1", "CMR", "30", 3));
    for (FlightPlan plan : plans(problem)) {
      assertThat(plan.assignments()).isEmpty();
      assertThat(reason(plan, "H1")).contains("needs 3 seats with its escorts, the flight has 2");
    }
  }

  @Test
  void placesAHouseholdOnlyOnAFlightToItsDestination() {
    PlanningProblem problem =
        problem(
            List.of(flight("F1", "SEN", 0, 10), flight("F2", "CMR", 3, 10)),
            adults("H1", "CMR", "5", 2));
    for (FlightPlan plan : plans(problem)) {
      assertThat(placed(plan)).containsExactly(Map.entry("H1", "F2"));
    }
  }

  @Test
  void needsEveryTravelDocumentValidOnTheFlightDate() {
    PlanningProblem problem =
        problem(
            List.of(flight("F1", "CMR", 0, 1), flight("F2", "CMR", 5, 1)),
            household("H1", "CMR", "9", documentUntil("a", DAY)),
            household("H2", "CMR", "8", adult("b"), documentUntil("c", DAY.plusDays(4))),
            household("H3", "CMR", "1", documentUntil("d", null)));
    for (FlightPlan plan : plans(problem)) {
      // valid on the day itself; H2's second member's document ends the day before F2
      assertThat(placed(plan)).containsEntry("H1", "F1").doesNotContainKey("H2");
      assertThat(reason(plan, "H2"))
          .contains(
              "flight F2 (2026-09-15): the travel document of member c expires on 2026-09-14");
      assertThat(reason(plan, "H3")).contains("member d has no valid travel document");
    }
  }

  @Test
  void needsEveryFitnessCertificateValidOnTheFlightDate() {
    PlanningProblem problem =
        problem(
            List.of(flight("F1", "CMR", 0, 5), flight("F2", "CMR", 5, 5)),
            household("H1", "CMR", "9", fitUntil("a", DAY.plusDays(5))),
            household("H2", "CMR", "8", fitUntil("b", DAY.minusDays(1))),
            household("H3", "CMR", "7", fitUntil("c", null)));
    for (FlightPlan plan : plans(problem)) {
      assertThat(placed(plan)).containsOnlyKeys("H1");
      assertThat(reason(plan, "H2"))
          .contains("the fit-to-travel certificate of member b expires on 2026-09-09");
      assertThat(reason(plan, "H3")).contains("member c has no valid fit-to-travel certificate");
    }
  }

  @Test
  void anInfantOnALapTakesNoSeatAndOneWithoutALapDoes() {
    PlanningProblem problem =
        problem(
            List.of(flight("F1", "CMR", 0, 2)),
            household("H1", "CMR", "9", adult("a"), adult("b"), lapInfant("c", 1)));
    for (FlightPlan plan : plans(problem)) {
      assertThat(placed(plan)).containsEntry("H1", "F1");
    }
    // one adult, twins: one on the lap, one in a seat
    PlanningProblem twins =
        problem(
            List.of(flight("F1", "CMR", 0, 1), flight("F2", "CMR", 2, 2)),
            household("H1", "CMR", "9", adult("a"), lapInfant("b", 0), lapInfant("c", 0)));
    for (FlightPlan plan : plans(twins)) {
      assertThat(placed(plan)).containsEntry("H1", "F2");
    }
  }

  @Test
  void aMedicalEscortTakesASeat() {
    PlanningProblem problem =
        problem(
            List.of(flight("F1", "CMR", 0, 2), flight("F2", "CMR", 3, 3)),
            household("H1", "CMR", "9", needingEscort("a"), adult("b")));
    for (FlightPlan plan : plans(problem)) {
      assertThat(placed(plan)).containsEntry("H1", "F2");
    }
  }

  @Test
  void countsTheEscortsOfUnaccompaniedMinorsOverTheWholeFlight() {
    // 5 minors of three households share one escort: 6 seats; counted per household it would be 8
    PlanningProblem shared =
        problem(
            List.of(flight("F1", "CMR", 0, 6)),
            household("H1", "CMR", "9", unaccompanied("a"), unaccompanied("b")),
            household("H2", "CMR", "9", unaccompanied("c"), unaccompanied("d")),
            household("H3", "CMR", "9", unaccompanied("e")));
    for (FlightPlan plan : plans(shared)) {
      assertThat(placed(plan)).containsOnlyKeys("H1", "H2", "H3");
    }
    // a sixth minor starts a second group of 5: one more escort, and 8 seats do not fit in 7
    PlanningProblem sixth =
        problem(
            List.of(flight("F1", "CMR", 0, 7)),
            household("H1", "CMR", "9", unaccompanied("a"), unaccompanied("b")),
            household("H2", "CMR", "9", unaccompanied("c"), unaccompanied("d")),
            household("H3", "CMR", "8", unaccompanied("e"), unaccompanied("f")),
            adults("H4", "CMR", "1", 1));
    for (FlightPlan plan : plans(sixth)) {
      assertThat(placed(plan)).containsOnlyKeys("H1", "H2", "H4");
      assertThat(reason(plan, "H3")).contains("has 1 seats free, it needs 3");
    }
  }

  @Test
  void neverExceedsCapacityOrBreaksARuleOnARealisticScenario() {
    PlanningProblem problem =
        ScenarioGenerator.generate(
            new ScenarioGenerator.Settings(1500, 9, 4, 0, ScenarioGenerator.DEFAULT_START));
    for (FlightPlan plan : plans(problem)) {
      PlannerOptimalityTest.assertValid(problem, plan);
    }
  }

  @Test
  void addsValuesAndDelaysExactly() {
    PlanningProblem problem =
        problem(
            List.of(flight("F1", "CMR", 0, 2), flight("F2", "CMR", 3, 5)),
            adults("H1", "CMR", "0.1", 1),
            adults("H2", "CMR", "0.2", 1),
            adults("H3", "CMR", "0.1", 1),
            adults("H4", "CMR", "0.000000001", 1));
    for (FlightPlan plan : plans(problem)) {
      assertThat(plan.value().toPlainString()).isEqualTo("0.400000001");
      // two of them wait 3 days for F2: 0.1 × 3 + 0.000000001 × 3 at least
      assertThat(plan.delayCost().toPlainString()).isEqualTo("0.300000003");
    }
  }
}
