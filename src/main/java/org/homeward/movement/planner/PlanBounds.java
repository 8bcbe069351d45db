package org.homeward.movement.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * An upper bound on the value any plan can place: the linear relaxation of the problem, where a
 * household may be split across flights and escorts of unaccompanied minors are shared to the
 * fifth. Each household may take any flight of its destination up to the last it may take alone, so
 * the relaxation is a polymatroid and filling by value per seat is optimal for it. The best plan is
 * at or below it; a plan's share of it is a proven lower bound on its share of the optimum.
 */
public final class PlanBounds {

  private PlanBounds() {}

  /** The bound, rounded up to the values' decimals. */
  public static BigDecimal valueUpperBound(PlanningProblem problem) {
    Instance in = Instance.of(problem);
    Layout pinnedOnly = new Layout(in);
    BigDecimal bound = in.decimal(pinnedOnly.value);
    for (Instance.Group group : in.groups) {
      bound = bound.add(groupBound(in, pinnedOnly, group));
    }
    return bound.setScale(in.scale, RoundingMode.CEILING);
  }

  private static BigDecimal groupBound(Instance in, Layout pinned, Instance.Group group) {
    int[] flights = group.flights();
    int k = flights.length;
    boolean pinnedMinors = false;
    // slack[j]: fifths of a seat free on flights 0..j together
    long[] slack = new long[k];
    long running = 0;
    for (int j = 0; j < k; j++) {
      running += 5L * pinned.free(flights[j]);
      slack[j] = running;
      pinnedMinors |= pinned.minorsAboard[flights[j]] > 0;
    }
    int[] households = group.households();
    long[] size = new long[households.length];
    int[] last = new int[households.length];
    for (int i = 0; i < households.length; i++) {
      int h = households[i];
      // a flight that already carries pinned minors may share their escort: count no escort then
      size[i] = 5L * in.seats[h] + (pinnedMinors ? 0 : in.minors[h]);
      int latest = in.feasible[h][in.feasible[h].length - 1];
      for (int j = 0; j < k; j++) {
        if (flights[j] == latest) {
          last[i] = j;
        }
      }
    }
    Integer[] order = new Integer[households.length];
    Arrays.setAll(order, i -> i);
    // by value per fifth of a seat, exactly: a/b > c/d when a*d > c*b
    Arrays.sort(
        order,
        (a, b) ->
            new BigDecimal(in.value[households[b]])
                .multiply(BigDecimal.valueOf(size[a]))
                .compareTo(
                    new BigDecimal(in.value[households[a]]).multiply(BigDecimal.valueOf(size[b]))));
    BigDecimal bound = BigDecimal.ZERO;
    for (int i : order) {
      long room = Long.MAX_VALUE;
      for (int j = last[i]; j < k; j++) {
        room = Math.min(room, slack[j]);
      }
      if (room <= 0) {
        continue;
      }
      long used = Math.min(room, size[i]);
      for (int j = last[i]; j < k; j++) {
        slack[j] -= used;
      }
      BigDecimal units = BigDecimal.valueOf(in.value[households[i]]);
      bound =
          bound.add(
              used == size[i]
                  ? units
                  : units
                      .multiply(BigDecimal.valueOf(used))
                      .divide(BigDecimal.valueOf(size[i]), 0, RoundingMode.CEILING));
    }
    return bound.movePointLeft(in.scale);
  }
}
