package org.homeward.movement.planner;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Timefold Solver's local search over one group, started from the plan found so far: it moves a
 * household to another flight or out, and swaps two households' flights (one may be left out),
 * accepting with late acceptance, and keeps the best plan it met. It is what lowers the delay once
 * the value is settled, and it finds the value left by moves too small for {@link ValueSearch}.
 */
final class TimefoldSearch {

  private TimefoldSearch() {}

  /** Improves the group's households in {@code layout}; true if the plan got better. */
  static boolean improve(
      Layout layout, Instance.Group group, Duration limit, Duration unimproved, long seed) {
    Instance in = layout.in;
    if (group.households().length < 2 || limit.isZero() || limit.isNegative()) {
      return false;
    }
    List<SearchFlight> flights = new ArrayList<>();
    for (int f = 0; f < in.flightCount; f++) {
      flights.add(new SearchFlight(f));
    }
    int[] baseSeats = new int[in.flightCount];
    int[] baseMinors = new int[in.flightCount];
    for (int h = 0; h < in.householdCount; h++) {
      if (in.pinned[h] >= 0) {
        baseSeats[in.pinned[h]] += in.seats[h];
        baseMinors[in.pinned[h]] += in.minors[h];
      }
    }
    List<SearchHousehold> households = new ArrayList<>();
    for (int h : group.households()) {
      List<SearchFlight> feasible = new ArrayList<>();
      for (int f : in.feasible[h]) {
        feasible.add(flights.get(f));
      }
      int f = layout.flightOf[h];
      households.add(new SearchHousehold(h, feasible, f == Layout.NONE ? null : flights.get(f)));
    }
    SearchSolution start = new SearchSolution(flights, households, in, baseSeats, baseMinors);
    SolverConfig config =
        new SolverConfig()
            .withSolutionClass(SearchSolution.class)
            .withEntityClasses(SearchHousehold.class)
            .withScoreDirectorFactory(
                new ScoreDirectorFactoryConfig()
                    .withIncrementalScoreCalculatorClass(SearchScore.class))
            .withTerminationConfig(
                new TerminationConfig()
                    .withSpentLimit(Duration.ofMillis(Math.max(1, limit.toMillis())))
                    .withUnimprovedSpentLimit(
                        Duration.ofMillis(Math.max(1, unimproved.toMillis()))))
            .withPhases(new LocalSearchPhaseConfig())
            .withRandomSeed(seed);
    Solver<SearchSolution> solver = SolverFactory.<SearchSolution>create(config).buildSolver();
    SearchSolution best = solver.solve(start);
    BendableScore score = best.getScore();
    if (score == null || !score.isFeasible()) {
      return false;
    }
    ValueSearch.Undo undo = new ValueSearch.Undo(layout, group.households());
    for (int h : group.households()) {
      layout.unassign(h);
    }
    for (SearchHousehold household : best.getHouseholds()) {
      if (household.getFlight() != null) {
        layout.assign(household.getIndex(), household.getFlight().getIndex());
      }
    }
    return layout.withinCapacity() ? undo.keepIfBetter() : undo.revert();
  }
}
