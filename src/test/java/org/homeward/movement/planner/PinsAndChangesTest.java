package org.homeward.movement.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.movement.planner.Problems.adults;
import static org.homeward.movement.planner.Problems.flight;
import static org.homeward.movement.planner.Problems.problem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pins kept as they are, and re-solving after a change moving as few households as it can. */
class PinsAndChangesTest {

  static final Planner PLANNER =
      new Planner(Planner.Settings.defaults().withTimeLimit(Duration.ofSeconds(2)));

  static final PlanningProblem TWO_FLIGHTS =
      problem(
          List.of(flight("F1", "CMR", 0, 4), flight("F2", "CMR", 7, 4)),
          adults("H1", "CMR", "40", 4),
          adults("H2", "CMR", "30", 4),
          adults("H3", "CMR", "1", 2));

  @Test
  void keepsAPinnedHouseholdOnItsFlightEvenAtACost() {
    PlanningProblem pinned = TWO_FLIGHTS.withPinned(Map.of("H3", "F1"));

    FlightPlan plan = PLANNER.plan(pinned);

    assertThat(PlannerRulesTest.placed(plan)).containsEntry("H3", "F1").containsEntry("H1", "F2");
    assertThat(plan.value()).isEqualByComparingTo("41");
    assertThat(PlannerRulesTest.reason(plan, "H2"))
        .contains("flight F1 (2026-09-10) has 2 seats free, it needs 4")
        .contains("the others are held by pinned households");
    PlannerOptimalityTest.assertValid(pinned, new GreedyPlanner().plan(pinned));
  }

  @Test
  void refusesAPinThatBreaksAHardRule() {
    PlanningProblem problem =
        problem(
            List.of(flight("F1", "SEN", 0, 4), flight("F2", "CMR", 0, 3)),
            adults("H1", "CMR", "4", 4),
            adults("H2", "CMR", "4", 2));

    assertThatThrownBy(() -> PLANNER.plan(problem.withPinned(Map.of("H1", "F1"))))
        .isInstanceOf(InvalidProblemException.class)
        .hasMessageContaining(
            "household H1: pinned[H1]: cannot be pinned on flight F1: goes to SEN");
    assertThatThrownBy(() -> PLANNER.plan(problem.withPinned(Map.of("H1", "F2"))))
        .hasMessageContaining("the household needs 4 seats with its escorts, the flight has 3");
    assertThatThrownBy(
            () -> PLANNER.plan(problem.withPinned(Map.of("H2", "F2", "H3", "F2", "H1", "F9"))))
        .hasMessageContaining("household H3: pinned[H3]: no such household")
        .hasMessageContaining("household H1: pinned[H1]: no such flight: F9");
  }

  @Test
  void refusesPinsThatTogetherOverfillAFlight() {
    PlanningProblem problem =
        problem(
            List.of(flight("F1", "CMR", 0, 5)),
            adults("H1", "CMR", "4", 3),
            adults("H2", "CMR", "4", 3));

    assertThatThrownBy(() -> PLANNER.plan(problem.withPinned(Map.of("H1", "F1", "H2", "F1"))))
        .hasMessageContaining(
            "flight F1: pinned: the households pinned on it need 6 seats with their escorts, it has 5");
  }

  @Test
  void afterANoShowFillsTheSeatsWithoutMovingOthers() {
    PlanningProblem problem = scenario(31);
    FlightPlan before = PLANNER.plan(problem);
    String noShow = before.assignments().get(0).household();
    PlanningProblem after =
        new PlanningProblem(
                problem.flights(),
                problem.households().stream().filter(h -> !h.id().equals(noShow)).toList())
            .withPrevious(asMap(before));

    FlightPlan plan = PLANNER.plan(after);

    assertThat(moved(before, plan, noShow)).isZero();
    assertThat(plan.value())
        .isGreaterThanOrEqualTo(before.value().subtract(value(problem, noShow)));
    PlannerOptimalityTest.assertValid(after, plan);
  }

  @Test
  void afterACancelledFlightMovesItsPassengersAndFewOthers() {
    PlanningProblem problem = scenario(32);
    FlightPlan before = PLANNER.plan(problem);
    String cancelled = before.assignments().get(0).flight();
    long onIt = before.assignments().stream().filter(a -> a.flight().equals(cancelled)).count();
    PlanningProblem after =
        new PlanningProblem(
                problem.flights().stream().filter(f -> !f.id().equals(cancelled)).toList(),
                problem.households())
            .withPrevious(asMap(before));

    FlightPlan plan = PLANNER.plan(after);
    FlightPlan fresh = PLANNER.plan(new PlanningProblem(after.flights(), after.households()));

    Map<String, String> now = asMap(plan);
    long othersMoved =
        before.assignments().stream()
            .filter(a -> !a.flight().equals(cancelled))
            .filter(a -> !a.flight().equals(now.get(a.household())))
            .count();
    long othersMovedFresh =
        before.assignments().stream()
            .filter(a -> !a.flight().equals(cancelled))
            .filter(a -> !a.flight().equals(asMap(fresh).get(a.household())))
            .count();
    assertThat(onIt).isPositive();
    assertThat(plan.value()).isEqualByComparingTo(fresh.value());
    assertThat(othersMoved).isLessThanOrEqualTo(othersMovedFresh).isLessThan(onIt);
    PlannerOptimalityTest.assertValid(after, plan);
  }

  @Test
  void aNewHouseholdOfHighValueTakesItsPlaceMovingFewOthers() {
    PlanningProblem problem = scenario(33);
    FlightPlan before = PLANNER.plan(problem);
    PlanHousehold first = problem.households().get(0);
    PlanHousehold urgent =
        new PlanHousehold(
            "H-NEW",
            first.destination(),
            new java.math.BigDecimal("500"),
            first.readySince(),
            List.of(Problems.adult("H-NEW-1"), Problems.adult("H-NEW-2")));
    List<PlanHousehold> households = new ArrayList<>(problem.households());
    households.add(urgent);
    PlanningProblem after =
        new PlanningProblem(problem.flights(), households).withPrevious(asMap(before));

    FlightPlan plan = PLANNER.plan(after);

    assertThat(asMap(plan)).containsKey("H-NEW");
    assertThat(moved(before, plan, null)).isLessThanOrEqualTo(3);
    PlannerOptimalityTest.assertValid(after, plan);
  }

  @Test
  void movesTheFewestHouseholdsOfThePreviousPlanOnSmallProblems() {
    Random random = new Random(17);
    for (int run = 0; run < 150; run++) {
      PlanningProblem problem =
          BruteForce.random(random, 2 + random.nextInt(6), 1 + random.nextInt(3));
      // the previous plan: greedy's for the problem without its first household
      PlanningProblem smaller =
          new PlanningProblem(
              problem.flights(), problem.households().subList(1, problem.households().size()));
      PlanningProblem resolve = problem.withPrevious(asMap(new GreedyPlanner().plan(smaller)));
      BruteForce.Best best = BruteForce.solve(resolve);

      FlightPlan plan = new Planner(PlannerOptimalityTest.QUICK).plan(resolve);

      assertThat(plan.value()).as("run %d", run).isEqualByComparingTo(best.value());
      assertThat(moved(resolve, plan)).as("run %d", run).isEqualTo(best.moves());
      assertThat(plan.delayCost()).as("run %d", run).isEqualByComparingTo(best.delay());
    }
  }

  static PlanningProblem scenario(long seed) {
    return ScenarioGenerator.generate(
        new ScenarioGenerator.Settings(800, 10, seed, 3, ScenarioGenerator.DEFAULT_START));
  }

  static Map<String, String> asMap(FlightPlan plan) {
    Map<String, String> map = new HashMap<>();
    plan.assignments().forEach(a -> map.put(a.household(), a.flight()));
    return map;
  }

  /** Households of {@code before} (but {@code except}) not on the same flight in {@code after}. */
  static long moved(FlightPlan before, FlightPlan after, String except) {
    Map<String, String> now = asMap(after);
    return before.assignments().stream()
        .filter(a -> !a.household().equals(except))
        .filter(a -> !a.flight().equals(now.get(a.household())))
        .count();
  }

  static int moved(PlanningProblem problem, FlightPlan plan) {
    Map<String, String> now = asMap(plan);
    int moved = 0;
    for (Map.Entry<String, String> was : problem.previous().entrySet()) {
      if (!was.getValue().equals(now.get(was.getKey()))) {
        moved++;
      }
    }
    return moved;
  }

  static java.math.BigDecimal value(PlanningProblem problem, String household) {
    return problem.households().stream()
        .filter(h -> h.id().equals(household))
        .findFirst()
        .orElseThrow()
        .value();
  }
}
