package org.homeward.movement.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The planner's plans against every possible plan of small random problems. */
class PlannerOptimalityTest {

  static final Planner.Settings QUICK =
      Planner.Settings.defaults().withTimeLimit(Duration.ofMillis(500)).withThreads(1);

  @Test
  void findsTheOptimalValueAndThenTheLeastDelayOnSmallProblems() {
    Random random = new Random(7);
    for (int run = 0; run < 300; run++) {
      PlanningProblem problem =
          BruteForce.random(random, 2 + random.nextInt(6), 1 + random.nextInt(3));
      BruteForce.Best best = BruteForce.solve(problem);

      FlightPlan plan = new Planner(QUICK).plan(problem);

      assertThat(plan.value()).as("run %d value", run).isEqualByComparingTo(best.value());
      assertThat(plan.delayCost()).as("run %d delay", run).isEqualByComparingTo(best.delay());
      assertValid(problem, plan);
    }
  }

  @Test
  void theSearchesAloneAlsoFindTheOptimumOnSmallProblems() {
    Planner searchOnly = new Planner(QUICK.withSearches(false, true, true));
    Random random = new Random(11);
    for (int run = 0; run < 60; run++) {
      PlanningProblem problem =
          BruteForce.random(random, 3 + random.nextInt(5), 2 + random.nextInt(2));
      BruteForce.Best best = BruteForce.solve(problem);

      FlightPlan plan = searchOnly.plan(problem);

      assertThat(plan.value()).as("run %d value", run).isEqualByComparingTo(best.value());
      assertThat(plan.delayCost()).as("run %d delay", run).isEqualByComparingTo(best.delay());
      assertValid(problem, plan);
    }
  }

  @Test
  void neverPlacesLessValueThanGreedyNorMoreDelayAtTheSameValue() {
    Random random = new Random(3);
    for (int run = 0; run < 200; run++) {
      PlanningProblem problem =
          BruteForce.random(random, 2 + random.nextInt(6), 1 + random.nextInt(3));

      FlightPlan greedy = new GreedyPlanner().plan(problem);
      FlightPlan plan = new Planner(QUICK).plan(problem);

      assertThat(plan.value()).isGreaterThanOrEqualTo(greedy.value());
      if (plan.value().compareTo(greedy.value()) == 0) {
        assertThat(plan.delayCost()).isLessThanOrEqualTo(greedy.delayCost());
      }
      assertValid(problem, greedy);
    }
  }

  @Test
  void theUpperBoundIsAtLeastTheOptimum() {
    Random random = new Random(5);
    for (int run = 0; run < 200; run++) {
      PlanningProblem problem =
          BruteForce.random(random, 2 + random.nextInt(6), 1 + random.nextInt(3));

      assertThat(PlanBounds.valueUpperBound(problem))
          .isGreaterThanOrEqualTo(BruteForce.solve(problem).value());
    }
  }

  @Test
  void placesNearlyTheUpperBoundWhereDocumentsExpireBetweenManyFlights() {
    // 4 destinations of 4 and more flights: searched, not solved exactly; many more people than
    // seats, and households whose documents expire early must get the early seats
    PlanningProblem problem =
        ScenarioGenerator.generate(
            new ScenarioGenerator.Settings(3000, 18, 2, 4, ScenarioGenerator.DEFAULT_START));

    FlightPlan plan =
        new Planner(Planner.Settings.defaults().withTimeLimit(Duration.ofSeconds(4))).plan(problem);
    FlightPlan greedy = new GreedyPlanner().plan(problem);

    BigDecimal bound = PlanBounds.valueUpperBound(problem);
    assertThat(plan.value()).isGreaterThanOrEqualTo(bound.multiply(new BigDecimal("0.999")));
    assertThat(greedy.value()).isLessThan(bound.multiply(new BigDecimal("0.99")));
    assertValid(problem, plan);
  }

  /** Every household once, every placed one allowed on its flight, no flight over capacity. */
  static void assertValid(PlanningProblem problem, FlightPlan plan) {
    Map<String, String> assignment = new HashMap<>();
    plan.assignments().forEach(a -> assignment.put(a.household(), a.flight()));
    assertThat(assignment).hasSize(plan.assignments().size());
    assertThat(plan.assignments().size() + plan.unassigned().size())
        .isEqualTo(problem.households().size());
    plan.unassigned()
        .forEach(u -> {
          assertThat(assignment).doesNotContainKey(u.household());
          assertThat(u.reason()).isNotBlank();
        });
    BigDecimal value = BigDecimal.ZERO;
    for (PlanHousehold household : problem.households()) {
      String flight = assignment.get(household.id());
      if (flight != null) {
        assertThat(BruteForce.allowedAlone(household, BruteForce.flight(problem, flight)))
            .as("%s on %s", household.id(), flight)
            .isTrue();
        value = value.add(household.value());
      }
    }
    assertThat(BruteForce.withinCapacity(problem, assignment)).isTrue();
    assertThat(plan.value()).isEqualByComparingTo(value);
    problem.pinned().forEach((h, f) -> assertThat(assignment).containsEntry(h, f));
  }
}
