package org.homeward.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
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

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JdbcAuditTrail(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(AuditRecord record) {
    List<Map<String, Object>> changes = new ArrayList<>();
    for (FieldChange change : record.changes()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("field", change.field());
      row.put("before", change.before());
      row.put("after", change.after());
      changes.add(row);
    }
    jdbc.sql(
            """
            INSERT INTO audit_entry (actor, action, subject_type, subject_id, mission_code, reason,
                                     changes, details)
            VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
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
