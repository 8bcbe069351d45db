package org.homeward.shared.database;

import static org.homeward.shared.database.EmbeddedPostgresServer.logFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the server's programs, their output appended to the database's log. */
final class PostgresPrograms {

  private static final Logger log = LoggerFactory.getLogger(PostgresPrograms.class);

  private PostgresPrograms() {}

  static void run(List<String> command, Path home, Duration timeout) {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(home).toFile()))
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command) + " did not finish in " + timeout);
      }
      if (process.exitValue() != 0) {
        String program =
            Path.of(command.get(command.indexOf("-U") == 1 ? 2 : 0)).getFileName().toString();
        throw new IllegalStateException(
            program + " failed with exit code " + process.exitValue() + "; see " + logFile(home));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static boolean pgCtlStop(PostgresBinaries binaries, Path data, String mode, Duration timeout) {
    try {
      run(
          binaries.command(
              "pg_ctl",
              "stop",
              "-D",
              data.toString(),
              "-m",
              mode,
              "-w",
              "-t",
              Long.toString(Math.max(1, timeout.toSeconds()))),
          data.getParent(),
          timeout.plusSeconds(30));
      return true;
    } catch (RuntimeException e) {
      log.warn("pg_ctl stop -m {}: {}", mode, e.getMessage());
      return false;
    }
  }
}
