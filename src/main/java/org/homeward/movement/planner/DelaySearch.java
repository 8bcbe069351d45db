package org.homeward.movement.planner;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Moves that bring households of more value onto earlier flights, for each pair of a group's
 * flights in date order, each kept only when the plan gets better (value, then moves, then delay):
 * a household on the later flight moves to the earlier one where there is room; swaps one for one
 * of less value; swaps one for two worth less together, and two for one. Systematic rather than
 * random: households are tried by value, the most promising first.
 */
final class DelaySearch {

  private int[] later = new int[64];
  private int[] earlier = new int[64];

  /**
   * Places the group's households again, the same ones, from the last flight back: each flight
   * takes, among those who may take it, the least valuable per seat, only as many seats as the
   * earlier flights cannot hold. With flights each household may take up to a date (documents and
   * fitness expire), this is what the relaxation without seat sizes does best; the swaps polish it.
   * Kept only when the plan gets better.
   */
  boolean rebuildFromTheLastFlight(Layout layout, Instance.Group group, long deadlineNanos) {
    Instance in = layout.in;
    int[] flights = group.flights();
    int[] placed =
        Arrays.stream(group.households()).filter(h -> layout.flightOf[h] != Layout.NONE).toArray();
    if (placed.length == 0 || flights.length < 2) {
      return false;
    }
    ValueSearch.Undo undo = new ValueSearch.Undo(layout, placed);
    for (int h : placed) {
      layout.unassign(h);
    }
    Integer[] order = Arrays.stream(placed).boxed().toArray(Integer[]::new);
    // least value per seat first: cross-multiplied, exact
    Arrays.sort(
        order,
        (a, b) -> {
          int byDensity =
              Long.compare(
                  Math.multiplyExact(in.value[a], (long) in.seats[b]),
                  Math.multiplyExact(in.value[b], (long) in.seats[a]));
          return byDensity != 0 ? byDensity : Long.compare(in.value[a], in.value[b]);
        });
    boolean[] done = new boolean[order.length];
    long remaining = 0;
    long minors = 0;
    for (int h : placed) {
      remaining += in.seats[h];
      minors += in.minors[h];
    }
    for (int k = flights.length - 1; k >= 0; k--) {
      int f = flights[k];
      long before = 0;
      for (int j = 0; j < k; j++) {
        before += layout.free(flights[j]);
      }
      // the escorts of minors go where the minors go: count them high, one spare per flight
      long excess =
          k == 0
              ? Long.MAX_VALUE
              : remaining + SeatNeed.escortSeatsForMinors((int) minors) + k - before;
      for (int i = 0; i < order.length && excess > 0; i++) {
        int h = order[i];
        if (!done[i] && contains(in.feasible[h], f) && layout.fits(h, f)) {
          layout.assign(h, f);
          done[i] = true;
          remaining -= in.seats[h];
          minors -= in.minors[h];
          excess -= in.seats[h];
        }
      }
    }
    for (int i = 0; i < order.length; i++) {
      if (!done[i]) {
        int h = order[i];
        for (int f : in.feasible[h]) {
          if (layout.fits(h, f)) {
            layout.assign(h, f);
            done[i] = true;
            break;
          }
        }
        if (!done[i]) {
          return undo.revert();
        }
      }
    }
    improve(layout, group, deadlineNanos);
    return undo.keepIfBetter();
  }

  /** Improves until no move does or the deadline passes; true if anything changed. */
  boolean improve(Layout layout, Instance.Group group, long deadlineNanos) {
    int[] flights = group.flights();
    boolean changed = false;
    boolean improved = true;
    while (improved && System.nanoTime() < deadlineNanos) {
      improved = false;
      for (int i = 0; i < flights.length; i++) {
        for (int j = i + 1; j < flights.length; j++) {
          if (layout.in.day[flights[i]] < layout.in.day[flights[j]]) {
            improved |= exchange(layout, flights[i], flights[j]);
          }
        }
        if (System.nanoTime() > deadlineNanos) {
          break;
        }
      }
      changed |= improved;
    }
    return changed;
  }

  /** The moves between an earlier flight {@code f1} and a later one {@code f2}. */
  private boolean exchange(Layout layout, int f1, int f2) {
    Instance in = layout.in;
    boolean improved = false;
    int laterCount = collect(layout, f2, f1, true);
    // (1) to the earlier flight where there is room, most valuable first
    for (int i = 0; i < laterCount; i++) {
      int a = later[i];
      if (layout.flightOf[a] == f2 && layout.fits(a, f1)) {
        improved |= tryMoves(layout, new int[] {a}, new int[] {f1});
      }
    }
    laterCount = collect(layout, f2, f1, true);
    int earlierCount = collect(layout, f1, f2, false);
    // (2) one for one: a (later) of more value than b (earlier)
    for (int i = 0; i < laterCount; i++) {
      int a = later[i];
      for (int k = 0; k < earlierCount; k++) {
        int b = earlier[k];
        if (in.value[b] >= in.value[a]) {
          break;
        }
        if (layout.flightOf[a] != f2 || layout.flightOf[b] != f1) {
          continue;
        }
        if (swapFits(layout, a, f2, b, f1)
            && tryMoves(layout, new int[] {a, b}, new int[] {f1, f2})) {
          improved = true;
          break;
        }
      }
    }
    laterCount = collect(layout, f2, f1, true);
    earlierCount = collect(layout, f1, f2, false);
    // (3) one for two: a (later) worth more than b1 + b2 (earlier)
    for (int i = 0; i < laterCount; i++) {
      int a = later[i];
      if (in.seats[a] < 2) {
        continue;
      }
      boolean done = false;
      for (int k = 0; k < earlierCount && !done; k++) {
        int b1 = earlier[k];
        if (in.value[b1] >= in.value[a]) {
          break;
        }
        for (int l = k + 1; l < earlierCount; l++) {
          int b2 = earlier[l];
          if (in.value[b1] + in.value[b2] >= in.value[a]) {
            break;
          }
          if (layout.flightOf[a] != f2 || layout.flightOf[b1] != f1 || layout.flightOf[b2] != f1) {
            continue;
          }
          if (in.seats[b1] + in.seats[b2] + layout.free(f1) < in.seats[a]) {
            continue;
          }
          if (tryMoves(layout, new int[] {b1, b2, a}, new int[] {f2, f2, f1})) {
            improved = true;
            done = true;
            break;
          }
        }
      }
    }
    laterCount = collect(layout, f2, f1, true);
    earlierCount = collect(layout, f1, f2, false);
    // (4) two for one: a1 + a2 (later) worth more than b (earlier)
    for (int k = 0; k < earlierCount; k++) {
      int b = earlier[k];
      if (in.seats[b] < 2) {
        continue;
      }
      boolean done = false;
      for (int i = 0; i < laterCount && !done; i++) {
        int a1 = later[i];
        for (int j = i + 1; j < laterCount; j++) {
          int a2 = later[j];
          if (in.value[a1] + in.value[a2] <= in.value[b]) {
            break;
          }
          if (layout.flightOf[a1] != f2 || layout.flightOf[a2] != f2 || layout.flightOf[b] != f1) {
            continue;
          }
          if (in.seats[a1] + in.seats[a2] > in.seats[b] + layout.free(f1)) {
            continue;
          }
          if (tryMoves(layout, new int[] {b, a1, a2}, new int[] {f2, f1, f1})) {
            improved = true;
            done = true;
            break;
          }
        }
      }
    }
    return improved;
  }

  private static boolean swapFits(Layout layout, int a, int fa, int b, int fb) {
    Instance in = layout.in;
    // seats after the swap, minors and their escorts counted exactly
    int seatsA = layout.seatsUsed[fb] - in.seats[b] + in.seats[a];
    int minorsA = layout.minorsAboard[fb] - in.minors[b] + in.minors[a];
    int seatsB = layout.seatsUsed[fa] - in.seats[a] + in.seats[b];
    int minorsB = layout.minorsAboard[fa] - in.minors[a] + in.minors[b];
    return seatsA + SeatNeed.escortSeatsForMinors(minorsA) <= in.capacity[fb]
        && seatsB + SeatNeed.escortSeatsForMinors(minorsB) <= in.capacity[fa];
  }

  /**
   * Moves each household to its flight (taking them all off first); kept if all fit and the plan is
   * better, else undone.
   */
  private static boolean tryMoves(Layout layout, int[] households, int[] flights) {
    ValueSearch.Undo undo = new ValueSearch.Undo(layout, households);
    for (int h : households) {
      layout.unassign(h);
    }
    for (int i = 0; i < households.length; i++) {
      if (!layout.fits(households[i], flights[i])) {
        return undo.revert();
      }
      layout.assign(households[i], flights[i]);
    }
    return undo.keepIfBetter();
  }

  /**
   * The households on {@code on} (not pinned) that may take {@code other}: into {@link #later} by
   * value descending, or {@link #earlier} by value ascending.
   */
  private int collect(Layout layout, int on, int other, boolean intoLater) {
    Instance in = layout.in;
    int[] target = intoLater ? later : earlier;
    if (target.length < layout.aboardCount[on]) {
      target = new int[layout.aboardCount[on] * 2];
    }
    int count = 0;
    for (int i = 0; i < layout.aboardCount[on]; i++) {
      int h = layout.aboard[on][i];
      if (!layout.isPinned(h) && contains(in.feasible[h], other)) {
        target[count++] = h;
      }
    }
    Integer[] boxed = new Integer[count];
    for (int i = 0; i < count; i++) {
      boxed[i] = target[i];
    }
    Comparator<Integer> byValue = Comparator.comparingLong(h -> in.value[h]);
    Arrays.sort(boxed, intoLater ? byValue.reversed() : byValue);
    for (int i = 0; i < count; i++) {
      target[i] = boxed[i];
    }
    if (intoLater) {
      later = target;
    } else {
      earlier = target;
    }
    return count;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }
}
