package org.homeward.movement.planner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The flight planner: assigns ready households to flights by the hard rules ({@link FlightRule},
 * {@link SeatNeed}, capacity), placing the most value it can, then moving as few households of the
 * previous plan as it can, then keeping the delay (value × days after the household's earliest
 * feasible flight) as low as it can. Pinned households keep their flights.
 *
 * <p>Each destination's flights and households form a group solved on its own, in parallel:
 *
 * <ol>
 *   <li>a start: the best of the greedy plan ({@link GreedyPlanner}), a plan filled by value per
 *       seat and, when re-solving, the previous plan kept where it still holds; the result is never
 *       worse than greedy, as every step after it keeps only what is better;
 *   <li>a group small enough (one or two charters) is solved exactly by {@link ExactSearch}: proven
 *       best value, then moves, then delay;
 *   <li>a larger one is improved by large value moves ({@link ValueSearch}: rebuilding a flight
 *       exactly, making room for a household of more value), then by Timefold Solver's local search
 *       ({@link TimefoldSearch}, which mostly lowers the delay), then by the value moves again, so
 *       that no household left out could take the place of households worth less.
 * </ol>
 *
 * Every household left out is explained ({@link Explanations}).
 */
public final class Planner {

  /**
   * How the planner searches.
   *
   * @param timeLimit the most time the search may take, beyond reading the problem; null for {@link
   *     #automaticTimeLimit}
   * @param threads how many groups are searched at once
   * @param seed the seed of Timefold's random choices: the same problem and settings give the same
   *     plan when nothing stops a search at its time limit
   * @param exactGroups solve small groups exactly
   * @param customMoves use the value moves ({@link ValueSearch}) and the delay moves ({@link
   *     DelaySearch}) before and after Timefold; the moves that make room for households left out
   *     always end the search, as the explanations rely on them
   * @param timefold use Timefold's local search
   */
  public record Settings(
      Duration timeLimit,
      int threads,
      long seed,
      boolean exactGroups,
      boolean customMoves,
      boolean timefold) {

    public Settings {
      if (timeLimit != null && timeLimit.isNegative()) {
        throw new IllegalArgumentException("timeLimit must not be negative");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
    }

    /** The automatic time limit, as many threads as cores (at most 4), every search. */
    public static Settings defaults() {
      return new Settings(
          null,
          Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())),
          1,
          true,
          true,
          true);
    }

    public Settings withTimeLimit(Duration timeLimit) {
      return new Settings(timeLimit, threads, seed, exactGroups, customMoves, timefold);
    }

    public Settings withThreads(int threads) {
      return new Settings(timeLimit, threads, seed, exactGroups, customMoves, timefold);
    }

    public Settings withSearches(boolean exactGroups, boolean customMoves, boolean timefold) {
      return new Settings(timeLimit, threads, seed, exactGroups, customMoves, timefold);
    }
  }

  /**
   * 5 ms per household, at least 3 s and at most 40 s: the reference scenario (450 households)
   * takes a few seconds, 20,000 people (about 9,000 households) less than a minute with the reading
   * and writing. Searches stop earlier when they stop improving.
   */
  public static Duration automaticTimeLimit(int households) {
    return Duration.ofMillis(Math.clamp(5L * households, 3_000L, 40_000L));
  }

  /**
   * Groups up to this many states × households are solved exactly (two bits each, 64 MB): two
   * charters of 180 seats with up to 300 households.
   */
  static final long EXACT_CELLS = 256_000_000L;

  static final long EXACT_STATES = 1_000_000L;

  private final Settings settings;

  public Planner() {
    this(Settings.defaults());
  }

  public Planner(Settings settings) {
    this.settings = settings;
  }

  /** Every reason {@code problem} cannot be planned (duplicate ids, broken pins); empty if none. */
  public static List<ScenarioProblem> check(PlanningProblem problem) {
    return Instance.check(problem);
  }

  /**
   * The plan for {@code problem}.
   *
   * @throws InvalidProblemException when {@link #check} finds problems
   */
  public FlightPlan plan(PlanningProblem problem) {
    return Explanations.plan(layout(Instance.of(problem)), Explanations.Basis.CHEAPEST_EJECTION);
  }

  Layout layout(Instance in) {
    Duration limit =
        settings.timeLimit() == null ? automaticTimeLimit(in.householdCount) : settings.timeLimit();
    long deadline = System.nanoTime() + limit.toNanos();
    Layout start = start(in);
    List<Instance.Group> groups = new ArrayList<>(in.groups);
    groups.sort(Comparator.comparingInt((Instance.Group g) -> -g.households().length));
    long searched = 0;
    for (Instance.Group group : groups) {
      if (!exact(start, group)) {
        searched += group.households().length;
      }
    }
    long totalSearched = Math.max(1, searched);
    List<Layout> results = new ArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(settings.threads(), groups.size() + 1));
    try {
      List<Future<Layout>> futures = new ArrayList<>();
      for (Instance.Group group : groups) {
        Layout own = start.copy();
        long share =
            limit.toNanos()
                * Math.min(settings.threads(), groups.size())
                * group.households().length
                / totalSearched;
        futures.add(pool.submit(() -> solveGroup(own, group, share, deadline)));
      }
      for (Future<Layout> future : futures) {
        results.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("planning interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Layout plan = start.copy();
    for (int i = 0; i < groups.size(); i++) {
      for (int h : groups.get(i).households()) {
        plan.unassign(h);
      }
    }
    for (int i = 0; i < groups.size(); i++) {
      for (int h : groups.get(i).households()) {
        int f = results.get(i).flightOf[h];
        if (f != Layout.NONE) {
          plan.assign(h, f);
        }
      }
    }
    return plan;
  }

  private boolean exact(Layout layout, Instance.Group group) {
    return settings.exactGroups()
        && new ExactSearch(EXACT_STATES, EXACT_CELLS).size(layout, group) >= 0;
  }

  private Layout solveGroup(Layout layout, Instance.Group group, long share, long deadline) {
    long now = System.nanoTime();
    long end = Math.min(deadline, now + share);
    long span = end - now;
    if (exact(layout, group)) {
      new ExactSearch(EXACT_STATES, EXACT_CELLS).solve(layout, group);
      fillWithoutValue(layout, group);
      return layout;
    }
    ValueSearch values = new ValueSearch();
    DelaySearch delays = new DelaySearch();
    if (settings.customMoves()) {
      values.improve(layout, group, now + span / 4);
      delays.rebuildFromTheLastFlight(layout, group, now + span * 2 / 5);
      delays.improve(layout, group, now + span * 2 / 5);
    }
    if (settings.timefold()) {
      // Timefold polishes: at most until 45% of the time is gone when the moves above ran
      long left = (settings.customMoves() ? now + span * 9 / 10 : end) - System.nanoTime();
      left = settings.customMoves() ? Math.min(left, span * 9 / 20) : left;
      if (left > 0) {
        TimefoldSearch.improve(
            layout,
            group,
            Duration.ofNanos(left),
            Duration.ofNanos(Math.clamp(left / 5, 100_000_000L, 3_000_000_000L)),
            settings.seed());
      }
    }
    if (settings.customMoves()) {
      long rest = Math.max(end, System.nanoTime() + span / 10);
      values.improve(layout, group, System.nanoTime() + (rest - System.nanoTime()) / 3);
      delays.rebuildFromTheLastFlight(layout, group, rest);
      end = rest;
    }
    // the explanations rely on it: no household left out may take the place of others worth less
    do {
      if (settings.customMoves()) {
        delays.improve(layout, group, end);
      }
    } while (repair(values, layout, group));
    fillWithoutValue(layout, group);
    return layout;
  }

  /** Makes room for households left out as long as it pays; true if anything changed. */
  private static boolean repair(ValueSearch values, Layout layout, Instance.Group group) {
    boolean changed = false;
    while (values.makeRoom(layout, group, Long.MAX_VALUE, false)) {
      changed = true;
    }
    return changed;
  }

  /** Households of no value change nothing to the objective; they take seats nobody else can. */
  private static void fillWithoutValue(Layout layout, Instance.Group group) {
    Instance in = layout.in;
    for (int h : group.households()) {
      if (layout.flightOf[h] != Layout.NONE || in.value[h] != 0) {
        continue;
      }
      for (int f : in.feasible[h]) {
        if (layout.fits(h, f)) {
          layout.assign(h, f);
          break;
        }
      }
    }
  }

  /**
   * For each group, the best of the greedy plan, the plan by value per seat and the previous plan
   * kept where it still holds: groups share no flight, so the start is at least as good as greedy
   * on every destination.
   */
  static Layout start(Instance in) {
    List<Layout> candidates = new ArrayList<>();
    candidates.add(GreedyPlanner.layout(in));
    candidates.add(fill(new Layout(in), densityOrder(in)));
    candidates.add(fillLatest(new Layout(in), densityOrder(in)));
    boolean hasPrevious = false;
    for (int h = 0; h < in.householdCount; h++) {
      hasPrevious |= in.previous[h] >= 0;
    }
    if (hasPrevious) {
      Layout kept = new Layout(in);
      for (int h : GreedyPlanner.order(in)) {
        int f = in.previous[h];
        if (f >= 0
            && kept.flightOf[h] == Layout.NONE
            && contains(in.feasible[h], f)
            && kept.fits(h, f)) {
          kept.assign(h, f);
        }
      }
      candidates.add(fill(kept, GreedyPlanner.order(in)));
    }
    Layout start = new Layout(in);
    for (Instance.Group group : in.groups) {
      Layout best = candidates.get(0);
      for (Layout candidate : candidates) {
        if (compareOn(candidate, best, group) > 0) {
          best = candidate;
        }
      }
      for (int h : group.households()) {
        if (best.flightOf[h] != Layout.NONE) {
          start.assign(h, best.flightOf[h]);
        }
      }
    }
    return start;
  }

  /** Positive when {@code a} is better than {@code b} on the group's households. */
  static int compareOn(Layout a, Layout b, Instance.Group group) {
    long[] x = objective(a, group);
    long[] y = objective(b, group);
    return Layout.compare(x[0], (int) x[1], x[2], y[0], (int) y[1], y[2]);
  }

  /** Value, moves and delay of the group's households in {@code layout}. */
  static long[] objective(Layout layout, Instance.Group group) {
    Instance in = layout.in;
    long value = 0;
    long moves = 0;
    long delay = 0;
    for (int h : group.households()) {
      int f = layout.flightOf[h];
      if (f != Layout.NONE) {
        value += in.value[h];
        delay += in.delay(h, f);
      }
      if (in.moved(h, f)) {
        moves++;
      }
    }
    return new long[] {value, moves, delay};
  }

  /** Each household in turn on its earliest feasible flight with room. */
  static Layout fill(Layout layout, int[] order) {
    Instance in = layout.in;
    for (int h : order) {
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

  /**
   * Each household in turn on its latest feasible flight with room: a household whose documents
   * expire early finds the early flights still free, as when scheduling each job as late as its
   * deadline allows. Best for the value; the delay moves then bring households forward.
   */
  static Layout fillLatest(Layout layout, int[] order) {
    Instance in = layout.in;
    for (int h : order) {
      if (layout.flightOf[h] != Layout.NONE) {
        continue;
      }
      for (int i = in.feasible[h].length - 1; i >= 0; i--) {
        int f = in.feasible[h][i];
        if (layout.fits(h, f)) {
          layout.assign(h, f);
          break;
        }
      }
    }
    return layout;
  }

  /** By value per seat (escorts of minors counted to the fifth), exactly; then by value. */
  static int[] densityOrder(Instance in) {
    Integer[] order = new Integer[in.householdCount];
    Arrays.setAll(order, h -> h);
    Arrays.sort(
        order,
        (a, b) -> {
          long sizeA = 5L * in.seats[a] + in.minors[a];
          long sizeB = 5L * in.seats[b] + in.minors[b];
          int byDensity =
              Math.multiplyHigh(in.value[b], sizeA) != Math.multiplyHigh(in.value[a], sizeB)
                  ? Long.compare(
                      Math.multiplyHigh(in.value[b], sizeA), Math.multiplyHigh(in.value[a], sizeB))
                  : Long.compareUnsigned(in.value[b] * sizeA, in.value[a] * sizeB);
          return byDensity != 0 ? byDensity : Long.compare(in.value[b], in.value[a]);
        });
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
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
