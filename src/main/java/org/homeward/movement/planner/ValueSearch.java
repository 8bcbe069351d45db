package org.homeward.movement.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Large moves that raise the value of a group's plan, each applied only when it makes the plan
 * better (value, then moves, then delay):
 *
 * <ul>
 *   <li><b>Rebuild a flight</b>: choose its passengers again, exactly (by {@link ExactSearch}),
 *       among those aboard and those left out who may take it, the other flights unchanged. This
 *       trades one large household for two smaller ones worth more, and fills every seat it can.
 *   <li><b>Make room</b>: put a household left out on a flight in the place of the cheapest set of
 *       households aboard, each of whom moves to another flight with room if there is one, and is
 *       left out otherwise.
 * </ul>
 *
 * When neither improves any flight or household, every household left out is proven to cost at
 * least its own value to take aboard, which is what its explanation says.
 */
final class ValueSearch {

  private final ExactSearch oneFlight = new ExactSearch(10_000, 20_000_000);
  private final Ejection ejection = new Ejection();

  /** Improves the group until no move does or the deadline passes; true if anything changed. */
  boolean improve(Layout layout, Instance.Group group, long deadlineNanos) {
    boolean changed = false;
    boolean improved = true;
    while (improved && System.nanoTime() < deadlineNanos) {
      improved = false;
      for (int f : group.flights()) {
        improved |= rebuild(layout, group, f);
      }
      improved |= makeRoom(layout, group, deadlineNanos);
      changed |= improved;
    }
    return changed;
  }

  /** Chooses the passengers of {@code f} again, exactly; true if the plan got better. */
  boolean rebuild(Layout layout, Instance.Group group, int f) {
    Instance in = layout.in;
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < layout.aboardCount[f]; i++) {
      int h = layout.aboard[f][i];
      if (!layout.isPinned(h)) {
        candidates.add(h);
      }
    }
    for (int h : group.households()) {
      if (layout.flightOf[h] == Layout.NONE && contains(in.feasible[h], f)) {
        candidates.add(h);
      }
    }
    int[] households = candidates.stream().mapToInt(Integer::intValue).toArray();
    Instance.Group single = new Instance.Group(group.destination(), new int[] {f}, households);
    if (oneFlight.size(layout, single) < 0) {
      return false;
    }
    Undo undo = new Undo(layout, households);
    oneFlight.solve(layout, single);
    return undo.keepIfBetter();
  }

  /** How those taken off to make room are weighed. */
  enum Weighing {
    /** Free if they can move to another flight with room, else their value. */
    MOVES_FREE,
    /** What moving them costs: the least value to take off another flight to make room there. */
    CHAINED,
    /** Their value: the proof the explanations give. */
    VALUE
  }

  /** Puts households left out in the place of cheaper ones; true if the plan got better. */
  boolean makeRoom(Layout layout, Instance.Group group, long deadlineNanos) {
    return makeRoom(layout, group, deadlineNanos, group.households().length <= CHAINED_UP_TO);
  }

  /**
   * Chained weighing tries an ejection on every other flight for everyone aboard: worth it on small
   * groups, too slow on a destination of thousands, where Timefold's moves do that work.
   */
  static final int CHAINED_UP_TO = 300;

  /**
   * Puts households left out in the place of cheaper ones, weighing those taken off every way
   * ({@code chained}) or only as free movers and by value; true if the plan got better.
   */
  boolean makeRoom(Layout layout, Instance.Group group, long deadlineNanos, boolean chained) {
    Instance in = layout.in;
    boolean improved = false;
    Integer[] out =
        Arrays.stream(group.households())
            .filter(h -> layout.flightOf[h] == Layout.NONE && in.value[h] > 0)
            .boxed()
            .sorted(Comparator.<Integer>comparingLong(h -> -in.value[h]))
            .toArray(Integer[]::new);
    for (int h : out) {
      if (System.nanoTime() > deadlineNanos) {
        break;
      }
      if (layout.flightOf[h] == Layout.NONE) {
        improved |=
            place(layout, h, Weighing.MOVES_FREE)
                || (chained && place(layout, h, Weighing.CHAINED))
                || place(layout, h, Weighing.VALUE);
      }
    }
    return improved;
  }

  /**
   * Puts {@code h} on the flight where making room costs least, if less than its value; those taken
   * off move to another flight (making room there too when weighed so), or are left out. True if
   * the plan got better.
   */
  private boolean place(Layout layout, int h, Weighing weighing) {
    Instance in = layout.in;
    long[] weights = weighing == Weighing.VALUE ? null : cost(in);
    int bestFlight = -1;
    long bestLoss = in.value[h];
    for (int f : in.feasible[h]) {
      if (layout.fits(h, f)) {
        bestFlight = f;
        bestLoss = 0;
        break;
      }
      weigh(layout, f, weights, weighing);
      long loss = ejection.cheapest(layout, h, f, weights);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestFlight = f;
      }
    }
    if (bestFlight < 0) {
      return false;
    }
    int[] taken = new int[0];
    if (!layout.fits(h, bestFlight)) {
      weigh(layout, bestFlight, weights, weighing);
      ejection.cheapest(layout, h, bestFlight, weights);
      taken = Arrays.copyOf(ejection.chosen, ejection.chosenCount);
    }
    List<Integer> touched = new ArrayList<>();
    touched.add(h);
    for (int g : taken) {
      touched.add(g);
    }
    // the chained moves take others off the flights they go to: note them before anything moves
    int[][] second = new int[taken.length][];
    int[] secondFlight = new int[taken.length];
    if (weighing == Weighing.CHAINED) {
      for (int i = 0; i < taken.length; i++) {
        secondFlight[i] = cheapestElsewhere(layout, taken[i], bestFlight);
        second[i] =
            secondFlight[i] < 0 || layout.fits(taken[i], secondFlight[i])
                ? new int[0]
                : Arrays.copyOf(ejection.chosen, ejection.chosenCount);
        for (int g : second[i]) {
          touched.add(g);
        }
      }
    }
    Undo undo = new Undo(layout, touched.stream().mapToInt(Integer::intValue).toArray());
    for (int g : taken) {
      layout.unassign(g);
    }
    layout.assign(h, bestFlight);
    for (int i = 0; i < taken.length; i++) {
      int g = taken[i];
      if (weighing == Weighing.CHAINED && secondFlight[i] >= 0) {
        for (int e : second[i]) {
          layout.unassign(e);
        }
        if (layout.fits(g, secondFlight[i])) {
          layout.assign(g, secondFlight[i]);
        }
        for (int e : second[i]) {
          moveAnywhere(layout, e, secondFlight[i]);
        }
      } else {
        moveAnywhere(layout, g, bestFlight);
      }
    }
    return undo.keepIfBetter();
  }

  private static void moveAnywhere(Layout layout, int g, int except) {
    for (int f : layout.in.feasible[g]) {
      if (f != except && layout.fits(g, f)) {
        layout.assign(g, f);
        return;
      }
    }
  }

  /**
   * The other flight where making room for {@code g} costs least (by value), with that room's
   * households in the ejection's choice; -1 when there is none.
   */
  private int cheapestElsewhere(Layout layout, int g, int from) {
    long best = Ejection.IMPOSSIBLE;
    int bestFlight = -1;
    for (int f : layout.in.feasible[g]) {
      if (f == from) {
        continue;
      }
      long loss = ejection.cheapest(layout, g, f, null);
      if (loss < best) {
        best = loss;
        bestFlight = f;
      }
    }
    if (bestFlight >= 0) {
      ejection.cheapest(layout, g, bestFlight, null);
    }
    return bestFlight;
  }

  private long[] cost;
  private final Ejection inner = new Ejection();

  private long[] cost(Instance in) {
    if (cost == null || cost.length != in.householdCount) {
      cost = new long[in.householdCount];
    }
    return cost;
  }

  /** Weighs those aboard {@code f} by what taking them off costs. */
  private void weigh(Layout layout, int f, long[] weights, Weighing weighing) {
    if (weights == null) {
      return;
    }
    for (int i = 0; i < layout.aboardCount[f]; i++) {
      int g = layout.aboard[f][i];
      long own = layout.in.value[g];
      if (weighing == Weighing.MOVES_FREE) {
        weights[g] = canMove(layout, g, f) ? 0 : own;
      } else {
        long elsewhere = own;
        for (int other : layout.in.feasible[g]) {
          if (other != f && elsewhere > 0) {
            elsewhere = Math.min(elsewhere, inner.cheapest(layout, g, other, null));
          }
        }
        weights[g] = elsewhere;
      }
    }
  }

  private static boolean canMove(Layout layout, int g, int from) {
    for (int f : layout.in.feasible[g]) {
      if (f != from && layout.fits(g, f)) {
        return true;
      }
    }
    return false;
  }

  /** Where some households were and the objective then: a move is taken back unless better. */
  static final class Undo {
    private final Layout layout;
    private final int[] households;
    private final int[] flights;
    private final long value;
    private final int moves;
    private final long delay;

    Undo(Layout layout, int[] households) {
      this.layout = layout;
      this.households = households;
      flights = new int[households.length];
      for (int i = 0; i < households.length; i++) {
        flights[i] = layout.flightOf[households[i]];
      }
      value = layout.value;
      moves = layout.moves;
      delay = layout.delay;
    }

    /** True when the plan is now better; otherwise the households go back where they were. */
    boolean keepIfBetter() {
      if (Layout.compare(layout.value, layout.moves, layout.delay, value, moves, delay) > 0) {
        return true;
      }
      return revert();
    }

    /** Puts the households back where they were; false. */
    boolean revert() {
      for (int h : households) {
        layout.unassign(h);
      }
      for (int i = 0; i < households.length; i++) {
        if (flights[i] != Layout.NONE) {
          layout.assign(households[i], flights[i]);
        }
      }
      return false;
    }
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
