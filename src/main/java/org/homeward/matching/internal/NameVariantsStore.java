package org.homeward.matching.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The administrator's extra name variants, one row per saved version of the whole text; the highest
 * version is in force. Rows are only ever added.
 */
@Repository
public class NameVariantsStore {

  private final JdbcClient jdbc;

  NameVariantsStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One saved version of the extra text. */
  public record Saved(long version, String text, String savedBy, Instant savedAt) {}

  /** The version in force; empty before the first save. */
  public Optional<Saved> latest() {
    return jdbc.sql(
            """
            SELECT version, text, saved_by, saved_at FROM matching_name_variants
            ORDER BY version DESC LIMIT 1
            """)
        .query((rs, n) ->
            new Saved(
                rs.getLong("version"),
                rs.getString("text"),
                rs.getString("saved_by"),
                rs.getTimestamp("saved_at").toInstant()))
        .optional();
  }

  /**
   * Adds {@code version}; false when it already exists, that is when someone else saved it first.
   */
  public boolean insert(long version, String text, String savedBy, Instant savedAt) {
    return jdbc.sql(
                """
                INSERT INTO matching_name_variants (version, text, saved_by, saved_at)
                VALUES (?, ?, ?, ?) ON CONFLICT (version) DO NOTHING
                """)
            .params(version, text, savedBy, Timestamp.from(savedAt))
            .update()
        == 1;
  }
}
