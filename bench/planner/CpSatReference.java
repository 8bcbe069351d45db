package org.homeward.movement.planner;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The exact reference for the planner benchmark: OR-Tools CP-SAT on the same model, destination by
 * destination, first the value (proven optimal when the solver says so, else its bound), then the
 * least delay at that value. Compiled and run by bench/planner-bench.sh only; the planner does not
 * depend on it.
 *
 * <p>Arguments: scenario file, seconds per destination and stage, workers.
 */
public final class CpSatReference {

  public static void main(String[] args) throws Exception {
    Loader.loadNativeLibraries();
    Path file = Path.of(args[0]);
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
    int workers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    PlanningProblem problem = PlanJson.read(PlanCommand.read(file)).problem();
    Instance in = Instance.of(problem);
    Layout pinned = new Layout(in);
    long value = pinned.value;
    long bound = pinned.value;
    long delay = pinned.delay;
    boolean valueProven = true;
    boolean delayProven = true;
    long started = System.nanoTime();
    for (Instance.Group group : in.groups) {
      long[] result = solve(in, pinned, group, seconds, workers);
      value += result[0];
      bound += result[1];
      delay += result[2];
      valueProven &= result[3] == 1;
      delayProven &= result[4] == 1;
    }
    System.out.printf(
        Locale.ROOT,
        "cp-sat %s: value %s (%s), bound %s, delay %s (%s), %.1f s%n",
        file.getFileName(),
        in.decimal(value).toPlainString(),
        valueProven ? "optimal" : "not proven",
        in.decimal(bound).toPlainString(),
        in.decimal(delay).toPlainString(),
        delayProven ? "optimal for that value" : "not proven",
        (System.nanoTime() - started) / 1e9);
    System.out.println("OPTIMUM=" + (valueProven ? in.decimal(value).toPlainString() : ""));
    System.out.println("BOUND=" + in.decimal(bound).toPlainString());
    System.out.println("DELAY=" + in.decimal(delay).toPlainString());
  }

  /** value, bound, delay, value proven (1/0), delay proven (1/0) of one group. */
  static long[] solve(Instance in, Layout pinned, Instance.Group group, double seconds, int workers) {
    CpModel model = new CpModel();
    int[] households = group.households();
    List<BoolVar> vars = new ArrayList<>();
    List<int[]> pairs = new ArrayList<>();
    LinearExprBuilder[] seats = new LinearExprBuilder[in.flightCount];
    LinearExprBuilder[] minors = new LinearExprBuilder[in.flightCount];
    for (int f : group.flights()) {
      seats[f] = LinearExpr.newBuilder();
      minors[f] = LinearExpr.newBuilder();
    }
    LinearExprBuilder value = LinearExpr.newBuilder();
    LinearExprBuilder delay = LinearExpr.newBuilder();
    for (int h : households) {
      List<BoolVar> own = new ArrayList<>();
      for (int f : in.feasible[h]) {
        BoolVar x = model.newBoolVar("x" + h + "_" + f);
        own.add(x);
        vars.add(x);
        pairs.add(new int[] {h, f});
        seats[f].addTerm(x, in.seats[h]);
        minors[f].addTerm(x, in.minors[h]);
        value.addTerm(x, in.value[h]);
        delay.addTerm(x, in.delay(h, f));
      }
      model.addAtMostOne(own.toArray(new com.google.ortools.sat.Literal[0]));
    }
    for (int f : group.flights()) {
      int cap = in.capacity[f];
      IntVar escorts = model.newIntVar(0, cap, "e" + f);
      // escorts >= ceil((pinned minors + minors) / 5), seats after the pinned ones
      model.addLessOrEqual(
          minors[f].add(pinned.minorsAboard[f]).build(),
          LinearExpr.term(escorts, SeatNeed.MINORS_PER_ESCORT));
      model.addLessOrEqual(
          seats[f].add(escorts).add(pinned.seatsUsed[f]).build(), LinearExpr.constant(cap));
    }
    model.maximize(value.build());
    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(seconds);
    solver.getParameters().setNumWorkers(workers);
    CpSolverStatus status = solver.solve(model);
    long bestValue = Math.round(solver.objectiveValue());
    long bestBound = (long) Math.floor(solver.bestObjectiveBound() + 1e-6);
    boolean valueProven = status == CpSolverStatus.OPTIMAL;
    for (int i = 0; i < vars.size(); i++) {
      model.addHint(vars.get(i), solver.booleanValue(vars.get(i)) ? 1 : 0);
    }
    model.addGreaterOrEqual(value.build(), bestValue);
    model.minimize(delay.build());
    CpSolver second = new CpSolver();
    second.getParameters().setMaxTimeInSeconds(seconds);
    second.getParameters().setNumWorkers(workers);
    CpSolverStatus delayStatus = second.solve(model);
    long bestDelay = Math.round(second.objectiveValue());
    return new long[] {
      bestValue,
      bestBound,
      bestDelay,
      valueProven ? 1 : 0,
      delayStatus == CpSolverStatus.OPTIMAL ? 1 : 0
    };
  }

}
