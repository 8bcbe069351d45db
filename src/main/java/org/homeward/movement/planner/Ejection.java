package org.homeward.movement.planner;

import java.util.Arrays;

/**
 * The cheapest way to make room for a household on a flight: which households aboard (not pinned)
 * to take off, losing the least value, so that it fits. An exact small knapsack over the seats
 * still missing and the unaccompanied minors taken off (fewer minors can mean fewer escorts).
 *
 * <p>It proves a plan's explanation ("fitting it would mean taking off households worth more") and
 * drives the planner's moves that put a more valuable household in the place of others.
 */
final class Ejection {

  static final long IMPOSSIBLE = Long.MAX_VALUE;

  /** The households to take off, valid after {@link #cheapest} returned a finite loss. */
  int[] chosen = new int[16];

  int chosenCount;

  private long[] best = new long[0];
  private long[] next = new long[0];
  private int[] from = new int[0];
  private int[] items = new int[16];

  /**
   * The least value lost by taking households off {@code f} so that {@code h} fits, with the
   * households in {@link #chosen}; {@link #IMPOSSIBLE} when even taking off every one that is not
   * pinned is not enough. Households for which {@code cost} is given are weighed by it instead of
   * their value (e.g. 0 for one that can move to another flight); null weighs each by its value.
   */
  long cheapest(Layout layout, int h, int f, long[] cost) {
    Instance in = layout.in;
    chosenCount = 0;
    int missing =
        layout.seatsUsed[f]
            + in.seats[h]
            + SeatNeed.escortSeatsForMinors(layout.minorsAboard[f] + in.minors[h])
            - in.capacity[f];
    if (missing <= 0) {
      return 0;
    }
    int count = 0;
    int removableMinors = 0;
    for (int i = 0; i < layout.aboardCount[f]; i++) {
      int g = layout.aboard[f][i];
      if (layout.isPinned(g)) {
        continue;
      }
      if (count == items.length) {
        items = Arrays.copyOf(items, count * 2);
      }
      items[count++] = g;
      removableMinors += in.minors[g];
    }
    int width = removableMinors + 1;
    int states = (missing + 1) * width;
    if (best.length < states) {
      best = new long[states];
      next = new long[states];
    }
    if (from.length < states * count) {
      from = new int[Math.max(states * count, from.length * 2)];
    }
    Arrays.fill(best, 0, states, IMPOSSIBLE);
    best[0] = 0;
    for (int k = 0; k < count; k++) {
      int g = items[k];
      long weight = cost == null ? in.value[g] : cost[g];
      int s = in.seats[g];
      int u = in.minors[g];
      System.arraycopy(best, 0, next, 0, states);
      int base = k * states;
      Arrays.fill(from, base, base + states, -1);
      for (int j = 0; j <= missing; j++) {
        for (int m = 0; m + u < width; m++) {
          int source = j * width + m;
          long before = best[source];
          if (before == IMPOSSIBLE) {
            continue;
          }
          int target = Math.min(missing, j + s) * width + m + u;
          long after = before + weight;
          if (after < next[target]) {
            next[target] = after;
            from[base + target] = source;
          }
        }
      }
      long[] swap = best;
      best = next;
      next = swap;
    }
    long cheapest = IMPOSSIBLE;
    int at = -1;
    for (int m = 0; m < width; m++) {
      int stillMissing =
          layout.seatsUsed[f]
              + in.seats[h]
              + SeatNeed.escortSeatsForMinors(layout.minorsAboard[f] - m + in.minors[h])
              - in.capacity[f];
      for (int j = Math.max(0, stillMissing); j <= missing; j++) {
        long loss = best[j * width + m];
        if (loss < cheapest) {
          cheapest = loss;
          at = j * width + m;
        }
      }
    }
    if (cheapest == IMPOSSIBLE) {
      return IMPOSSIBLE;
    }
    // walk back through the items: an item taken moved the state from where it came
    for (int k = count - 1; k >= 0; k--) {
      int source = from[k * states + at];
      if (source >= 0) {
        if (chosenCount == chosen.length) {
          chosen = Arrays.copyOf(chosen, chosenCount * 2);
        }
        chosen[chosenCount++] = items[k];
        at = source;
      }
    }
    return cheapest;
  }
}
