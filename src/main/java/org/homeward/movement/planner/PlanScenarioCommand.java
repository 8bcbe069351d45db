package org.homeward.movement.planner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.homeward.shared.files.TextFiles;

/**
 * {@code homeward plan-scenario --people 20000 --flights 100 --seed 1 --output s.json}: writes a
 * realistic planning scenario ({@link ScenarioGenerator}) for the {@code plan} command, the same
 * for the same options.
 */
public final class PlanScenarioCommand {

  private PlanScenarioCommand() {}

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Integer people = null;
    Integer flights = null;
    long seed = 1;
    int destinations = 0;
    LocalDate start = ScenarioGenerator.DEFAULT_START;
    Path output = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        out.println(HELP);
        return PlanCommand.OK;
      }
      if (!option.startsWith("--")
          || !java.util.List.of(
                  "--people", "--flights", "--seed", "--destinations", "--start", "--output")
              .contains(option)) {
        return usageError("unknown option " + option, err);
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        return usageError(option + " needs a value", err);
      }
      String value = args[++i];
      try {
        switch (option) {
          case "--people" -> people = positive(option, value);
          case "--flights" -> flights = positive(option, value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--destinations" -> {
            destinations = positive(option, value);
            if (destinations > ScenarioGenerator.DESTINATIONS.size()) {
              return usageError(
                  "--destinations is at most " + ScenarioGenerator.DESTINATIONS.size(), err);
            }
          }
          case "--start" -> start = LocalDate.parse(value);
          default -> output = Path.of(value);
        }
      } catch (NumberFormatException e) {
        return usageError(option + " must be a whole number 1 or more: " + value, err);
      } catch (DateTimeParseException e) {
        return usageError("--start is not a date (YYYY-MM-DD): " + value, err);
      } catch (InvalidPathException e) {
        return usageError("--output is not a file name: " + value, err);
      }
    }
    if (people == null || flights == null || output == null) {
      return usageError("--people, --flights and --output are required", err);
    }
    Path folder = output.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      err.println("plan-scenario: cannot write --output " + output + ": no such folder");
      return PlanCommand.BAD_INPUT;
    }
    PlanningProblem problem =
        ScenarioGenerator.generate(
            new ScenarioGenerator.Settings(people, flights, seed, destinations, start));
    try {
      PlanCommand.writeWhole(output, PlanJson.write(problem));
    } catch (IOException e) {
      err.println("plan-scenario: cannot write --output " + output + ": " + TextFiles.reason(e));
      return PlanCommand.BAD_INPUT;
    }
    out.printf(
        "plan-scenario: %d households, %d people, %d flights to %d destinations; written to %s%n",
        problem.households().size(),
        problem.households().stream().mapToInt(h -> h.members().size()).sum(),
        problem.flights().size(),
        problem.flights().stream().map(PlanFlight::destination).distinct().count(),
        output);
    return PlanCommand.OK;
  }

  private static int positive(String option, String value) {
    int number = Integer.parseInt(value);
    if (number < 1) {
      throw new NumberFormatException(value);
    }
    return number;
  }

  private static int usageError(String message, PrintStream err) {
    err.println("plan-scenario: " + message);
    err.println(HELP);
    return PlanCommand.USAGE;
  }

  /** The options, as help shows them. */
  public static final String HELP =
      """
      usage: java -jar homeward.jar plan-scenario --people N --flights N --output FILE [options]
        --people N          ready people, in households of 1 to 8
        --flights N         flights of 150 to 180 seats
        --output FILE       the scenario, in the format of the plan command
        --seed S            the same seed gives the same scenario (1)
        --destinations N    countries flown to, CMR, NGA, SEN, CIV first (6; from 9 flights
                            one more per 50 flights, at most 10)
        --start DATE        the first day flights may leave (2026-09-07)\
      """;
}
