package org.homeward.audit.internal;

import org.homeward.audit.ChainVerification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain in position order, on one snapshot of the trail, and names the first thing
 * wrong: a gap in the positions, a sealed entry that is gone, an entry that no longer matches its
 * hash (or matches the hash of another position: it was moved), then an entry that was never sealed
 * and has no note saying it awaits sealing (it did not come through the trail), and a note whose
 * entry is gone.
 */
@Component
class ChainVerifier {

  private final JdbcClient jdbc;

  ChainVerifier(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Break(long position, long sequence, String problem) {}

  @Transactional(
      propagation = Propagation.REQUIRES_NEW,
      isolation = Isolation.REPEATABLE_READ,
      readOnly = true)
  ChainVerification verify() {
    long entries = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
    long pending = jdbc.sql("SELECT count(*) FROM audit_unsealed").query(Long.class).single();
    String last =
        jdbc.sql("SELECT encode(hash, 'hex') FROM audit_chain ORDER BY position DESC LIMIT 1")
            .query(String.class)
            .optional()
            .orElse(null);
    Break broken =
        jdbc.sql(
                """
                SELECT position, sequence, problem FROM (
                  SELECT c.position, c.sequence,
                         CASE
                           WHEN c.position <> coalesce(lag(c.position) OVER w, 0) + 1 THEN 'gap'
                           WHEN e.sequence IS NULL THEN 'removed'
                           WHEN c.hash IS DISTINCT FROM
                                audit_entry_digest(lag(c.hash) OVER w, e.at, e.actor, e.action,
                                                   e.subject_type, e.subject_id, e.mission_code,
                                                   e.reason, e.changes, e.details, e.sealed)
                             THEN 'changed'
                         END AS problem
                  FROM audit_chain c LEFT JOIN audit_entry e ON e.sequence = c.sequence
                  WINDOW w AS (ORDER BY c.position)) checked
                WHERE problem IS NOT NULL
                ORDER BY position LIMIT 1
                """)
            .query((rs, n) -> new Break(rs.getLong(1), rs.getLong(2), rs.getString(3)))
            .optional()
            .orElse(null);
    if (broken != null) {
      return new ChainVerification(
          false,
          entries,
          reportedSequence(broken),
          last,
          problem(broken),
          broken.position(),
          pending);
    }
    Long inserted =
        jdbc.sql(
                """
                SELECT e.sequence FROM audit_entry e
                WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.sequence = e.sequence)
                  AND NOT EXISTS (SELECT 1 FROM audit_unsealed u WHERE u.sequence = e.sequence)
                ORDER BY e.sequence LIMIT 1
                """)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (inserted != null) {
      return new ChainVerification(false, entries, inserted, last, "inserted", null, pending);
    }
    Long lost =
        jdbc.sql(
                """
                SELECT u.sequence FROM audit_unsealed u
                WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.sequence = u.sequence)
                ORDER BY u.sequence LIMIT 1
                """)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (lost != null) {
      return new ChainVerification(false, entries, lost, last, "removed", null, pending);
    }
    return new ChainVerification(true, entries, null, last, null, null, pending);
  }

  /**
   * A sealed entry that is gone is reported by the entry after it, which no longer follows the one
   * sealed before it; the entry itself when it was the last.
   */
  private long reportedSequence(Break broken) {
    if (!broken.problem().equals("removed")) {
      return broken.sequence();
    }
    return jdbc.sql(
            """
            SELECT c.sequence FROM audit_chain c JOIN audit_entry e ON e.sequence = c.sequence
            WHERE c.position > ? ORDER BY c.position LIMIT 1
            """)
        .param(broken.position())
        .query(Long.class)
        .optional()
        .orElse(broken.sequence());
  }

  /**
   * An entry that does not match its own position was changed, unless its content matches the hash
   * sealed at another position: then it was moved there from that one.
   */
  private String problem(Break broken) {
    if (!broken.problem().equals("changed")) {
      return broken.problem();
    }
    boolean moved =
        jdbc.sql(
                """
                SELECT EXISTS (
                  SELECT 1 FROM audit_entry e, audit_chain c
                  LEFT JOIN audit_chain before ON before.position = c.position - 1
                  WHERE e.sequence = ? AND c.position <> ?
                    AND c.hash = audit_entry_digest(before.hash, e.at, e.actor, e.action,
                                   e.subject_type, e.subject_id, e.mission_code, e.reason,
                                   e.changes, e.details, e.sealed))
                """)
            .params(broken.sequence(), broken.position())
            .query(Boolean.class)
            .single();
    return moved ? "reordered" : "changed";
  }
}
