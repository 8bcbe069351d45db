package org.homeward.movement.planner;

import java.util.Arrays;

/**
 * The proven best plan of one group (a destination's flights and households) by dynamic programming
 * over the seats taken on each flight, when the group is small enough: a destination with one or
 * two charters, as in the reference scenario, or any small test problem.
 *
 * <p>The state of a flight is the seats taken (escorts included) and the number of unaccompanied
 * minors aboard modulo 5: how many more minors one more household brings in without a new escort
 * depends on nothing else. Households are taken one by one, each left out or put on one of its
 * flights, keeping for every state the best objective (value, then moves, then delay), so the
 * result is optimal for the whole objective, not only for the value.
 */
final class ExactSearch {

  private static final int RESIDUES = SeatNeed.MINORS_PER_ESCORT;

  private final long maxStates;
  private final long maxCells;

  /**
   * @param maxStates the largest number of states (product over the flights of seats × 5)
   * @param maxCells the largest number of states × households (two bits each, for the way back:
   *     left out or which of up to 3 flights)
   */
  ExactSearch(long maxStates, long maxCells) {
    this.maxStates = maxStates;
    this.maxCells = maxCells;
  }

  /** The number of states the group needs, or -1 when it is too large to search exactly. */
  long size(Layout layout, Instance.Group group) {
    if (group.flights().length > 3) {
      return -1;
    }
    long states = 1;
    for (int f : group.flights()) {
      states *= (long) (layout.in.capacity[f] + 1) * RESIDUES;
      if (states > maxStates) {
        return -1;
      }
    }
    return states * Math.max(1, group.households().length) > maxCells ? -1 : states;
  }

  /**
   * Places the group's households on its flights optimally; false (layout unchanged) when the group
   * is too large.
   */
  boolean solve(Layout layout, Instance.Group group) {
    long size = size(layout, group);
    if (size < 0) {
      return false;
    }
    Instance in = layout.in;
    int[] flights = group.flights();
    int[] households = group.households();
    int k = flights.length;
    int states = (int) size;
    int n = households.length;
    int[] mult = new int[k];
    int[] radix = new int[k];
    int m = 1;
    for (int i = 0; i < k; i++) {
      radix[i] = (in.capacity[flights[i]] + 1) * RESIDUES;
      mult[i] = m;
      m *= radix[i];
    }
    int[] positionOf = new int[in.flightCount];
    Arrays.fill(positionOf, -1);
    for (int i = 0; i < k; i++) {
      positionOf[flights[i]] = i;
    }
    for (int h : households) {
      layout.unassign(h);
    }
    int start = 0;
    for (int i = 0; i < k; i++) {
      int f = flights[i];
      start += (layout.taken(f) * RESIDUES + layout.minorsAboard[f] % RESIDUES) * mult[i];
    }
    long[] value = new long[states];
    long[] delay = new long[states];
    int[] moves = new int[states];
    long[] nextValue = new long[states];
    long[] nextDelay = new long[states];
    int[] nextMoves = new int[states];
    Arrays.fill(value, Long.MIN_VALUE);
    value[start] = 0;
    byte[] choice = new byte[(int) (((long) states * n + 3) / 4)];
    for (int layer = 0; layer < n; layer++) {
      int h = households[layer];
      boolean hadPrevious = in.previous[h] >= 0;
      System.arraycopy(value, 0, nextValue, 0, states);
      System.arraycopy(delay, 0, nextDelay, 0, states);
      System.arraycopy(moves, 0, nextMoves, 0, states);
      if (hadPrevious) {
        // leaving out a household of the previous plan moves it too
        for (int s = 0; s < states; s++) {
          nextMoves[s]++;
        }
      }
      long base = (long) layer * states;
      for (int s = 0; s < states; s++) {
        if (value[s] == Long.MIN_VALUE) {
          continue;
        }
        for (int f : in.feasible[h]) {
          int i = positionOf[f];
          if (i < 0) {
            continue;
          }
          int digit = (s / mult[i]) % radix[i];
          int taken = digit / RESIDUES;
          int residue = digit % RESIDUES;
          int seatsAfter =
              taken
                  + in.seats[h]
                  + SeatNeed.escortSeatsForMinors(residue + in.minors[h])
                  - (residue > 0 ? 1 : 0);
          if (seatsAfter > in.capacity[f]) {
            continue;
          }
          int target =
              s + ((seatsAfter * RESIDUES + (residue + in.minors[h]) % RESIDUES) - digit) * mult[i];
          long v = value[s] + in.value[h];
          int mv = moves[s] + (hadPrevious && in.previous[h] != f ? 1 : 0);
          long d = delay[s] + in.delay(h, f);
          if (Layout.compare(v, mv, d, nextValue[target], nextMoves[target], nextDelay[target])
              > 0) {
            nextValue[target] = v;
            nextMoves[target] = mv;
            nextDelay[target] = d;
            set(choice, base + target, i + 1);
          }
        }
      }
      long[] tv = value;
      value = nextValue;
      nextValue = tv;
      long[] td = delay;
      delay = nextDelay;
      nextDelay = td;
      int[] tm = moves;
      moves = nextMoves;
      nextMoves = tm;
    }
    int best = -1;
    for (int s = 0; s < states; s++) {
      if (value[s] != Long.MIN_VALUE
          && (best < 0
              || Layout.compare(value[s], moves[s], delay[s], value[best], moves[best], delay[best])
                  > 0)) {
        best = s;
      }
    }
    int s = best;
    for (int layer = n - 1; layer >= 0; layer--) {
      int h = households[layer];
      int c = get(choice, (long) layer * states + s);
      if (c == 0) {
        continue;
      }
      int i = c - 1;
      int digit = (s / mult[i]) % radix[i];
      int residueAfter = digit % RESIDUES;
      int residue = Math.floorMod(residueAfter - in.minors[h], RESIDUES);
      int seatsAfter = digit / RESIDUES;
      int taken =
          seatsAfter
              - in.seats[h]
              - SeatNeed.escortSeatsForMinors(residue + in.minors[h])
              + (residue > 0 ? 1 : 0);
      s -= (digit - (taken * RESIDUES + residue)) * mult[i];
      layout.assign(h, flights[i]);
    }
    return true;
  }

  private static void set(byte[] choices, long cell, int choice) {
    int index = (int) (cell >>> 2);
    int shift = (int) (cell & 3) * 2;
    choices[index] = (byte) ((choices[index] & ~(3 << shift)) | (choice << shift));
  }

  private static int get(byte[] choices, long cell) {
    return (choices[(int) (cell >>> 2)] >>> ((int) (cell & 3) * 2)) & 3;
  }
}
