package org.homeward.movement.planner;

import java.util.Arrays;

/**
 * Who is on which flight, with each flight's load and the objective kept up to date as households
 * come and go. The objective is lexicographic: the value placed (more is better), then the number
 * of households moved from the previous plan (fewer), then the delay (less).
 */
final class Layout {

  static final int NONE = -1;

  final Instance in;
  final int[] flightOf;
  final int[] seatsUsed;
  final int[] minorsAboard;

  /** The households on each flight, in no order: the first {@code aboardCount[f]} entries. */
  final int[][] aboard;

  final int[] aboardCount;
  private final int[] position;
  long value;
  long delay;
  int moves;

  Layout(Instance in) {
    this.in = in;
    flightOf = new int[in.householdCount];
    Arrays.fill(flightOf, NONE);
    seatsUsed = new int[in.flightCount];
    minorsAboard = new int[in.flightCount];
    aboard = new int[in.flightCount][4];
    aboardCount = new int[in.flightCount];
    position = new int[in.householdCount];
    for (int h = 0; h < in.householdCount; h++) {
      if (in.previous[h] >= 0) {
        moves++;
      }
    }
    for (int h = 0; h < in.householdCount; h++) {
      if (in.pinned[h] >= 0) {
        assign(h, in.pinned[h]);
      }
    }
  }

  private Layout(Layout other) {
    in = other.in;
    flightOf = other.flightOf.clone();
    seatsUsed = other.seatsUsed.clone();
    minorsAboard = other.minorsAboard.clone();
    aboard = new int[other.aboard.length][];
    for (int f = 0; f < aboard.length; f++) {
      aboard[f] = other.aboard[f].clone();
    }
    aboardCount = other.aboardCount.clone();
    position = other.position.clone();
    value = other.value;
    delay = other.delay;
    moves = other.moves;
  }

  Layout copy() {
    return new Layout(this);
  }

  /** The seats taken on a flight, escorts of unaccompanied minors included. */
  int taken(int f) {
    return seatsUsed[f] + SeatNeed.escortSeatsForMinors(minorsAboard[f]);
  }

  int free(int f) {
    return in.capacity[f] - taken(f);
  }

  /** The seats {@code h} would add to flight {@code f}, escorts included. */
  int extraSeats(int h, int f) {
    return in.seats[h]
        + SeatNeed.escortSeatsForMinors(minorsAboard[f] + in.minors[h])
        - SeatNeed.escortSeatsForMinors(minorsAboard[f]);
  }

  boolean fits(int h, int f) {
    return seatsUsed[f]
            + in.seats[h]
            + SeatNeed.escortSeatsForMinors(minorsAboard[f] + in.minors[h])
        <= in.capacity[f];
  }

  void assign(int h, int f) {
    if (flightOf[h] != NONE) {
      unassign(h);
    }
    flightOf[h] = f;
    if (aboardCount[f] == aboard[f].length) {
      aboard[f] = Arrays.copyOf(aboard[f], aboard[f].length * 2);
    }
    position[h] = aboardCount[f];
    aboard[f][aboardCount[f]++] = h;
    seatsUsed[f] += in.seats[h];
    minorsAboard[f] += in.minors[h];
    value += in.value[h];
    delay += in.delay(h, f);
    if (in.previous[h] >= 0 && in.previous[h] == f) {
      moves--;
    }
  }

  void unassign(int h) {
    int f = flightOf[h];
    if (f == NONE) {
      return;
    }
    flightOf[h] = NONE;
    int last = aboard[f][--aboardCount[f]];
    aboard[f][position[h]] = last;
    position[last] = position[h];
    seatsUsed[f] -= in.seats[h];
    minorsAboard[f] -= in.minors[h];
    value -= in.value[h];
    delay -= in.delay(h, f);
    if (in.previous[h] >= 0 && in.previous[h] == f) {
      moves++;
    }
  }

  boolean isPinned(int h) {
    return in.pinned[h] >= 0;
  }

  /** Positive when this layout is better than {@code other}. */
  int compareTo(Layout other) {
    return compare(value, moves, delay, other.value, other.moves, other.delay);
  }

  static int compare(long value, int moves, long delay, long v2, int m2, long d2) {
    if (value != v2) {
      return Long.compare(value, v2);
    }
    if (moves != m2) {
      return Integer.compare(m2, moves);
    }
    return Long.compare(d2, delay);
  }

  /** True when every flight's load is within its seats. */
  boolean withinCapacity() {
    for (int f = 0; f < in.flightCount; f++) {
      if (taken(f) > in.capacity[f]) {
        return false;
      }
    }
    return true;
  }
}
