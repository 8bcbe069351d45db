package org.homeward.movement.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The planner benchmark (bench/planner-bench.sh): greedy and the planner's variants side by side on
 * scenario files, with the upper bound and, where given, an exact solver's optimum.
 *
 * <p>Arguments: scenario files, each optionally followed by {@code =OPTIMUM} (the proven optimal
 * value from bench/planner/CpSatReference.java). Options: {@code --variants} also runs the planner
 * without Timefold, with Timefold only and without the exact groups.
 */
public final class PlannerBenchmark {

  record Variant(String name, Planner.Settings settings) {}

  public static void main(String[] args) throws Exception {
    PlanCommand.quietSolverLogs();
    boolean variants = false;
    List<String> files = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--variants")) {
        variants = true;
      } else {
        files.add(arg);
      }
    }
    Planner.Settings base = Planner.Settings.defaults();
    List<Variant> planners = new ArrayList<>();
    planners.add(new Variant("planner", base));
    if (variants) {
      planners.add(new Variant("no-timefold", base.withSearches(true, true, false)));
      planners.add(new Variant("timefold-only", base.withSearches(false, false, true)));
      planners.add(new Variant("no-exact", base.withSearches(false, true, true)));
    }
    System.out.printf(
        Locale.ROOT,
        "%-28s %-14s %14s %8s %8s %9s %16s %9s %7s%n",
        "scenario",
        "solver",
        "value",
        "%bound",
        "%opt",
        "vs-greedy",
        "delay",
        "delay/lb",
        "seconds");
    for (String file : files) {
      String[] parts = file.split("=", 2);
      Path path = Path.of(parts[0]);
      BigDecimal optimum = parts.length > 1 ? new BigDecimal(parts[1]) : null;
      PlanningProblem problem = PlanJson.read(PlanCommand.read(path)).problem();
      BigDecimal bound = PlanBounds.valueUpperBound(problem);
      long start = System.nanoTime();
      FlightPlan greedy = new GreedyPlanner().plan(problem);
      double greedySeconds = (System.nanoTime() - start) / 1e9;
      row(problem, path, "greedy", greedy, bound, optimum, greedy, greedySeconds);
      for (Variant variant : planners) {
        start = System.nanoTime();
        FlightPlan plan = new Planner(variant.settings()).plan(problem);
        double seconds = (System.nanoTime() - start) / 1e9;
        row(problem, path, variant.name(), plan, bound, optimum, greedy, seconds);
      }
      System.out.printf(Locale.ROOT, "%-28s upper bound %s%n", path.getFileName(), bound);
    }
  }

  private static void row(
      PlanningProblem problem,
      Path path,
      String name,
      FlightPlan plan,
      BigDecimal bound,
      BigDecimal optimum,
      FlightPlan greedy,
      double seconds) {
    System.out.printf(
        Locale.ROOT,
        "%-28s %-14s %14s %8s %8s %9s %16s %9s %7.2f%n",
        path.getFileName(),
        name,
        plan.value().toPlainString(),
        percent(plan.value(), bound),
        optimum == null ? "-" : percent(plan.value(), optimum),
        percent(plan.value(), greedy.value()),
        plan.delayCost().toPlainString(),
        delayShare(problem, plan),
        seconds);
  }

  /** The plan's delay against the least any plan of the same households could have, in %. */
  static String delayShare(PlanningProblem problem, FlightPlan plan) {
    double bound = DelayBound.of(problem, plan);
    return bound <= 0
        ? (plan.delayCost().signum() == 0 ? "100.0" : "-")
        : String.format(Locale.ROOT, "%.1f", 100 * plan.delayCost().doubleValue() / bound);
  }

  static String percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return "100.000";
    }
    return part.multiply(BigDecimal.valueOf(100))
        .divide(whole, 3, RoundingMode.HALF_EVEN)
        .toPlainString();
  }
}
