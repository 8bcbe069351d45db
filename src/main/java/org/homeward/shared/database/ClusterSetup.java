package org.homeward.shared.database;

import static org.homeward.shared.database.EmbeddedPostgresServer.dataDirectory;
import static org.homeward.shared.database.EmbeddedPostgresServer.logFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.homeward.shared.files.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cluster made ready before its server starts: created whole, its two passwords set with no
 * network open, and the rules of who may connect written.
 */
final class ClusterSetup {

  private static final Logger log = LoggerFactory.getLogger(ClusterSetup.class);

  private ClusterSetup() {}

  /**
   * A new cluster, created beside its final place and moved there when complete, so a crash during
   * initdb never leaves half a cluster in the data directory.
   */
  static void initdb(PostgresBinaries binaries, Path home, DatabaseCredentials credentials)
      throws IOException {
    Path data = dataDirectory(home);
    if (Files.isDirectory(data)) {
      try (var entries = Files.list(data)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalStateException(
              data
                  + " holds files but no PostgreSQL cluster (no PG_VERSION): move it away to let"
                  + " Homeward create a new one");
        }
      }
      Files.delete(data);
    }
    Path partial = home.resolve("postgres.initdb");
    deleteTree(partial);
    Path passwordFile = home.resolve("secrets").resolve(".initdb-password");
    DurableFiles.writePrivate(
        passwordFile, credentials.superuserPassword().getBytes(StandardCharsets.UTF_8));
    long started = System.nanoTime();
    try {
      PostgresPrograms.run(
          binaries.command(
              "initdb",
              "-D",
              partial.toString(),
              "-U",
              DatabaseCredentials.SUPERUSER,
              "--auth=scram-sha-256",
              "--pwfile=" + passwordFile,
              "-E",
              "UTF-8",
              "--data-checksums",
              "--no-instructions"),
          home,
          Duration.ofMinutes(10));
    } finally {
      Files.deleteIfExists(passwordFile);
    }
    Files.move(partial, data, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    DurableFiles.forceFolder(home);
    log.info(
        "created a new PostgreSQL cluster in {} ({} ms)",
        data,
        (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Sets both passwords with the server stopped, in PostgreSQL's single-user mode (no network, no
   * sign-in): for a new cluster, and for one made by an earlier version that trusted every local
   * connection.
   */
  static void setPasswords(PostgresBinaries binaries, Path data, DatabaseCredentials credentials)
      throws IOException {
    String role = credentials.user();
    String sql =
        String.join(
            "\n",
            "ALTER ROLE "
                + DatabaseCredentials.SUPERUSER
                + " PASSWORD '"
                + credentials.superuserPassword()
                + "';",
            "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
                + role
                + "') THEN CREATE ROLE "
                + role
                + " LOGIN; END IF; END$$;",
            "ALTER ROLE " + role + " LOGIN NOSUPERUSER PASSWORD '" + credentials.password() + "';",
            "");
    List<String> command =
        binaries.command(
            "postgres",
            "--single",
            "-D",
            data.toString(),
            "-c",
            "exit_on_error=on",
            "-c",
            "password_encryption=scram-sha-256",
            "template1");
    Path input = data.getParent().resolve("secrets").resolve(".database-setup.sql");
    DurableFiles.writePrivate(input, sql.getBytes(StandardCharsets.UTF_8));
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectInput(input.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(data.getParent()).toFile()));
      Process process = builder.start();
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "cannot set the database passwords; see " + logFile(data.getParent()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while setting the database passwords", e);
    } finally {
      Files.deleteIfExists(input);
    }
    log.info("set the database passwords (kept in {})", DatabaseCredentials.file(data.getParent()));
  }

  /** Who may connect: password sign-in over the loopback interface, nothing else. */
  static void writeAccessRules(Path data) throws IOException {
    String rules =
        String.join(
            "\n",
            "# Written by Homeward at every start: edits are lost.",
            "# TYPE  DATABASE     USER      ADDRESS        METHOD",
            "host    all          all       127.0.0.1/32   scram-sha-256",
            "host    replication  postgres  127.0.0.1/32   scram-sha-256",
            "");
    DurableFiles.writePrivate(data.resolve("pg_hba.conf"), rules.getBytes(StandardCharsets.UTF_8));
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
