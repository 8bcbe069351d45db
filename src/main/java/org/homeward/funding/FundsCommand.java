package org.homeward.funding;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.homeward.funding.engine.PositionOutcome;
import org.homeward.funding.engine.ScenarioJson;
import org.homeward.funding.engine.ScenarioProblem;
import org.homeward.shared.files.TextFiles;

/**
 * {@code homeward funds --scenario scenario.json}: prints the funding position of a scenario as
 * JSON, without a server or a database. Bad input gets one line per problem, each naming its field,
 * and exit code 1; a wrong command line gets the usage and exit code 2. The format is in
 * docs/funding.md.
 */
public final class FundsCommand {

  static final int OK = 0;
  static final int BAD_INPUT = 1;
  static final int USAGE = 2;

  /** Larger than any scenario a person writes; keeps a wrong file from filling the heap. */
  static final long MAX_SCENARIO_BYTES = 64L * 1024 * 1024;

  // Moneta logs its configuration at INFO on first use; the command's stderr is for problems.
  // Held in a field: the logging framework keeps only weak references to loggers.
  private static final Logger MONETA_LOG = Logger.getLogger("org.javamoney.moneta");

  private FundsCommand() {}

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path scenario = null;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--help", "-h" -> help = true;
        case "--scenario" -> {
          if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            return usageError("--scenario needs a file", err);
          }
          try {
            scenario = Path.of(args[++i]);
          } catch (InvalidPathException e) {
            return usageError("--scenario is not a file name: " + args[i], err);
          }
        }
        default -> {
          return usageError("unknown option " + args[i], err);
        }
      }
    }
    if (help) {
      usage(out);
      return OK;
    }
    if (scenario == null) {
      return usageError("--scenario is required", err);
    }
    try {
      return position(scenario, out, err);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      err.println(
          "funds: "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                  .lines()
                  .findFirst()
                  .orElse(""));
      return BAD_INPUT;
    }
  }

  private static int position(Path scenario, PrintStream out, PrintStream err) {
    String text;
    try {
      text = read(scenario);
    } catch (IOException e) {
      err.println("funds: cannot read --scenario " + scenario + ": " + TextFiles.reason(e));
      return BAD_INPUT;
    }
    MONETA_LOG.setLevel(Level.WARNING);
    switch (ScenarioJson.position(text)) {
      case PositionOutcome.Calculated calculated -> {
        out.println(ScenarioJson.write(calculated.position()));
        return OK;
      }
      case PositionOutcome.Refused refused -> {
        for (ScenarioProblem problem : refused.problems()) {
          err.println("funds: " + scenario + ": " + problem);
        }
        return BAD_INPUT;
      }
    }
  }

  private static String read(Path file) throws IOException {
    return TextFiles.readUtf8(file, MAX_SCENARIO_BYTES);
  }

  private static int usageError(String message, PrintStream err) {
    err.println("funds: " + message);
    usage(err);
    return USAGE;
  }

  private static void usage(PrintStream out) {
    out.println(HELP);
  }

  /** The options, as help shows them. */
  public static final String HELP =
      """
      usage: java -jar homeward.jar funds --scenario scenario.json
        --scenario FILE  the money known: {"asOf", "currency", "rates", "contributions",
                         "expenditures", "commitments"}; prints the position on asOf as JSON:
                         pledged, received, spent, committed, available, burnRatePerWeek,
                         exhaustionDate (see docs/funding.md)
      example:
        {"asOf": "2012-06-30", "currency": "USD",
         "rates": [{"date": "2012-01-01", "from": "CHF", "to": "USD", "rate": "1.08"}],
         "contributions": [{"donor": "Switzerland", "amount": "1000.00", "currency": "CHF",
                            "pledged": "2012-01-15", "received": null}],
         "expenditures": [{"date": "2012-06-01", "amount": "80.00", "currency": "USD",
                           "line": "movement"}],
         "commitments": []}\
      """;
}
