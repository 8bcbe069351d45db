package org.homeward.registry.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.homeward.shared.crypto.FieldEncryption;
import org.homeward.shared.crypto.FieldEncryptionConfiguration;
import org.homeward.shared.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate fills a real home's database with households the registry would have written. */
class GenerateCommandTest {

  @TempDir Path home;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int generate(String... args) {
    return GenerateCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (ResultSet rs = db.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void writesConsistentHouseholdsAndContinuesTheCaseNumbers() throws SQLException {
    assertThat(generate("--cases", "300", "--home", home.toString(), "--seed", "7"))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    assertThat(generate("--cases", "200", "--home", home.toString(), "--missions", "MAR-OUJ"))
        .isZero();

    try (EmbeddedPostgresServer postgres =
            EmbeddedPostgresServer.start(EmbeddedPostgresServer.Settings.of(home));
        Connection db =
            DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password())) {
      assertThat(count(db, "SELECT count(*) FROM registry_case")).isEqualTo(500);
      assertThat(count(db, "SELECT count(DISTINCT case_number) FROM registry_case")).isEqualTo(500);
      // the next registration continues each series
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM (SELECT mission_code, extract(year FROM"
                      + " registration_date)::int AS year, max(right(case_number, 6)::int) AS"
                      + " last FROM registry_case GROUP BY 1, 2) s"
                      + " WHERE registry_last_case_number(s.mission_code, s.year) <> s.last"))
          .isZero();
      assertThat(count(db, "SELECT count(*) FROM registry_case WHERE mission_code = 'MAR-OUJ'"))
          .isGreaterThanOrEqualTo(200);
      // the counts by status and the names on each case's row are those of its rows
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM (SELECT mission_code, destination_country, handed_over,"
                      + " status, count(*) AS n FROM registry_case GROUP BY 1, 2, 3, 4) c FULL JOIN"
                      + " registry_case_count k USING (mission_code, destination_country,"
                      + " handed_over, status) WHERE c.n IS DISTINCT FROM k.cases"))
          .isZero();
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM registry_case"
                      + " WHERE search_names <> registry_case_search_names(id)"))
          .isZero();
      // every case has a principal, and its history ends in its status
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM registry_case c WHERE NOT EXISTS (SELECT 1 FROM"
                      + " registry_person p WHERE p.case_id = c.id AND p.relationship ="
                      + " 'PRINCIPAL' AND p.position = 0)"))
          .isZero();
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM registry_case c WHERE c.status <> (SELECT to_status FROM"
                      + " registry_status_change s WHERE s.case_id = c.id ORDER BY s.at DESC,"
                      + " s.id DESC LIMIT 1)"))
          .isZero();
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM registry_case c WHERE status IN ('ELIGIBLE', 'DEPARTED',"
                      + " 'CLOSED') AND NOT EXISTS (SELECT 1 FROM registry_consent k WHERE"
                      + " k.case_id = c.id AND k.signed)"))
          .isZero();
      assertThat(count(db, "SELECT count(*) FROM registry_person WHERE search_name = ''")).isZero();
      assertThat(count(db, "SELECT count(DISTINCT status) FROM registry_case")).isGreaterThan(5);

      // sensitive categories are sealed for each person with the home's key ring
      FieldEncryption keys =
          FieldEncryptionConfiguration.generatedRing(
              home.resolve("secrets").resolve("field-keys.properties"));
      try (ResultSet rs =
          db.createStatement()
              .executeQuery(
                  "SELECT id, sensitive_data, sensitive_tags FROM registry_person"
                      + " WHERE sensitive_data IS NOT NULL LIMIT 5")) {
        int sealed = 0;
        while (rs.next()) {
          assertThat(keys.open(rs.getBytes(2), rs.getString(1))).contains("vulnerabilities");
          assertThat((String[]) rs.getArray(3).getArray()).isNotEmpty();
          sealed++;
        }
        assertThat(sealed).isPositive();
      }
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM registry_person WHERE vulnerabilities &&"
                      + " ARRAY['SERIOUS_MEDICAL_CONDITION', 'MENTAL_HEALTH', 'TRAFFICKING_VICTIM',"
                      + " 'GBV_SURVIVOR']"))
          .isZero();
    }
  }

  @Test
  void refusesAHomeInUse() {
    try (EmbeddedPostgresServer running =
        EmbeddedPostgresServer.start(EmbeddedPostgresServer.Settings.of(home))) {
      assertThat(generate("--cases", "10", "--home", home.toString())).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .startsWith("generate: ")
          .contains("is in use");
    }
  }

  @Test
  void refusesAnUnknownMission() {
    assertThat(generate("--cases", "10", "--home", home.toString(), "--missions", "MAR,XYZ"))
        .isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("no such mission: XYZ");
  }
}
