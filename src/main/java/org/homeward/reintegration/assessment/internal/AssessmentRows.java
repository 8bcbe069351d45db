package org.homeward.reintegration.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.assessment.Assessment;
import org.homeward.reintegration.assessment.MaritalStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The returnees' assessments ({@code reintegration_assessment}). */
@Repository
public class AssessmentRows {

  private final JdbcClient jdbc;

  AssessmentRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Assessment> lock(PersonId id) {
    return jdbc.sql("SELECT * FROM reintegration_assessment WHERE person_id = ? FOR UPDATE")
        .param(id.value())
        .query(AssessmentRows::row)
        .optional();
  }

  public List<Assessment> ofCase(CaseId id) {
    return jdbc.sql("SELECT * FROM reintegration_assessment WHERE case_id = ?")
        .param(id.value())
        .query(AssessmentRows::row)
        .list();
  }

  public void save(Assessment a) {
    jdbc.sql(
            """
            INSERT INTO reintegration_assessment (person_id, case_id, assessed_on, skills,
              education, wishes, marital_status, dependants, family_situation, follow_up_needed,
              follow_up, version, assessed_by, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (person_id) DO UPDATE SET assessed_on = excluded.assessed_on,
              skills = excluded.skills, education = excluded.education, wishes = excluded.wishes,
              marital_status = excluded.marital_status, dependants = excluded.dependants,
              family_situation = excluded.family_situation,
              follow_up_needed = excluded.follow_up_needed, follow_up = excluded.follow_up,
              version = excluded.version, assessed_by = excluded.assessed_by,
              updated_at = excluded.updated_at
            """)
        .params(
            a.personId().value(),
            a.caseId().value(),
            a.assessedOn(),
            a.skills(),
            a.education(),
            a.wishes(),
            a.maritalStatus() == null ? null : a.maritalStatus().name(),
            a.dependants(),
            a.familySituation(),
            a.followUpNeeded(),
            a.followUp(),
            a.version(),
            a.assessedBy(),
            Timestamp.from(a.updatedAt()))
        .update();
  }

  static Assessment row(ResultSet rs, int n) throws SQLException {
    String marital = rs.getString("marital_status");
    Object dependants = rs.getObject("dependants");
    return new Assessment(
        new PersonId(rs.getObject("person_id", UUID.class)),
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getObject("assessed_on", LocalDate.class),
        rs.getString("skills"),
        rs.getString("education"),
        rs.getString("wishes"),
        marital == null ? null : MaritalStatus.valueOf(marital),
        dependants == null ? null : ((Number) dependants).intValue(),
        rs.getString("family_situation"),
        rs.getBoolean("follow_up_needed"),
        rs.getString("follow_up"),
        rs.getLong("version"),
        rs.getString("assessed_by"),
        rs.getTimestamp("updated_at").toInstant());
  }
}
