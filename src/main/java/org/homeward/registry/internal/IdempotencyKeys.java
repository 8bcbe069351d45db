package org.homeward.registry.internal;

import java.util.Optional;
import java.util.UUID;
import org.homeward.registry.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code Idempotency-Key}s users sent with a registration, so that a request sent again (a
 * dropped connection, a double click) answers with the case the first one made instead of a second
 * case.
 */
@Repository
public class IdempotencyKeys {

  private final JdbcClient jdbc;

  IdempotencyKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The case a user's idempotency key already produced, if it did. */
  public Optional<IdempotentRequest> claim(String username, String key, String requestHash) {
    int claimed =
        jdbc.sql(
                "INSERT INTO registry_idempotency_key (username, key, request_hash) VALUES (?, ?, ?)"
                    + " ON CONFLICT DO NOTHING")
            .params(username, key, requestHash)
            .update();
    if (claimed == 1) {
      return Optional.empty();
    }
    return jdbc.sql(
            "SELECT request_hash, case_id FROM registry_idempotency_key WHERE username = ? AND key = ?")
        .params(username, key)
        .query((rs, n) ->
            new IdempotentRequest(
                rs.getString("request_hash"),
                rs.getObject("case_id") == null
                    ? null
                    : new CaseId(rs.getObject("case_id", UUID.class))))
        .optional();
  }

  public void complete(String username, String key, CaseId id) {
    jdbc.sql("UPDATE registry_idempotency_key SET case_id = ? WHERE username = ? AND key = ?")
        .params(id.value(), username, key)
        .update();
  }

  public record IdempotentRequest(String requestHash, CaseId caseId) {}
}
