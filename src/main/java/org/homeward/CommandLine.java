package org.homeward;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.Function;

/**
 * The command-line tools of the one jar: {@code java -jar homeward.jar COMMAND [options]}. Each is
 * a thin entry point in the module it belongs to, calling the same engine the server uses; none
 * starts a web server.
 */
final class CommandLine {

  /** Command name to entry point; an entry point returns the process exit code. */
  static final Map<String, Function<String[], Integer>> COMMANDS =
      Map.of(
          "match",
          org.homeward.matching.MatchCommand::run,
          "funds",
          org.homeward.funding.FundsCommand::run);

  private CommandLine() {}

  static int run(String name, String[] args) {
    Function<String[], Integer> command = COMMANDS.get(name);
    if (command == null) {
      usage(System.err);
      System.err.println("unknown command: " + name);
      return 2;
    }
    return command.apply(args);
  }

  static void usage(PrintStream out) {
    out.println("usage: java -jar homeward.jar [--server.port=N]   runs the server");
    for (String name : COMMANDS.keySet().stream().sorted().toList()) {
      out.println("       java -jar homeward.jar " + name + " --help");
    }
  }
}
