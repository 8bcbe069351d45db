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
import org.homeward.shared.crypto.FieldEncryption;
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

  /** What an entry shows in place of personal values whose subject key was destroyed. */
  static final String ERASED = "[erased]";

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final SubjectKeys subjectKeys;
  private final AuditMetrics metrics;
  private final AuditSealer sealer;
  private final ChainVerifier verifier;

  JdbcAuditTrail(
      JdbcClient jdbc,
      JsonMapper json,
      SubjectKeys subjectKeys,
      AuditMetrics metrics,
      AuditSealer sealer,
      ChainVerifier verifier) {
    this.jdbc = jdbc;
    this.json = json;
    this.subjectKeys = subjectKeys;
    this.metrics = metrics;
    this.sealer = sealer;
    this.verifier = verifier;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void erasePersonalValues(String subjectType, String subjectId) {
    subjectKeys.destroy(subjectType, subjectId);
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(AuditRecord record) {
    write(record);
  }

  private void write(AuditRecord record) {
    // field names stay readable; their values and the reason are sealed with the subject's key
    List<Map<String, Object>> fields = new ArrayList<>();
    List<Map<String, Object>> values = new ArrayList<>();
    for (FieldChange change : record.changes()) {
      fields.add(Map.of("field", change.field()));
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("before", change.before());
      value.put("after", change.after());
      values.add(value);
    }
    Map<String, Object> personal = new LinkedHashMap<>();
    personal.put("reason", record.reason());
    personal.put("values", values);
    byte[] sealed =
        FieldEncryption.sealWith(
            subjectKeys.keyFor(record.subjectType(), record.subjectId()),
            json.writeValueAsString(personal),
            record.subjectType() + ":" + record.subjectId());
    // no lock: the entry and its note commit together, and the sealer chains them afterwards
    jdbc.sql(
            """
            WITH entry AS (
              INSERT INTO audit_entry (at, actor, action, subject_type, subject_id, mission_code,
                                       reason, changes, details, sealed)
              VALUES (date_trunc('microseconds', clock_timestamp()), ?, ?, ?, ?, ?, NULL,
                      ?::jsonb, ?::jsonb, ?)
              RETURNING sequence)
            INSERT INTO audit_unsealed (sequence) SELECT sequence FROM entry
            """)
        .params(
            record.actor(),
            record.action(),
            record.subjectType(),
            record.subjectId(),
            record.missionCode(),
            json.writeValueAsString(fields),
            json.writeValueAsString(record.details()),
            sealed)
        .update();
    metrics.appended();
  }

  @Override
  public ChainVerification verify() {
    sealer.sealNow();
    ChainVerification verification = verifier.verify();
    metrics.verified(verification);
    return verification;
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
                    + " changes, details, sealed FROM audit_entry"
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
                   changes, details, sealed
            FROM audit_entry WHERE subject_type = ? AND subject_id = ? ORDER BY sequence
            """)
        .params(subjectType, subjectId)
        .query(this::map)
        .list();
  }

  private AuditEntry map(ResultSet rs, int row) throws SQLException {
    List<Map<String, Object>> fields = json.readValue(rs.getString("changes"), CHANGES);
    String reason = rs.getString("reason");
    List<Map<String, Object>> values = null;
    byte[] sealed = rs.getBytes("sealed");
    if (sealed != null) {
      String subject = rs.getString("subject_type") + ":" + rs.getString("subject_id");
      byte[] key =
          subjectKeys.existingKey(rs.getString("subject_type"), rs.getString("subject_id"));
      if (key == null) {
        reason = ERASED;
      } else {
        Map<String, Object> personal =
            json.readValue(FieldEncryption.openWith(key, sealed, subject), DETAILS);
        reason = (String) personal.get("reason");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> opened = (List<Map<String, Object>>) personal.get("values");
        values = opened;
      }
    }
    List<FieldChange> changes = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      Map<String, Object> field = fields.get(i);
      if (sealed == null) {
        changes.add(
            new FieldChange((String) field.get("field"), field.get("before"), field.get("after")));
      } else if (values == null) {
        changes.add(new FieldChange((String) field.get("field"), ERASED, ERASED));
      } else {
        changes.add(
            new FieldChange(
                (String) field.get("field"),
                values.get(i).get("before"),
                values.get(i).get("after")));
      }
    }
    return new AuditEntry(
        rs.getLong("sequence"),
        rs.getTimestamp("at").toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("mission_code"),
        reason,
        changes,
        json.readValue(rs.getString("details"), DETAILS));
  }
}
