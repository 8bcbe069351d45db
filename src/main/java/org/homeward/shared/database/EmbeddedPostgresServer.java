package org.homeward.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server of a one-machine mission, run by the application itself: its production
 * database, not a test fixture.
 *
 * <ul>
 *   <li><b>Durable</b>: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on
 *       (PostgreSQL's own defaults, which the embedding library turns off for tests), data page
 *       checksums on a new cluster.
 *   <li><b>Closed</b>: it listens on 127.0.0.1 only, without a Unix socket, and every connection
 *       signs in with scram-sha-256: the application as its own role, which owns the registry's
 *       database and is no superuser; the superuser only for set-up and restores. Both passwords
 *       are generated once into the secrets folder.
 *   <li><b>Back after any crash</b>: a lock on the home folder tells a second application (refused)
 *       from a server orphaned by a dead one (stopped cleanly, then started afresh); PostgreSQL
 *       replays its log after a crash for as long as it needs, with its progress in the log.
 * </ul>
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  /**
   * How to run it: the home folder, where the server programs are unpacked, the port (0: any free
   * one), how long a clean stop may take before it is forced, and settings added to (or replacing)
   * the durable ones.
   */
  public record Settings(
      Path home, Path binaries, int port, Duration stopTimeout, Map<String, String> overrides) {
    public Settings {
      home = home.toAbsolutePath().normalize();
      binaries = binaries.toAbsolutePath().normalize();
      overrides = Map.copyOf(overrides);
    }

    public static Settings of(Path home) {
      return new Settings(
          home, home.resolve("postgres-binaries"), 0, Duration.ofMinutes(5), Map.of());
    }
  }

  private final Settings settings;
  private final HomeLock lock;
  private final PostgresBinaries binaries;
  private final DatabaseCredentials credentials;
  private final Path dataDirectory;
  private final int port;
  private volatile boolean stopped;

  private EmbeddedPostgresServer(
      Settings settings,
      HomeLock lock,
      PostgresBinaries binaries,
      DatabaseCredentials credentials,
      int port) {
    this.settings = settings;
    this.lock = lock;
    this.binaries = binaries;
    this.credentials = credentials;
    this.dataDirectory = dataDirectory(settings.home());
    this.port = port;
  }

  static Path dataDirectory(Path home) {
    return home.resolve("postgres");
  }

  static Path logFile(Path home) {
    return home.resolve("logs").resolve("postgresql.log");
  }

  /** Starts the server on the home folder, creating its cluster on the first start. */
  public static EmbeddedPostgresServer start(Settings settings) {
    long started = System.nanoTime();
    HomeLock lock = HomeLock.acquire(settings.home());
    try {
      Path data = dataDirectory(settings.home());
      PostgresBinaries binaries = PostgresBinaries.in(settings.binaries());
      Files.createDirectories(logFile(settings.home()).getParent());
      stopOrphan(binaries, data, settings.stopTimeout());
      Optional<DatabaseCredentials> known = DatabaseCredentials.load(settings.home());
      DatabaseCredentials credentials =
          known.isPresent() ? known.get() : DatabaseCredentials.pending(settings.home());
      boolean created = false;
      if (!Files.exists(data.resolve("PG_VERSION"))) {
        ClusterSetup.initdb(binaries, settings.home(), credentials);
        created = true;
      }
      if (known.isEmpty()) {
        ClusterSetup.setPasswords(binaries, data, credentials);
        credentials.confirm(settings.home());
      }
      ClusterSetup.writeAccessRules(data);
      int port = settings.port() == 0 ? freePort() : settings.port();
      EmbeddedPostgresServer server =
          new EmbeddedPostgresServer(settings, lock, binaries, credentials, port);
      server.startPostmaster();
      RegistryDatabase.prepare(server::superuserConnection, credentials.user());
      log.info(
          "database: embedded PostgreSQL {} on 127.0.0.1:{}, data in {} ({}, {} ms)",
          server.version(),
          port,
          data,
          created ? "new cluster" : "existing cluster",
          (System.nanoTime() - started) / 1_000_000);
      return server;
    } catch (IOException e) {
      lock.close();
      throw new UncheckedIOException(
          "cannot start the embedded PostgreSQL in " + settings.home(), e);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  public int port() {
    return port;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** The address of the registry's database. */
  public String jdbcUrl() {
    return jdbcUrl(port, DatabaseCredentials.DATABASE);
  }

  public String user() {
    return credentials.user();
  }

  public String password() {
    return credentials.password();
  }

  /** A superuser connection, for restores and maintenance only. */
  Connection superuserConnection(String database) throws SQLException {
    return connect(port, database, DatabaseCredentials.SUPERUSER, credentials.superuserPassword());
  }

  static String jdbcUrl(int port, String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Stops the server cleanly (every commit is on disk already), then releases the home folder. */
  @Override
  public void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      long started = System.nanoTime();
      if (!PostgresPrograms.pgCtlStop(binaries, dataDirectory, "fast", settings.stopTimeout())) {
        log.warn("PostgreSQL did not stop in {}: stopping it at once", settings.stopTimeout());
        PostgresPrograms.pgCtlStop(binaries, dataDirectory, "immediate", Duration.ofMinutes(1));
      }
      log.info("embedded PostgreSQL stopped ({} ms)", (System.nanoTime() - started) / 1_000_000);
    } finally {
      lock.close();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // start-up steps

  /**
   * A server still running on our data directory was left by an application that ended without
   * stopping it (we hold the home lock, so no live application owns it). It is stopped cleanly, so
   * that this start gets our settings, then started afresh. A pid file naming no live server is
   * left to PostgreSQL, which checks it safely, shared memory included, and recovers.
   */
  private static void stopOrphan(PostgresBinaries binaries, Path data, Duration timeout)
      throws IOException {
    Optional<PidFile> pidFile = PidFile.read(data);
    if (pidFile.isEmpty()) {
      return;
    }
    PidFile earlier = pidFile.get();
    Optional<ProcessHandle> process =
        ProcessHandle.of(earlier.pid()).filter(ProcessHandle::isAlive);
    boolean isPostgres =
        process.flatMap(p -> p.info().command()).map(c -> c.endsWith("/postgres")).orElse(false);
    if (!isPostgres) {
      if (process.isPresent()) {
        // the pid was given to another program since: PostgreSQL would take it for its own
        Files.deleteIfExists(data.resolve("postmaster.pid"));
        log.warn(
            "removed a stale postmaster.pid: its pid {} now belongs to another program",
            earlier.pid());
      } else {
        log.warn(
            "PostgreSQL did not stop cleanly last time (stale postmaster.pid, pid {} gone):"
                + " it replays its write-ahead log on this start",
            earlier.pid());
      }
      return;
    }
    boolean answering = answers(earlier.port());
    log.warn(
        "found the PostgreSQL of an earlier run still running on {} (pid {}, port {}, {}),"
            + " orphaned when its application ended without stopping it: stopping it cleanly"
            + " and starting afresh",
        data,
        earlier.pid(),
        earlier.port(),
        answering ? "answering" : "not answering");
    if (!PostgresPrograms.pgCtlStop(binaries, data, "fast", timeout)) {
      log.warn("the earlier PostgreSQL did not stop in {}: stopping it at once", timeout);
      process.get().destroyForcibly();
    }
    try {
      process.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(
          "the earlier PostgreSQL (pid " + earlier.pid() + ") on " + data + " does not stop", e);
    }
    log.info("the earlier PostgreSQL (pid {}) has stopped", earlier.pid());
  }

  /** The settings the server runs with; later entries win. */
  private Map<String, String> serverSettings() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("listen_addresses", "127.0.0.1");
    values.put("unix_socket_directories", "");
    values.put("fsync", "on");
    values.put("synchronous_commit", "on");
    values.put("full_page_writes", "on");
    values.put("wal_sync_method", "fdatasync");
    values.put("password_encryption", "scram-sha-256");
    values.put("timezone", "UTC");
    values.put("max_connections", "50");
    values.put("log_startup_progress_interval", "10s");
    values.put("log_checkpoints", "on");
    values.putAll(settings.overrides());
    return values;
  }

  private void startPostmaster() throws IOException {
    List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port)));
    serverSettings()
        .forEach((name, value) -> {
          if (!name.matches("[a-z_.]+") || !value.matches("[A-Za-z0-9_./:,+-]*")) {
            throw new IllegalArgumentException(
                "homeward.db.embedded.settings: cannot pass " + name + "=" + value);
          }
          options.add("-c");
          options.add(name + "=" + value);
        });
    Path logFile = logFile(settings.home());
    long logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
    for (int attempt = 1; ; attempt++) {
      PostgresPrograms.run(
          binaries.command(
              "pg_ctl",
              "start",
              "-D",
              dataDirectory.toString(),
              "-l",
              logFile.toString(),
              "-W",
              "-o",
              String.join(" ", options)),
          settings.home(),
          Duration.ofMinutes(1));
      Optional<String> failure = awaitReady(logFile, logStart);
      if (failure.isEmpty()) {
        return;
      }
      // the children of a killed server may still hold its shared memory for a moment
      boolean transientClash =
          failure.get().contains("is still in use") || failure.get().contains("already exists");
      if (!transientClash || attempt == 10) {
        throw new IllegalStateException(
            "the embedded PostgreSQL did not start: " + failure.get() + " (see " + logFile + ")");
      }
      log.info("PostgreSQL cannot start yet ({}): trying again", failure.get());
      sleep(Duration.ofSeconds(1));
      logStart = Files.size(logFile);
    }
  }

  /**
   * Waits for the server to accept connections, for as long as its recovery takes, relaying what it
   * logs meanwhile. Answers the reason when the server process ended instead.
   */
  private Optional<String> awaitReady(Path logFile, long logStart) throws IOException {
    long started = System.nanoTime();
    long nextProgress = started + PROGRESS_EVERY.toNanos();
    LogTail tail = new LogTail(logFile, logStart);
    String lastLine = "";
    while (true) {
      for (String line : tail.newLines()) {
        log.info("postgres: {}", line);
        lastLine = line;
      }
      Optional<PidFile> pid = PidFile.read(dataDirectory);
      if (pid.isPresent() && pid.get().status().equals("ready") && answers(port)) {
        for (String line : tail.newLines()) {
          log.info("postgres: {}", line);
        }
        return Optional.empty();
      }
      boolean alive =
          pid.isPresent()
              && ProcessHandle.of(pid.get().pid()).map(ProcessHandle::isAlive).orElse(false);
      long elapsed = System.nanoTime() - started;
      if (!alive && elapsed > Duration.ofSeconds(3).toNanos()) {
        sleep(Duration.ofMillis(200));
        for (String line : tail.newLines()) {
          log.info("postgres: {}", line);
          lastLine = line;
        }
        if (PidFile.read(dataDirectory).map(p -> p.status().equals("ready")).orElse(false)) {
          continue;
        }
        return Optional.of(lastLine.isBlank() ? "the server process ended" : lastLine);
      }
      if (System.nanoTime() > nextProgress) {
        log.info(
            "PostgreSQL is still starting after {} s (after a crash it first replays its"
                + " write-ahead log; this takes as long as it needs)",
            Duration.ofNanos(elapsed).toSeconds());
        nextProgress += PROGRESS_EVERY.toNanos();
      }
      sleep(Duration.ofMillis(50));
    }
  }

  private String version() {
    try (Connection c = superuserConnection("template1");
        Statement sql = c.createStatement();
        var rs = sql.executeQuery("SHOW server_version")) {
      return rs.next() ? rs.getString(1) : "?";
    } catch (SQLException e) {
      return "?";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  /**
   * A connection as the application's role to the embedded server that a running Homeward started
   * on {@code home}: its port from the pid file, the credentials from the secrets folder.
   */
  static Connection connectToRunning(Path home) throws IOException, SQLException {
    int port =
        PidFile.read(dataDirectory(home))
            .map(PidFile::port)
            .filter(p -> p > 0)
            .orElseThrow(() ->
                new IOException("Homeward runs on " + home + " but its database is not ready yet"));
    DatabaseCredentials credentials =
        DatabaseCredentials.load(home)
            .orElseThrow(() -> new IOException("no database credentials in " + home + "/secrets"));
    return connect(port, DatabaseCredentials.DATABASE, credentials.user(), credentials.password());
  }

  static Connection connect(int port, String database, String user, String password)
      throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "10");
    return DriverManager.getConnection(jdbcUrl(port, database), properties);
  }

  static boolean answers(int port) {
    if (port <= 0) {
      return false;
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
    }
  }
}
