package org.homeward.shared.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.homeward.shared.files.DurableFiles;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * {@code homeward restore --from DIR}: rebuilds an empty home folder from a backup. The schema
 * comes from the application's own migrations, up to the backup's version; the data is loaded as
 * the superuser in one transaction with triggers off (the audit trail refuses changes by trigger,
 * and its rows are restored, not written anew), then the remaining migrations bring it to this
 * version's schema. Every table is read back and checked against the manifest before the command
 * answers. A failed restore removes what it created, so the next try starts clean.
 */
public final class RestoreCommand {

  private RestoreCommand() {}

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("restore: " + e.getMessage());
      usage(err);
      return BackupCommand.USAGE;
    }
    if (options.help) {
      usage(out);
      return BackupCommand.OK;
    }
    BackupCommand.quietLogging();
    try {
      restore(options, out, err);
      return BackupCommand.OK;
    } catch (Refused e) {
      err.println("restore: " + e.getMessage() + "; nothing was changed");
      return BackupCommand.FAILED;
    } catch (RuntimeException | IOException | SQLException e) {
      err.println(
          "restore: "
              + BackupCommand.message(e)
              + "; what the restore created was removed, the home is empty again");
      return BackupCommand.FAILED;
    }
  }

  private static void restore(Options options, PrintStream out, PrintStream err)
      throws IOException, SQLException {
    long started = System.nanoTime();
    Path from = options.from.toAbsolutePath().normalize();
    Path home = BackupCommand.home(options.home);
    if (System.getenv("HOMEWARD_DB_URL") != null && !System.getenv("HOMEWARD_DB_URL").isBlank()) {
      throw new Refused(
          "restore rebuilds an embedded database; HOMEWARD_DB_URL names an external server");
    }
    // checks that change nothing, before anything is written
    BackupManifest manifest;
    BackupCipher cipher;
    byte[] fieldKeys;
    try {
      if (!Files.isDirectory(from)) {
        throw new Refused("no backup folder " + from);
      }
      manifest = BackupManifest.read(from);
      refuseUnlessEmpty(home);
      cipher = cipher(manifest, options);
      fieldKeys = manifest.fieldKeys() == null ? null : readKeys(from, manifest, cipher);
    } catch (IOException e) {
      throw new Refused(BackupCommand.message(e));
    }
    if (fieldKeys == null) {
      err.println(
          "restore: WARNING: the backup holds no field encryption keys: give Homeward the keys"
              + " it was made with (HOMEWARD_CRYPTO_*) or its sealed fields stay unreadable");
    }

    Set<Path> before = existing(home);
    EmbeddedPostgresServer server = null;
    try {
      if (fieldKeys != null) {
        DurableFiles.writePrivate(
            home.resolve("secrets").resolve(BackupCommand.KEYS_FILE), fieldKeys);
      }
      try {
        server = EmbeddedPostgresServer.start(BackupCommand.settings(home, options.binaries));
      } catch (HomeLock.HomeInUseException e) {
        throw new Refused(e.getMessage());
      }
      migrate(server, manifest.schemaVersion());
      long rows = load(server, from, manifest, cipher);
      verify(server, manifest);
      migrate(server, null);
      server.close();
      server = null;
      out.printf(
          Locale.ROOT,
          "restore: verified %d tables, %d rows from %s into %s in %.1f s (backup of %s,"
              + " schema version %s)%n",
          manifest.tables().size(),
          rows,
          from,
          home,
          (System.nanoTime() - started) / 1e9,
          manifest.created(),
          manifest.schemaVersion());
    } catch (IOException | SQLException | RuntimeException e) {
      if (server != null) {
        server.close();
      }
      removeCreated(home, before);
      throw e;
    }
  }

  /** A home is empty when it holds no database and no field keys, and no Homeward runs on it. */
  private static void refuseUnlessEmpty(Path home) throws IOException {
    Path keys = home.resolve("secrets").resolve(BackupCommand.KEYS_FILE);
    if (Files.exists(home.resolve("postgres")) || Files.exists(keys)) {
      throw new Refused(
          home
              + " is not empty (it holds "
              + (Files.exists(home.resolve("postgres")) ? "a database, postgres/" : keys)
              + "): restore into a new home folder");
    }
    if (Files.exists(home.resolve("homeward.lock"))) {
      try (HomeLock ignored = HomeLock.acquire(home)) {
        // nobody runs on it
      } catch (HomeLock.HomeInUseException e) {
        throw new Refused(e.getMessage().replace(" Nothing was changed.", ""));
      }
    }
  }

  private static BackupCipher cipher(BackupManifest manifest, Options options) throws IOException {
    byte[] passphrase = BackupCipher.passphrase(options.passphraseFile);
    if (!manifest.encrypted()) {
      return null;
    }
    if (passphrase == null) {
      throw new IOException(
          "the backup is protected by a passphrase: give --passphrase-file FILE (or set"
              + " HOMEWARD_BACKUP_PASSPHRASE)");
    }
    return BackupCipher.derive(passphrase, manifest.protection().keyDerivation());
  }

  /** The keys file, opened: a wrong passphrase shows here, before anything is written. */
  private static byte[] readKeys(Path from, BackupManifest manifest, BackupCipher cipher)
      throws IOException {
    try (InputStream raw = Files.newInputStream(from.resolve(manifest.fieldKeys()));
        InputStream in = cipher == null ? raw : cipher.open(raw, manifest.fieldKeys())) {
      return in.readAllBytes();
    } catch (BackupCipher.WrongPassphraseException e) {
      throw new IOException("wrong passphrase: it does not open the backup in " + from);
    }
  }

  /** Flyway as the application role, up to {@code target} (null: every migration). */
  private static void migrate(EmbeddedPostgresServer server, String target) {
    var configuration =
        Flyway.configure()
            .dataSource(server.jdbcUrl(), server.user(), server.password())
            .locations("classpath:db/migration");
    if (target != null) {
      configuration = configuration.target(target);
    }
    configuration.load().migrate();
    if (target != null) {
      try (Connection db =
              EmbeddedPostgresServer.connect(
                  server.port(), DatabaseCredentials.DATABASE, server.user(), server.password());
          Statement sql = db.createStatement()) {
        String reached = BackupCommand.schemaVersion(sql);
        if (!reached.equals(target)) {
          throw new IllegalStateException(
              "the backup has schema version "
                  + target
                  + " but this Homeward's migrations reach "
                  + reached
                  + ": restore it with the Homeward version that made it, or a newer one");
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read the schema version: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Every table in one transaction, as the superuser with triggers off: the migrations' seed rows
   * go (TRUNCATE of all tables at once, so foreign keys allow it), the backup's rows come in, each
   * file checked against its row count and SHA-256 as it streams, then the sequences are set.
   */
  private static long load(
      EmbeddedPostgresServer server, Path from, BackupManifest manifest, BackupCipher cipher)
      throws SQLException, IOException {
    long rows = 0;
    try (Connection db = server.superuserConnection(DatabaseCredentials.DATABASE)) {
      try (Statement sql = db.createStatement()) {
        for (String setting : BackupCommand.SESSION_SETTINGS) {
          sql.execute(setting);
        }
      }
      db.setAutoCommit(false);
      try (Statement sql = db.createStatement()) {
        sql.execute("SET LOCAL session_replication_role = replica");
        sql.execute(
            "TRUNCATE "
                + manifest.tables().stream()
                    .map(t -> BackupCommand.quote(t.name()))
                    .collect(Collectors.joining(", ")));
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        for (BackupManifest.Table table : manifest.tables()) {
          MessageDigest sha256 = BackupCommand.sha256();
          long loaded;
          try (InputStream raw =
                  new BufferedInputStream(
                      Files.newInputStream(from.resolve(table.file())), 1 << 16);
              InputStream opened = cipher == null ? raw : cipher.open(raw, table.file());
              InputStream text =
                  new DigestInputStream(new GZIPInputStream(opened, 1 << 16), sha256)) {
            loaded = copy.copyIn("COPY " + BackupCommand.quote(table.name()) + " FROM STDIN", text);
          }
          if (loaded != table.rows()
              || !HexFormat.of().formatHex(sha256.digest()).equals(table.sha256())) {
            throw new IOException(
                "the backup's file for table "
                    + table.name()
                    + " does not match its manifest ("
                    + loaded
                    + " rows, manifest says "
                    + table.rows()
                    + "): the backup is damaged");
          }
          rows += loaded;
        }
        try (PreparedStatement setval = db.prepareStatement("SELECT setval(?::regclass, ?, ?)");
            PreparedStatement exists = db.prepareStatement("SELECT to_regclass(?) IS NOT NULL");
            Statement ddl = db.createStatement()) {
          for (BackupManifest.Sequence sequence : manifest.sequences()) {
            String name = "public." + BackupCommand.quote(sequence.name());
            exists.setString(1, name);
            boolean made;
            try (var rs = exists.executeQuery()) {
              rs.next();
              made = rs.getBoolean(1);
            }
            if (!made) {
              // a sequence made while Homeward ran (a mission's case numbers for a year), not by
              // the migrations: made here, owned by the database's owner like the rest
              ddl.execute("CREATE SEQUENCE " + name + " AS INTEGER");
              ddl.execute(
                  "DO $$ BEGIN EXECUTE format('ALTER SEQUENCE %s OWNER TO %I', '"
                      + name.replace("'", "''")
                      + "', (SELECT pg_get_userbyid(datdba) FROM pg_database"
                      + " WHERE datname = current_database())); END $$");
            }
            setval.setString(1, "public." + BackupCommand.quote(sequence.name()));
            setval.setLong(2, sequence.lastValue());
            setval.setBoolean(3, sequence.isCalled());
            setval.execute();
          }
        }
        db.commit();
      } catch (SQLException | IOException | RuntimeException e) {
        db.rollback();
        throw e;
      }
    }
    return rows;
  }

  /**
   * Reads every table back and compares it with the manifest. COPY writes the rows into the fresh
   * tables in the order it reads them, and a table scan returns a fresh table's rows in the order
   * they were written, so the restored COPY text is the backup's, byte for byte: the same SHA-256
   * proves the database holds exactly what was backed up (checked before the later migrations,
   * which may change rows on purpose).
   */
  private static void verify(EmbeddedPostgresServer server, BackupManifest manifest)
      throws SQLException, IOException {
    try (Connection db = server.superuserConnection(DatabaseCredentials.DATABASE)) {
      try (Statement sql = db.createStatement()) {
        for (String setting : BackupCommand.SESSION_SETTINGS) {
          sql.execute(setting);
        }
      }
      CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
      for (BackupManifest.Table table : manifest.tables()) {
        MessageDigest sha256 = BackupCommand.sha256();
        long rows;
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
          rows = copy.copyOut("COPY " + BackupCommand.quote(table.name()) + " TO STDOUT", sink);
        }
        if (rows != table.rows()
            || !HexFormat.of().formatHex(sha256.digest()).equals(table.sha256())) {
          throw new IllegalStateException(
              "table "
                  + table.name()
                  + " does not read back as backed up ("
                  + rows
                  + " rows, the manifest says "
                  + table.rows()
                  + ")");
        }
      }
    }
  }

  /** Everything under {@code home} at the start, so that a failed restore removes only its own. */
  private static Set<Path> existing(Path home) throws IOException {
    if (!Files.exists(home)) {
      return Set.of();
    }
    try (Stream<Path> paths = Files.walk(home)) {
      return paths.collect(Collectors.toCollection(HashSet::new));
    }
  }

  private static void removeCreated(Path home, Set<Path> before) {
    if (!Files.exists(home)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(home)) {
      List<Path> created =
          paths.filter(p -> !before.contains(p)).sorted(Comparator.reverseOrder()).toList();
      for (Path p : created) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println("restore: could not remove everything it created in " + home);
    }
  }

  /** Refused before anything was written. */
  private static final class Refused extends IllegalStateException {
    Refused(String message) {
      super(message);
    }
  }

  private static void usage(PrintStream out) {
    out.println(HELP);
  }

  /** The options, as help shows them. */
  public static final String HELP =
      """
      usage: java -jar homeward.jar restore --from DIR [options]
        --from DIR             a folder written by the backup command
        --passphrase-file FILE the passphrase the backup was protected with (or set
                               HOMEWARD_BACKUP_PASSPHRASE)
        --home HOME            the home folder to rebuild (HOMEWARD_HOME, else ./data); it
                               must hold no database and no field keys, and nothing may run on it
        --binaries DIR         where the embedded PostgreSQL's programs are unpacked
                               (HOMEWARD_DB_EMBEDDED_BINARIES, else HOME/postgres-binaries)
      Checks every table against the backup's manifest, then stops; start Homeward on HOME.
      Exit code 0: restored and verified, 1: failed (the home is left empty), 2: wrong options.\
      """;

  private static final class Options {
    Path from;
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
          case "--from" -> options.from = Path.of(BackupCommand.value(args, ++i, arg));
          case "--passphrase-file" ->
              options.passphraseFile = Path.of(BackupCommand.value(args, ++i, arg));
          case "--home" -> options.home = Path.of(BackupCommand.value(args, ++i, arg));
          case "--binaries" -> options.binaries = Path.of(BackupCommand.value(args, ++i, arg));
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      if (!options.help && options.from == null) {
        throw new IllegalArgumentException("--from is required");
      }
      return options;
    }
  }
}
