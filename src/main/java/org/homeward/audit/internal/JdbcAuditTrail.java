package org.homeward.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditPage;
import org.homeward.audit.AuditQuery;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.ChainVerification;
import org.homeward.audit.FieldChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcAuditTrail implements AuditTrail {

  private static final TypeReference<List<Map<String, Object>>> CHANGES = new TypeReference<>() {};
  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

  /** The advisory lock that serialises writers of the chain. */
  private static final long CHAIN_LOCK = 0x486f6d6577617264L;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JdbcAuditTrail(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(AuditRecord record) {
    write(record);
  }

  private void write(AuditRecord record) {
    List<Map<String, Object>> changes = new ArrayList<>();
    for (FieldChange change : record.changes()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("field", change.field());
      row.put("before", change.before());
      row.put("after", change.after());
      changes.add(row);
    }
    // one writer at a time extends the chain; the lock is held until this transaction ends
    jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
    jdbc.sql(
            """
            INSERT INTO audit_entry (at, actor, action, subject_type, subject_id, mission_code,
                                     reason, changes, details, previous_hash, hash)
            SELECT v.at, v.actor, v.action, v.subject_type, v.subject_id, v.mission_code, v.reason,
                   v.changes, v.details, last.hash,
                   audit_entry_digest(last.hash, v.at, v.actor, v.action, v.subject_type,
                                      v.subject_id, v.mission_code, v.reason, v.changes, v.details)
            FROM (SELECT date_trunc('microseconds', clock_timestamp()) AS at, ?::text AS actor,
                         ?::text AS action, ?::text AS subject_type, ?::text AS subject_id,
                         ?::text AS mission_code, ?::text AS reason, ?::jsonb AS changes,
                         ?::jsonb AS details) v
            LEFT JOIN LATERAL (SELECT hash FROM audit_entry ORDER BY sequence DESC LIMIT 1) last
              ON TRUE
            """)
        .params(
            record.actor(),
            record.action(),
            record.subjectType(),
            record.subjectId(),
            record.missionCode(),
            record.reason(),
            json.writeValueAsString(changes),
            json.writeValueAsString(record.details()))
        .update();
  }

  @Override
  public ChainVerification verify() {
    long entries = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
    Long broken =
        jdbc.sql(
                """
                SELECT sequence FROM (
                  SELECT sequence,
                         previous_hash IS NOT DISTINCT FROM lag(hash) OVER (ORDER BY sequence) AS linked,
                         hash = audit_entry_digest(previous_hash, at, actor, action, subject_type,
                                  subject_id, mission_code, reason, changes, details) AS intact
                  FROM audit_entry) checked
                WHERE NOT (linked AND intact)
                ORDER BY sequence LIMIT 1
                """)
            .query(Long.class)
            .optional()
            .orElse(null);
    String last =
        jdbc.sql("SELECT encode(hash, 'hex') FROM audit_entry ORDER BY sequence DESC LIMIT 1")
            .query(String.class)
            .optional()
            .orElse(null);
    return new ChainVerification(broken == null, entries, broken, last);
  }

  @Override
  public AuditPage search(AuditQuery query, java.util.Set<String> missions) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    List<Object> params = new ArrayList<>();
    if (!missions.isEmpty()) {
      where.append(" AND mission_code = ANY (?)");
      params.add(missions.toArray(String[]::new));
    }
    add(where, params, " AND actor = ?", query.actor());
    add(where, params, " AND action = ?", query.action());
    add(where, params, " AND subject_type = ?", query.subjectType());
    add(where, params, " AND subject_id = ?", query.subjectId());
    add(where, params, " AND mission_code = ?", query.missionCode());
    if (query.from() != null) {
      where.append(" AND at >= ?");
      params.add(java.sql.Timestamp.from(query.from()));
    }
    if (query.to() != null) {
      where.append(" AND at < ?");
      params.add(java.sql.Timestamp.from(query.to()));
    }
    long total =
        jdbc.sql("SELECT count(*) FROM audit_entry" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Object> page = new ArrayList<>(params);
    page.add(query.size());
    page.add((long) query.page() * query.size());
    List<AuditEntry> entries =
        jdbc.sql(
                "SELECT sequence, at, actor, action, subject_type, subject_id, mission_code, reason,"
                    + " changes, details FROM audit_entry"
                    + where
                    + " ORDER BY sequence DESC LIMIT ? OFFSET ?")
            .params(page)
            .query(this::map)
            .list();
    return new AuditPage(entries, query.page(), query.size(), total);
  }

  private static void add(
      StringBuilder where, List<Object> params, String condition, String value) {
    if (value != null && !value.isBlank()) {
      where.append(condition);
      params.add(value.strip());
    }
  }

  @Override
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordSeparately(AuditRecord record) {
    write(record);
  }

  @Override
  public List<AuditEntry> history(String subjectType, String subjectId) {
    return jdbc.sql(
            """
            SELECT sequence, at, actor, action, subject_type, subject_id, mission_code, reason,
                   changes, details
            FROM audit_entry WHERE subject_type = ? AND subject_id = ? ORDER BY sequence
            """)
        .params(subjectType, subjectId)
        .query(this::map)
        .list();
  }

  private AuditEntry map(ResultSet rs, int row) throws SQLException {
    List<FieldChange> changes = new ArrayList<>();
    for (Map<String, Object> change : json.readValue(rs.getString("changes"), CHANGES)) {
      changes.add(
          new FieldChange((String) change.get("field"), change.get("before"), change.get("after")));
    }
    return new AuditEntry(
        rs.getLong("sequence"),
        rs.getTimestamp("at").toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("mission_code"),
        rs.getString("reason"),
        changes,
        json.readValue(rs.getString("details"), DETAILS));
  }
}
