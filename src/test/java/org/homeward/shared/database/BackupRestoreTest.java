package org.homeward.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.homeward.ApiClient;
import org.homeward.HomewardApplication;
import org.homeward.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The commands as a mission runs them, each a process of its own: a backup of the demo registry
 * while Homeward runs on it, a restore into a new home, the same rows in every table, and Homeward
 * on the restored home opening the sealed medical and protection data with the restored keys.
 */
class BackupRestoreTest {

  private static final Path BINARIES = Path.of("target/postgres-binaries").toAbsolutePath();

  @TempDir Path folder;

  @Test
  void restoresARunningRegistryWithEverySealedFieldReadable() throws Exception {
    Path source = folder.resolve("source");
    Path backup = folder.resolve("backup");
    Path restored = folder.resolve("restored");
    Path passphrase = folder.resolve("passphrase");
    Files.writeString(passphrase, "correct horse battery staple\n");

    Map<String, String> sourceTables;
    String caseId;
    JsonNode sealedMember;
    try (ServerProcess server = ServerProcess.start(source, "source", "--homeward.demo=true")) {
      try (Connection db = EmbeddedPostgresServer.connectToRunning(source)) {
        awaitNoPendingReactions(db);
        caseId =
            single(
                db,
                """
                SELECT c.id FROM registry_case c JOIN registry_person p ON p.case_id = c.id
                WHERE c.mission_code = 'MAR' AND p.sensitive_data IS NOT NULL
                ORDER BY c.case_number LIMIT 1
                """);
        sealedMember = sealedMember(server.port(), caseId);

        Command backedUp =
            command(
                "backup",
                "--to",
                backup.toString(),
                "--home",
                source.toString(),
                "--passphrase-file",
                passphrase.toString());
        assertThat(backedUp.exit()).as(backedUp.output()).isZero();
        assertThat(backedUp.output()).contains("backup: ").contains("rows");
        sourceTables = checksums(db);
      }
    }
    assertThat(backup.resolveSibling("backup.partial")).doesNotExist();
    String manifest = Files.readString(backup.resolve("manifest.json"));
    assertThat(manifest).contains("\"encrypted\" : true").contains("argon2id");
    // sealed: neither the keys nor a name from the registry can be read in the backup
    try (Stream<Path> files = Files.walk(backup)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(text).as(file.toString()).doesNotContain("keys.k1").doesNotContain("index-key");
      }
    }

    Path wrong = folder.resolve("wrong");
    Files.writeString(wrong, "not the passphrase");
    Command refused =
        command(
            "restore",
            "--from",
            backup.toString(),
            "--home",
            restored.toString(),
            "--passphrase-file",
            wrong.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.output()).contains("wrong passphrase").doesNotContain("Exception");
    assertThat(!Files.exists(restored) || BackupCommand.isEmpty(restored)).isTrue();

    Command restoredRun =
        command(
            "restore",
            "--from",
            backup.toString(),
            "--home",
            restored.toString(),
            "--passphrase-file",
            passphrase.toString());
    assertThat(restoredRun.exit()).as(restoredRun.output()).isZero();
    assertThat(restoredRun.output()).containsPattern("verified \\d+ tables, \\d+ rows");

    Command again =
        command(
            "restore",
            "--from",
            backup.toString(),
            "--home",
            restored.toString(),
            "--passphrase-file",
            passphrase.toString());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.output()).contains("is not empty").contains("nothing was changed");

    try (ServerProcess server = ServerProcess.start(restored, "restored", "--homeward.demo=true")) {
      try (Connection db = EmbeddedPostgresServer.connectToRunning(restored)) {
        Map<String, String> restoredTables = checksums(db);
        assertThat(restoredTables.keySet()).containsExactlyElementsOf(sourceTables.keySet());
        sourceTables.forEach(
            (table, sum) -> assertThat(restoredTables.get(table)).as(table).isEqualTo(sum));
        // the demo's 300 households and the 4 that came home a year before its load
        assertThat(sourceTables.get("registry_case")).startsWith("304 ");
      }
      assertThat(sealedMember(server.port(), caseId)).isEqualTo(sealedMember);
    }
  }

  /** The first member of the case with a sealed vulnerability, as the API shows it. */
  private static JsonNode sealedMember(int port, String caseId) {
    ApiClient.Response answer = ApiClient.as(port, "caseworker.mar").get("/api/v1/cases/" + caseId);
    assertThat(answer.status()).isEqualTo(200);
    for (JsonNode member : answer.json().get("members")) {
      String vulnerabilities = member.path("vulnerabilities").toString();
      if (vulnerabilities.matches(
          ".*(SERIOUS_MEDICAL_CONDITION|GBV_SURVIVOR|TRAFFICKING_VICTIM).*")) {
        return member;
      }
    }
    throw new AssertionError("no sealed vulnerability readable in case " + caseId);
  }

  /** Row count and md5 of the rows in a stable order, for every table of the registry. */
  private static Map<String, String> checksums(Connection db) throws SQLException {
    Map<String, String> sums = new LinkedHashMap<>();
    List<String> tables;
    try (Statement sql = db.createStatement()) {
      tables = BackupCommand.tables(sql);
    }
    for (String table : tables) {
      sums.put(
          table,
          single(
              db,
              "SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY"
                  + " t::text), '')) FROM "
                  + BackupCommand.quote(table)
                  + " t"));
    }
    return sums;
  }

  // ---------------------------------------------------------------------------------------------

  record Command(int exit, String output) {}

  /** A command of the application's jar as a process of its own, as an operator runs it. */
  private Command command(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(String.join(java.io.File.pathSeparator, ServerProcess.applicationClasspath()));
    command.add(HomewardApplication.class.getName());
    command.addAll(List.of(arguments));
    command.add("--binaries");
    command.add(BINARIES.toString());
    Path output = Files.createTempFile(folder, arguments[0], ".out");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(output.toFile()));
    builder.environment().remove("HOMEWARD_DB_URL");
    builder.environment().remove("HOMEWARD_BACKUP_PASSPHRASE");
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(arguments[0] + " did not finish in 5 minutes");
    }
    String text = Files.readString(output);
    System.out.print(text);
    return new Command(process.exitValue(), text);
  }

  private static void awaitNoPendingReactions(Connection db) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      if (single(db, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
          .equals("0")) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("reactions still pending after 3 minutes");
  }

  private static String single(Connection db, String query) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
