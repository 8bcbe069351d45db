package org.homeward.registry.generate;

import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.homeward.shared.crypto.FieldEncryption;
import org.homeward.shared.crypto.FieldEncryptionConfiguration;
import org.homeward.shared.database.EmbeddedPostgresServer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * {@code homeward generate --cases N}: fills the database with realistic households, without a
 * server, for trials and benchmarks at scale. Uses the same schema (migrated first), the same key
 * ring (sensitive categories sealed per person, blind-indexed tags) and the same search columns as
 * a registration; streams the households in chunks of {@value #CHUNK} cases, each written with
 * {@code COPY} in one transaction, so a million cases take minutes and little memory. Generated
 * cases carry a status history but no audit entries: nobody did anything to them.
 */
public final class GenerateCommand {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE_ERROR = 2;
  static final int CHUNK = 10_000;

  public static final String USAGE =
      """
      usage: java -jar homeward.jar generate --cases N [options]
        --cases N           how many households to add (required), e.g. 1000000
        --home DIR          the Homeward home folder, as HOMEWARD_HOME ($HOMEWARD_HOME, else ./data);
                            refused while a server runs on it
        --seed S            the same seed gives the same households (1)
        --missions A,B,...  the registering missions (MAR,MAR-RBA,MAR-OUJ,MAR-TNG)
      With HOMEWARD_DB_URL (and HOMEWARD_DB_USER, HOMEWARD_DB_PASSWORD) it writes to that database
      instead of the embedded one.
      """;

  private GenerateCommand() {}

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("generate: " + e.getMessage());
      err.print(USAGE);
      return USAGE_ERROR;
    }
    if (options.help) {
      out.print(USAGE);
      return OK;
    }
    quietLogs();
    Path home = options.home != null ? options.home : Path.of(envOr("HOMEWARD_HOME", "./data"));
    String externalUrl = System.getenv("HOMEWARD_DB_URL");
    try {
      if (externalUrl != null && !externalUrl.isBlank()) {
        return generate(
            options,
            home,
            externalUrl,
            envOr("HOMEWARD_DB_USER", "homeward"),
            envOr("HOMEWARD_DB_PASSWORD", ""),
            out);
      }
      try (EmbeddedPostgresServer postgres =
          EmbeddedPostgresServer.start(EmbeddedPostgresServer.Settings.of(home))) {
        return generate(
            options, home, postgres.jdbcUrl(), postgres.user(), postgres.password(), out);
      }
    } catch (IllegalStateException e) {
      // the home lock: a server (or another generate) runs on this home
      err.println("generate: " + e.getMessage());
      return FAILED;
    } catch (SQLException | RuntimeException e) {
      err.println(
          "generate: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return FAILED;
    }
  }

  private static int generate(
      Options options, Path home, String url, String user, String password, PrintStream out)
      throws SQLException {
    long start = System.nanoTime();
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    FieldEncryption encryption =
        FieldEncryptionConfiguration.generatedRing(
            home.resolve("secrets").resolve("field-keys.properties"));
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(false);
      List<String> unknown = unknownMissions(db, options.missions);
      if (!unknown.isEmpty()) {
        out.println("generate: no such mission: " + String.join(", ", unknown));
        return USAGE_ERROR;
      }
      CaseNumbers numbers = CaseNumbers.read(db);
      HouseholdGenerator households =
          new HouseholdGenerator(options.seed, options.missions, LocalDate.now(), encryption);
      CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
      long people = 0;
      for (long done = 0; done < options.cases; ) {
        int size = (int) Math.min(CHUNK, options.cases - done);
        Rows rows = new Rows();
        for (int i = 0; i < size; i++) {
          households.next(numbers, rows);
        }
        rows.copyInto(copy);
        numbers.save(db);
        db.commit();
        done += size;
        people += rows.people;
        if (done % 100_000 == 0 || done == options.cases) {
          double seconds = (System.nanoTime() - start) / 1e9;
          out.printf(
              Locale.ROOT,
              "generate: %d cases, %d people (%.0f cases/s)%n",
              done,
              people,
              done / seconds);
        }
      }
      db.setAutoCommit(true);
      try (var vacuum = db.createStatement()) {
        // each chunk added its rows to the counts by status: one row per group again
        vacuum.execute("SELECT registry_case_count_fold()");
        // fresh statistics, so the planner knows the tables grew, and a visibility map, so that
        // counts can be answered from the indexes alone
        vacuum.execute(
            "VACUUM (ANALYZE) registry_case, registry_person, registry_status_change,"
                + " registry_consent, registry_case_count");
      }
      out.printf(
          Locale.ROOT,
          "generate: done, %d cases in %.1f s%n",
          options.cases,
          (System.nanoTime() - start) / 1e9);
    }
    return OK;
  }

  private static List<String> unknownMissions(Connection db, List<String> missions)
      throws SQLException {
    List<String> unknown = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement("SELECT 1 FROM organisation_mission WHERE code = ?")) {
      for (String mission : missions) {
        query.setString(1, mission);
        try (ResultSet rs = query.executeQuery()) {
          if (!rs.next()) {
            unknown.add(mission);
          }
        }
      }
    }
    db.rollback();
    return unknown;
  }

  /** Without Spring's logging set-up, Logback would print every library's debug lines. */
  private static void quietLogs() {
    if (org.slf4j.LoggerFactory.getILoggerFactory()
        instanceof ch.qos.logback.classic.LoggerContext logs) {
      logs.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
      logs.getLogger("org.homeward").setLevel(ch.qos.logback.classic.Level.INFO);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** The case number series, continued from what the database holds. */
  static final class CaseNumbers {
    private final Map<String, Integer> last = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();

    private final Connection db;

    private CaseNumbers(Connection db) {
      this.db = db;
    }

    static CaseNumbers read(Connection db) {
      return new CaseNumbers(db);
    }

    String next(String mission, int year) {
      String key = mission + "/" + year;
      if (!last.containsKey(key)) {
        last.put(key, lastGiven(mission, year));
      }
      changed.add(key);
      int number = last.merge(key, 1, Integer::sum);
      return "%s-%d-%06d".formatted(mission.replace("-", ""), year, number);
    }

    /** The last number the database gave in the series: generated cases continue from it. */
    private int lastGiven(String mission, int year) {
      try (PreparedStatement query =
          db.prepareStatement("SELECT registry_last_case_number(?, ?)")) {
        query.setString(1, mission);
        query.setInt(2, year);
        try (ResultSet rs = query.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read the case number series " + mission, e);
      }
    }

    void save(Connection db) throws SQLException {
      try (PreparedStatement upsert =
          db.prepareStatement("SELECT registry_continue_case_numbers(?, ?, ?)")) {
        for (String key : changed) {
          int slash = key.lastIndexOf('/');
          upsert.setString(1, key.substring(0, slash));
          upsert.setInt(2, Integer.parseInt(key.substring(slash + 1)));
          upsert.setInt(3, last.get(key));
          upsert.execute();
        }
      }
      changed.clear();
    }
  }

  /** One chunk's rows, as COPY text, table by table. */
  static final class Rows {
    final StringBuilder cases = new StringBuilder(1 << 20);
    final StringBuilder persons = new StringBuilder(1 << 21);
    final StringBuilder history = new StringBuilder(1 << 20);
    final StringBuilder consents = new StringBuilder(1 << 19);
    long people;

    void copyInto(CopyManager copy) throws SQLException {
      try {
        copy.copyIn(
            "COPY registry_case (id, case_number, mission_code, status, status_changed_at,"
                + " destination_country, final_destination, registration_site, registration_date,"
                + " priority, priority_level, version, created_at, created_by, updated_at,"
                + " updated_by, handed_over, search_names) FROM STDIN",
            new StringReader(cases.toString()));
        copy.copyIn(
            "COPY registry_person (id, case_id, position, relationship, given_name, family_name,"
                + " other_names, sex, date_of_birth, dob_estimated, nationality, place_of_birth,"
                + " languages, phone, current_city, documents, vulnerabilities,"
                + " derived_vulnerabilities, sensitive_data, sensitive_key, sensitive_tags,"
                + " search_name) FROM STDIN",
            new StringReader(persons.toString()));
        copy.copyIn(
            "COPY registry_status_change (case_id, from_status, to_status, reason, actor, at)"
                + " FROM STDIN",
            new StringReader(history.toString()));
        copy.copyIn(
            "COPY registry_consent (case_id, declared_on, counsellor, language, signed,"
                + " recorded_by, recorded_at) FROM STDIN",
            new StringReader(consents.toString()));
      } catch (java.io.IOException e) {
        throw new SQLException("cannot copy the generated rows", e);
      }
    }
  }

  /** COPY's text format: one field, escaped, or \N for null. */
  static void field(StringBuilder row, Object value, boolean last) {
    if (value == null) {
      row.append("\\N");
    } else if (value instanceof byte[] bytes) {
      row.append("\\\\x").append(HexFormat.of().formatHex(bytes));
    } else {
      String text = value.toString();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '\\' -> row.append("\\\\");
          case '\t' -> row.append("\\t");
          case '\n' -> row.append("\\n");
          case '\r' -> row.append("\\r");
          default -> row.append(c);
        }
      }
    }
    row.append(last ? '\n' : '\t');
  }

  /** A PostgreSQL text array literal; the elements here hold no quotes or backslashes. */
  static String array(List<String> values) {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      text.append(i == 0 ? "" : ",").append('"').append(values.get(i)).append('"');
    }
    return text.append('}').toString();
  }

  private static final class Options {
    long cases = -1;
    Path home;
    long seed = 1;
    List<String> missions = List.of("MAR", "MAR-RBA", "MAR-OUJ", "MAR-TNG");
    boolean help;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help", "-h" -> options.help = true;
          case "--cases" -> options.cases = number(value(args, ++i, arg), arg);
          case "--home" -> options.home = Path.of(value(args, ++i, arg));
          case "--seed" -> options.seed = number(value(args, ++i, arg), arg);
          case "--missions" ->
              options.missions =
                  List.of(value(args, ++i, arg).toUpperCase(Locale.ROOT).split(",")).stream()
                      .map(String::strip)
                      .filter(m -> !m.isEmpty())
                      .distinct()
                      .toList();
          default ->
              throw new IllegalArgumentException(
                  "unknown option "
                      + arg
                      + "; the options are --cases, --home, --seed, --missions");
        }
      }
      if (!options.help && options.cases < 1) {
        throw new IllegalArgumentException("--cases N is required, N at least 1");
      }
      if (options.missions.isEmpty()) {
        throw new IllegalArgumentException("--missions needs at least one mission code");
      }
      return options;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static long number(String text, String option) {
      try {
        return Long.parseLong(text.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs a whole number, not " + text);
      }
    }
  }
}
