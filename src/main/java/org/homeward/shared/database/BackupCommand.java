package org.homeward.shared.database;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.flywaydb.core.api.MigrationVersion;
import org.homeward.shared.files.DurableFiles;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.LoggerFactory;

/**
 * {@code homeward backup --to DIR}: the registry's data in one consistent snapshot, as pg_dump
 * takes it (one repeatable-read transaction, every table as COPY text), with the field encryption
 * keys without which its sealed fields are lost. Works while Homeward runs. The folder appears
 * whole or not at all: it is written as {@code DIR.partial} and renamed when complete.
 */
public final class BackupCommand {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  /** What makes COPY text the same on every server: pg_dump's choices. */
  static final List<String> SESSION_SETTINGS =
      List.of(
          "SET synchronize_seqscans = off",
          "SET DateStyle = 'ISO, MDY'",
          "SET IntervalStyle = 'postgres'",
          "SET TimeZone = 'UTC'",
          "SET extra_float_digits = 3",
          "SET bytea_output = 'hex'",
          "SET client_encoding = 'UTF8'");

  static final String KEYS_FILE = "field-keys.properties";

  private BackupCommand() {}

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("backup: " + e.getMessage());
      usage(err);
      return USAGE;
    }
    if (options.help) {
      usage(out);
      return OK;
    }
    quietLogging();
    try {
      backup(options, out, err);
      return OK;
    } catch (RuntimeException | IOException | SQLException e) {
      err.println("backup: " + message(e) + "; no backup written");
      return FAILED;
    }
  }

  private static void backup(Options options, PrintStream out, PrintStream err)
      throws IOException, SQLException {
    long started = System.nanoTime();
    Path target = options.to.toAbsolutePath().normalize();
    if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
      throw new IOException(target + " already exists and is not an empty folder");
    }
    if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
      throw new IOException("the folder of --to does not exist: " + target.getParent());
    }
    byte[] passphrase = BackupCipher.passphrase(options.passphraseFile);
    Path home = home(options.home);
    Path keys = home.resolve("secrets").resolve(KEYS_FILE);

    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    deleteTree(partial); // left by a backup that failed
    // a backup holds personal data: its folders are open to their owner only
    DurableFiles.createPrivateFolder(partial);
    DurableFiles.createPrivateFolder(partial.resolve("tables"));
    DurableFiles.createPrivateFolder(partial.resolve("secrets"));
    BackupManifest manifest;
    try {
      BackupCipher.KeyDerivation kdf =
          passphrase == null ? null : BackupCipher.KeyDerivation.fresh();
      BackupCipher cipher = kdf == null ? null : BackupCipher.derive(passphrase, kdf);
      String keysFile = null;
      if (Files.isRegularFile(keys)) {
        keysFile = "secrets/" + KEYS_FILE + (cipher == null ? "" : ".sealed");
        try (OutputStream file = outputFile(partial.resolve(keysFile));
            OutputStream sink = cipher == null ? file : cipher.seal(file, keysFile)) {
          sink.write(Files.readAllBytes(keys));
        }
      } else {
        err.println(
            "backup: WARNING: no field encryption keys in "
                + keys
                + (System.getenv().keySet().stream().anyMatch(k -> k.startsWith("HOMEWARD_CRYPTO_"))
                    ? " (they come from HOMEWARD_CRYPTO_*):"
                    : ":")
                + " back them up yourself, without them the sealed fields are lost");
      }
      try (Source source = Source.open(home, options.binaries)) {
        manifest = snapshot(source.connection(), partial, cipher, kdf, keysFile);
      }
      manifest.write(partial);
      forceTree(partial);
    } catch (IOException | SQLException | RuntimeException e) {
      deleteTree(partial);
      throw e;
    }
    if (Files.isDirectory(target)) {
      Files.delete(target); // empty, checked above
    }
    move(partial, target);
    DurableFiles.forceFolder(target.getParent());

    long compressed = manifest.tables().stream().mapToLong(BackupManifest.Table::bytes).sum();
    out.printf(
        Locale.ROOT,
        "backup: %d tables, %d rows, %.1f MB written to %s in %.1f s (schema version %s,"
            + " PostgreSQL %s)%n",
        manifest.tables().size(),
        manifest.rows(),
        compressed / 1e6,
        target,
        (System.nanoTime() - started) / 1e9,
        manifest.schemaVersion(),
        manifest.postgresVersion());
    if (manifest.fieldKeys() != null && !manifest.encrypted()) {
      err.println(
          "backup: WARNING: no passphrase given, so the backup holds the field encryption keys"
              + " in the clear: anyone who reads it reads the sealed medical and protection"
              + " data. Keep it as safe as the server, or protect it with --passphrase-file.");
    }
  }

  /** Every table and sequence of the registry in one repeatable-read, read-only transaction. */
  private static BackupManifest snapshot(
      Connection db,
      Path folder,
      BackupCipher cipher,
      BackupCipher.KeyDerivation kdf,
      String keysFile)
      throws SQLException, IOException {
    try (Statement sql = db.createStatement()) {
      for (String setting : SESSION_SETTINGS) {
        sql.execute(setting);
      }
    }
    db.setAutoCommit(false);
    try (Statement sql = db.createStatement()) {
      sql.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      String postgresVersion = single(sql, "SHOW server_version");
      String schemaVersion = schemaVersion(sql);
      List<String> tables = tables(sql);
      CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
      List<BackupManifest.Table> copied = new ArrayList<>();
      for (String table : tables) {
        String file = "tables/" + table + ".copy.gz" + (cipher == null ? "" : ".sealed");
        MessageDigest sha256 = sha256();
        long rows;
        Counting fileBytes;
        try (OutputStream raw = outputFile(folder.resolve(file));
            OutputStream sealed = cipher == null ? raw : cipher.seal(raw, file);
            Counting counted = new Counting(sealed);
            GZIPOutputStream gzip = new GZIPOutputStream(counted, 1 << 16);
            DigestOutputStream text = new DigestOutputStream(gzip, sha256)) {
          fileBytes = counted;
          rows = copy.copyOut("COPY " + quote(table) + " TO STDOUT", text);
        }
        copied.add(
            new BackupManifest.Table(
                table, rows, HexFormat.of().formatHex(sha256.digest()), file, fileBytes.count));
      }
      List<BackupManifest.Sequence> sequences = sequences(sql);
      db.commit();
      return new BackupManifest(
          BackupManifest.FORMAT,
          Instant.now().toString(),
          schemaVersion,
          postgresVersion,
          cipher != null,
          kdf == null ? null : new BackupManifest.Protection(BackupCipher.CIPHER, kdf),
          keysFile,
          copied,
          sequences);
    } finally {
      if (!db.getAutoCommit()) {
        db.rollback();
        db.setAutoCommit(true);
      }
    }
  }

  /** The highest version Flyway applied successfully. */
  static String schemaVersion(Statement sql) throws SQLException {
    MigrationVersion highest = null;
    try (ResultSet rs =
        sql.executeQuery(
            "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
      while (rs.next()) {
        MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
        if (highest == null || version.compareTo(highest) > 0) {
          highest = version;
        }
      }
    }
    if (highest == null) {
      throw new IllegalStateException("the database holds no Homeward schema (no migrations)");
    }
    return highest.getVersion();
  }

  /** The registry's tables: every ordinary table of schema public but Flyway's history. */
  static List<String> tables(Statement sql) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        sql.executeQuery(
            """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relispartition
              AND c.relname <> 'flyway_schema_history'
              AND NOT EXISTS (SELECT FROM pg_depend d
                              WHERE d.objid = c.oid AND d.deptype = 'e')
            ORDER BY c.relname
            """)) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  private static List<BackupManifest.Sequence> sequences(Statement sql) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs =
        sql.executeQuery(
            "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    List<BackupManifest.Sequence> sequences = new ArrayList<>();
    for (String name : names) {
      try (ResultSet rs =
          sql.executeQuery("SELECT last_value, is_called FROM public." + quote(name))) {
        rs.next();
        sequences.add(new BackupManifest.Sequence(name, rs.getLong(1), rs.getBoolean(2)));
      }
    }
    return sequences;
  }

  // ---------------------------------------------------------------------------------------------
  // where the database is

  /**
   * A connection to the registry: the external server when {@code HOMEWARD_DB_URL} names one; the
   * embedded server of a running Homeward (it holds the home lock) at the port of its pid file;
   * else the embedded server started for the backup and stopped after it.
   */
  record Source(Connection connection, EmbeddedPostgresServer started) implements AutoCloseable {

    static Source open(Path home, Path binaries) throws IOException, SQLException {
      String url = System.getenv("HOMEWARD_DB_URL");
      if (url != null && !url.isBlank()) {
        String user = System.getenv().getOrDefault("HOMEWARD_DB_USER", "homeward");
        String password = System.getenv().getOrDefault("HOMEWARD_DB_PASSWORD", "");
        return new Source(DriverManager.getConnection(url, user, password), null);
      }
      if (!Files.exists(home.resolve("postgres").resolve("PG_VERSION"))) {
        throw new IOException("no Homeward database in " + home + " (no postgres/ folder)");
      }
      EmbeddedPostgresServer server;
      try {
        server = EmbeddedPostgresServer.start(settings(home, binaries));
      } catch (HomeLock.HomeInUseException running) {
        return new Source(EmbeddedPostgresServer.connectToRunning(home), null);
      }
      try {
        return new Source(
            EmbeddedPostgresServer.connect(
                server.port(), DatabaseCredentials.DATABASE, server.user(), server.password()),
            server);
      } catch (SQLException e) {
        server.close();
        throw e;
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        connection.close();
      } finally {
        if (started != null) {
          started.close();
        }
      }
    }
  }

  /** The home folder: the option, else {@code HOMEWARD_HOME}, else {@code ./data}. */
  static Path home(Path option) {
    if (option != null) {
      return option.toAbsolutePath().normalize();
    }
    String env = System.getenv("HOMEWARD_HOME");
    return Path.of(env == null || env.isBlank() ? "data" : env).toAbsolutePath().normalize();
  }

  /** The embedded server of {@code home}, its programs where the server unpacks them. */
  static EmbeddedPostgresServer.Settings settings(Path home, Path binaries) {
    Path programs = binaries;
    if (programs == null) {
      String env = System.getenv("HOMEWARD_DB_EMBEDDED_BINARIES");
      programs = env == null || env.isBlank() ? home.resolve("postgres-binaries") : Path.of(env);
    }
    return new EmbeddedPostgresServer.Settings(home, programs, 0, Duration.ofMinutes(5), Map.of());
  }

  // ---------------------------------------------------------------------------------------------
  // helpers shared with the restore

  /** The server's own progress lines are for its log; a command prints its own. */
  static void quietLogging() {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
        instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  static String message(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.strip().lines().findFirst().orElse(message);
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static String single(Statement sql, String query) throws SQLException {
    try (ResultSet rs = sql.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** A new file, readable by its owner only (a backup holds personal data). */
  private static OutputStream outputFile(Path file) throws IOException {
    DurableFiles.createPrivateFolder(file.getParent());
    Files.createFile(file);
    try {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own protection applies
    }
    return new BufferedOutputStream(new FileOutputStream(file.toFile()), 1 << 16);
  }

  /** Every file and folder of the backup on disk before it takes its final name. */
  private static void forceTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (Files.isDirectory(p)) {
          DurableFiles.forceFolder(p);
        } else {
          try (var channel =
              java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
          }
        }
      }
    }
  }

  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  private static void usage(PrintStream out) {
    out.println(HELP);
  }

  /** The options, as help shows them. */
  public static final String HELP =
      """
      usage: java -jar homeward.jar backup --to DIR [options]
        --to DIR               the backup folder; it must not exist or be empty
        --passphrase-file FILE protect the backup with the passphrase in FILE (or set
                               HOMEWARD_BACKUP_PASSPHRASE): the keys and every table are
                               sealed with AES-256-GCM; without it the keys are in the clear
        --home HOME            Homeward's home folder (HOMEWARD_HOME, else ./data)
        --binaries DIR         where the embedded PostgreSQL's programs are unpacked
                               (HOMEWARD_DB_EMBEDDED_BINARIES, else HOME/postgres-binaries)
      Works while Homeward runs; with HOMEWARD_DB_URL it backs up that server instead.
      Exit code 0: written, 1: failed (nothing written), 2: wrong options.\
      """;

  private static final class Options {
    Path to;
    Path passphraseFile;
    Path home;
    Path binaries;
    boolean help;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help", "-h" -> options.help = true;
          case "--to" -> options.to = Path.of(value(args, ++i, arg));
          case "--passphrase-file" -> options.passphraseFile = Path.of(value(args, ++i, arg));
          case "--home" -> options.home = Path.of(value(args, ++i, arg));
          case "--binaries" -> options.binaries = Path.of(value(args, ++i, arg));
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      if (!options.help && options.to == null) {
        throw new IllegalArgumentException("--to is required");
      }
      return options;
    }
  }

  static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
