package org.homeward.movement.planner;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import org.homeward.shared.files.TextFiles;

/**
 * {@code homeward plan --scenario scenario.json --output plan.json}: plans a scenario's households
 * onto its flights, without a server or a database, and writes the plan as JSON. Bad input gets one
 * line per problem, each naming the household or flight and the field, and exit code 1; a wrong
 * command line gets the usage and exit code 2. The output file is written whole or not at all: to a
 * temporary file beside it, then renamed. The formats are in docs/movement-planner.md.
 */
public final class PlanCommand {

  static final int OK = 0;
  static final int BAD_INPUT = 1;
  static final int USAGE = 2;

  /** Larger than any scenario of 100,000 people; keeps a wrong file from filling the heap. */
  static final long MAX_SCENARIO_BYTES = 256L * 1024 * 1024;

  private PlanCommand() {}

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path scenario = null;
    Path output = null;
    Duration timeLimit = null;
    Integer threads = null;
    boolean greedy = false;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--help", "-h" -> {
          out.println(HELP);
          return OK;
        }
        case "--greedy" -> greedy = true;
        case "--scenario", "--output", "--time-limit", "--threads" -> {
          if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            return usageError(option + " needs a value", err);
          }
          String value = args[++i];
          try {
            switch (option) {
              case "--scenario" -> scenario = Path.of(value);
              case "--output" -> output = Path.of(value);
              case "--time-limit" -> {
                timeLimit = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                if (timeLimit.isNegative() || !Double.isFinite(Double.parseDouble(value))) {
                  return usageError("--time-limit must be seconds, 0 or more: " + value, err);
                }
              }
              default -> {
                threads = Integer.parseInt(value);
                if (threads < 1) {
                  return usageError("--threads must be 1 or more: " + value, err);
                }
              }
            }
          } catch (InvalidPathException e) {
            return usageError(option + " is not a file name: " + value, err);
          } catch (NumberFormatException e) {
            return usageError(option + " is not a number: " + value, err);
          }
        }
        default -> {
          return usageError("unknown option " + option, err);
        }
      }
    }
    if (scenario == null) {
      return usageError("--scenario is required", err);
    }
    if (output == null) {
      return usageError("--output is required", err);
    }
    try {
      return plan(scenario, output, timeLimit, threads, greedy, out, err);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      err.println(
          "plan: "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                  .lines()
                  .findFirst()
                  .orElse(""));
      return BAD_INPUT;
    }
  }

  private static int plan(
      Path scenario,
      Path output,
      Duration timeLimit,
      Integer threads,
      boolean greedy,
      PrintStream out,
      PrintStream err) {
    long started = System.nanoTime();
    Path folder = output.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      err.println("plan: cannot write --output " + output + ": no such folder");
      return BAD_INPUT;
    }
    if (Files.isDirectory(output)) {
      err.println("plan: cannot write --output " + output + ": a folder, not a file");
      return BAD_INPUT;
    }
    String text;
    try {
      if (Files.exists(output) && Files.isSameFile(scenario, output)) {
        err.println("plan: --output " + output + " is the scenario itself");
        return USAGE;
      }
      text = read(scenario);
    } catch (IOException e) {
      err.println("plan: cannot read --scenario " + scenario + ": " + TextFiles.reason(e));
      return BAD_INPUT;
    }
    PlanJson.Reading reading = PlanJson.read(text);
    for (ScenarioProblem warning : reading.warnings()) {
      err.println("plan: " + scenario + ": warning: " + warning);
    }
    if (reading.problem() == null) {
      for (ScenarioProblem problem : reading.problems()) {
        err.println("plan: " + scenario + ": " + problem);
      }
      return BAD_INPUT;
    }
    PlanningProblem problem = reading.problem();
    quietSolverLogs();
    Planner.Settings settings = Planner.Settings.defaults();
    if (timeLimit != null) {
      settings = settings.withTimeLimit(timeLimit);
    }
    if (threads != null) {
      settings = settings.withThreads(threads);
    }
    FlightPlan plan =
        greedy ? new GreedyPlanner().plan(problem) : new Planner(settings).plan(problem);
    try {
      writeWhole(output, PlanJson.write(plan));
    } catch (IOException e) {
      err.println("plan: cannot write --output " + output + ": " + TextFiles.reason(e));
      return BAD_INPUT;
    }
    BigDecimal bound = PlanBounds.valueUpperBound(problem);
    String share =
        bound.signum() == 0
            ? "100"
            : plan.value()
                .multiply(BigDecimal.valueOf(100))
                .divide(bound, 2, RoundingMode.FLOOR)
                .toPlainString();
    out.printf(
        Locale.ROOT,
        "plan: %d of %d households placed, value %s (%s%% of the upper bound %s), delay %s,"
            + " %.1f s; written to %s%n",
        plan.assignments().size(),
        problem.households().size(),
        plan.value().toPlainString(),
        share,
        bound.toPlainString(),
        plan.delayCost().toPlainString(),
        (System.nanoTime() - started) / 1e9,
        output);
    return OK;
  }

  /** Timefold logs each solve at INFO; a command's output is its summary and its problems. */
  static void quietSolverLogs() {
    if (org.slf4j.LoggerFactory.getLogger("ai.timefold")
        instanceof ch.qos.logback.classic.Logger logger) {
      logger.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  /** Writes {@code text} to a temporary file beside {@code file}, then renames it over. */
  static void writeWhole(Path file, String text) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Path partial = Files.createTempFile(folder, "." + file.getFileName(), ".partial");
    try {
      Files.writeString(partial, text, StandardCharsets.UTF_8);
      readableByAll(partial);
      try {
        Files.move(
            partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** A temporary file is its owner's only; the plan is as readable as any file written here. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own protection applies
    }
  }

  static String read(Path file) throws IOException {
    return TextFiles.readUtf8(file, MAX_SCENARIO_BYTES);
  }

  private static int usageError(String message, PrintStream err) {
    err.println("plan: " + message);
    err.println(HELP);
    return USAGE;
  }

  /** The options, as help shows them. */
  public static final String HELP =
      """
      usage: java -jar homeward.jar plan --scenario scenario.json --output plan.json [options]
        --scenario FILE    flights and ready households: {"flights", "households"} and optionally
                           "pinned" and "previous" (see docs/movement-planner.md)
        --output FILE      the plan: {"assignments", "unassigned" (each with its reason),
                           "value", "delayCost"}; written whole or not at all
        --time-limit S     seconds the search may take (2 ms per household, 2 to 20 s)
        --threads N        destinations searched at once (the cores, at most 4)
        --greedy           the "most valuable first" plan only, for comparison
      example scenario:
        {"flights": [{"id": "F-1", "destination": "CMR", "date": "2026-09-10", "seats": 3}],
         "households": [
           {"id": "H-1", "destination": "CMR", "value": 18.5, "readySince": "2026-08-01",
            "members": [
              {"id": "H-1-1", "ageYears": 31, "lapInfant": false, "medicalEscort": false,
               "unaccompaniedMinor": false, "travelDocValidUntil": "2027-01-31",
               "fitValidUntil": "2026-10-01"},
              {"id": "H-1-2", "ageYears": 1, "lapInfant": true, "medicalEscort": false,
               "unaccompaniedMinor": false, "travelDocValidUntil": "2027-01-31",
               "fitValidUntil": "2026-10-01"}]},
           {"id": "H-2", "destination": "CMR", "value": 9, "readySince": "2026-07-15",
            "members": [
              {"id": "H-2-1", "ageYears": 15, "lapInfant": false, "medicalEscort": false,
               "unaccompaniedMinor": true, "travelDocValidUntil": "2027-03-01",
               "fitValidUntil": "2026-09-30"}]}]}\
      """;
}
