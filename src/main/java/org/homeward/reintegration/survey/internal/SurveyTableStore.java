package org.homeward.reintegration.survey.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored versions of the survey table, as their text. */
@Repository
public class SurveyTableStore {

  /** One stored version. */
  public record Stored(
      long seq, String version, String content, String source, String storedBy, Instant storedAt) {}

  private final JdbcClient jdbc;

  SurveyTableStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Stored> current() {
    return jdbc.sql(SELECT + " order by seq desc limit 1").query(this::row).optional();
  }

  public Optional<Stored> version(String version) {
    return jdbc.sql(SELECT + " where version = ?").param(version).query(this::row).optional();
  }

  public List<Stored> all() {
    return jdbc.sql(SELECT + " order by seq desc").query(this::row).list();
  }

  /** Stores a version; false when one of that name is already stored. */
  public boolean add(String version, String content, String source, String by, Instant at) {
    return jdbc.sql(
                """
                insert into reintegration_survey_table (version, content, source, stored_by, stored_at)
                values (?, ?, ?, ?, ?) on conflict (version) do nothing
                """)
            .params(version, content, source, by, Timestamp.from(at))
            .update()
        == 1;
  }

  private static final String SELECT =
      "select seq, version, content, source, stored_by, stored_at from reintegration_survey_table";

  private Stored row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Stored(
        rs.getLong("seq"),
        rs.getString("version"),
        rs.getString("content"),
        rs.getString("source"),
        rs.getString("stored_by"),
        rs.getTimestamp("stored_at").toInstant());
  }
}
