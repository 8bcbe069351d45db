package org.homeward;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The command line of the one jar: {@code java -jar homeward.jar [COMMAND] [options]}. Without a
 * command (or with only {@code --options}) it runs the server; with a command name first it runs
 * that tool, a thin entry point in the module it belongs to, calling the same engine the server
 * uses and starting no web server. Help, the version and an unknown command are answered here,
 * before anything starts.
 */
final class CommandLine {

  /**
   * What {@code help} shows of a command, and its entry point, which returns the process exit code
   * ({@code null} for the server, which Spring runs).
   */
  record Command(
      String name,
      String summary,
      String usage,
      String example,
      Function<String[], Integer> entry) {

    void help(PrintStream out) {
      out.println(summary);
      out.println();
      out.println(usage.stripTrailing());
      out.println();
      out.println("example:");
      out.println("  " + example);
    }
  }

  static final Command SERVER =
      new Command(
          "server",
          "Runs Homeward: the web pages and the API, with its embedded PostgreSQL.",
          """
          usage: java -jar homeward.jar [--server.port=N] [--spring.property=value ...]
            --server.port=N            the HTTP port (8080)
            --NAME=VALUE               any other Spring Boot property, e.g. --homeward.demo=false
          settings from the environment:
            HOMEWARD_HOME              the folder for the database, keys and logs (./data)
            HOMEWARD_DEMO              load the demo households into an empty database (true)
            HOMEWARD_ADMIN_PASSWORD    the first administrator's password (else generated)
            HOMEWARD_DB_URL            an external PostgreSQL instead of the embedded one, with
            HOMEWARD_DB_USER, HOMEWARD_DB_PASSWORD
            HOMEWARD_LOG_FORMAT        plain, json (ECS), logstash or gelf (plain)
            HOMEWARD_LOG_REQUESTS      one log line per request (false)
          """,
          "HOMEWARD_HOME=/srv/homeward java -jar homeward.jar --server.port=8080",
          null);

  /** The commands in the order help lists them; a new command adds one entry here. */
  static final List<Command> COMMANDS =
      List.of(
          SERVER,
          new Command(
              "match",
              "Finds the same person registered more than once in a CSV file, without a database.",
              """
              usage: java -jar homeward.jar match --input records.csv --output pairs.csv [options]
                --input FILE          registrations: record_id,given_name,family_name,sex,
                                      date_of_birth,dob_estimated,nationality,place_of_birth,
                                      phone,document_type,document_number
                --output FILE         record_id_a,record_id_b,score for each pair judged the same
                                      person (score: probability, 0 to 1)
                --threshold P         probability from which a pair is the same person (0.7)
                --name-variants FILE  extra groups of name spellings, one group per line
                --verbose             also print the fitted model
              """,
              "java -jar homeward.jar match --input records.csv --output pairs.csv",
              org.homeward.matching.MatchCommand::run),
          new Command(
              "generate",
              "Fills a database with realistic generated households, for trials and benchmarks.",
              org.homeward.registry.generate.GenerateCommand.USAGE,
              "java -jar homeward.jar generate --cases 100000 --home /tmp/homeward-trial",
              org.homeward.registry.generate.GenerateCommand::run),
          new Command(
              "backup",
              "Backs up the registry and its keys into a folder, while Homeward runs or not.",
              org.homeward.shared.database.BackupCommand.HELP,
              "java -jar homeward.jar backup --to /srv/backups/homeward-2026-12-01"
                  + " --passphrase-file /etc/homeward/backup-passphrase",
              org.homeward.shared.database.BackupCommand::run),
          new Command(
              "restore",
              "Rebuilds an empty home folder from a backup and checks every table against it.",
              org.homeward.shared.database.RestoreCommand.HELP,
              "java -jar homeward.jar restore --from /srv/backups/homeward-2026-12-01"
                  + " --home /srv/homeward --passphrase-file /etc/homeward/backup-passphrase",
              org.homeward.shared.database.RestoreCommand::run),
          new Command(
              "funds",
              "Computes a funding position (pledged, received, spent, available, the day the money"
                  + " runs out) from a scenario file, without a database.",
              org.homeward.funding.FundsCommand.HELP,
              "java -jar homeward.jar funds --scenario scenario.json",
              org.homeward.funding.FundsCommand::run),
          new Command(
              "plan",
              "Plans ready households onto flights from a scenario file, without a database.",
              org.homeward.movement.planner.PlanCommand.HELP,
              "java -jar homeward.jar plan --scenario scenario.json --output plan.json",
              org.homeward.movement.planner.PlanCommand::run),
          new Command(
              "plan-scenario",
              "Generates a realistic planning scenario for the plan command.",
              org.homeward.movement.planner.PlanScenarioCommand.HELP,
              "java -jar homeward.jar plan-scenario --people 20000 --flights 100 --seed 1"
                  + " --output scenario.json",
              org.homeward.movement.planner.PlanScenarioCommand::run));

  static final int USAGE_ERROR = 2;

  private CommandLine() {}

  /**
   * What {@code args} ask for: an exit code when it was answered here or by a command, empty when
   * the server should start.
   */
  static OptionalInt dispatch(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      return OptionalInt.empty();
    }
    String first = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (first) {
      case "--help", "-h", "help" -> {
        if (rest.length == 0) {
          overview(out);
          return OptionalInt.of(0);
        }
        return OptionalInt.of(helpOn(rest[0], out, err));
      }
      case "--version", "version" -> {
        out.println("homeward " + version());
        return OptionalInt.of(0);
      }
      default -> {
        // the server's options are Spring properties: --server.port=8080
        if (first.startsWith("-")) {
          return Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")
              ? OptionalInt.of(helpOn(SERVER.name(), out, err))
              : OptionalInt.empty();
        }
      }
    }
    Optional<Command> command = find(first);
    if (command.isEmpty()) {
      err.println("homeward: unknown command: " + first);
      err.println("the commands are: " + names());
      err.println("java -jar homeward.jar --help tells what each does");
      return OptionalInt.of(USAGE_ERROR);
    }
    if (rest.length > 0 && (rest[0].equals("--help") || rest[0].equals("-h"))) {
      command.get().help(out);
      return OptionalInt.of(0);
    }
    if (command.get().entry() == null) {
      // "server" spelt out: the same as no command
      return rest.length == 0 ? OptionalInt.empty() : OptionalInt.of(serverWithOptions(rest, err));
    }
    return OptionalInt.of(command.get().entry().apply(rest));
  }

  private static int serverWithOptions(String[] rest, PrintStream err) {
    err.println("homeward: give the server's options without the word server, e.g.");
    err.println("  java -jar homeward.jar " + String.join(" ", rest));
    return USAGE_ERROR;
  }

  private static int helpOn(String name, PrintStream out, PrintStream err) {
    Optional<Command> command = find(name);
    if (command.isEmpty()) {
      err.println("homeward: no command " + name + "; the commands are: " + names());
      return USAGE_ERROR;
    }
    command.get().help(out);
    return 0;
  }

  static void overview(PrintStream out) {
    out.println("Homeward " + version() + ": assisted voluntary return and reintegration.");
    out.println();
    out.println("usage: java -jar homeward.jar [COMMAND] [options]");
    out.println();
    out.println("commands:");
    for (Command command : COMMANDS) {
      out.printf("  %-13s %s%n", command.name(), command.summary());
    }
    out.println();
    out.println("Without a command, or with only --options, it runs the server.");
    out.println(
        "java -jar homeward.jar COMMAND --help   shows a command's options and an example.");
    out.println("java -jar homeward.jar --version        shows the version.");
    out.println();
    out.println("examples:");
    for (Command command : COMMANDS) {
      out.println("  " + command.example());
    }
  }

  private static Optional<Command> find(String name) {
    return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  private static String names() {
    return String.join(", ", COMMANDS.stream().map(Command::name).toList());
  }

  private static String version() {
    String version = CommandLine.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }
}
