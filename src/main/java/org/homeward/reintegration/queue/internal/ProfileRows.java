package org.homeward.reintegration.queue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.queue.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The host mission's profiles of returnees ({@code reintegration_profile}). */
@Repository
public class ProfileRows {

  private final JdbcClient jdbc;

  ProfileRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Profile> find(PersonId id) {
    return jdbc.sql("SELECT * FROM reintegration_profile WHERE person_id = ?")
        .param(id.value())
        .query(ProfileRows::row)
        .optional();
  }

  public List<Profile> ofCase(CaseId id) {
    return jdbc.sql("SELECT * FROM reintegration_profile WHERE case_id = ?")
        .param(id.value())
        .query(ProfileRows::row)
        .list();
  }

  /** Stores the profile, replacing the person's earlier one. */
  public void save(Profile p) {
    jdbc.sql(
            """
            INSERT INTO reintegration_profile (person_id, case_id, skills, education,
              work_experience, wishes, recorded_in, version, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (person_id) DO UPDATE SET skills = excluded.skills,
              education = excluded.education, work_experience = excluded.work_experience,
              wishes = excluded.wishes, recorded_in = excluded.recorded_in,
              version = excluded.version, recorded_at = excluded.recorded_at,
              recorded_by = excluded.recorded_by
            """)
        .params(
            p.personId().value(),
            p.caseId().value(),
            p.skills(),
            p.education(),
            p.workExperience(),
            p.wishes(),
            p.recordedIn(),
            p.version(),
            Timestamp.from(p.recordedAt()),
            p.recordedBy())
        .update();
  }

  static Profile row(ResultSet rs, int n) throws SQLException {
    return new Profile(
        new PersonId(rs.getObject("person_id", UUID.class)),
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getString("skills"),
        rs.getString("education"),
        rs.getString("work_experience"),
        rs.getString("wishes"),
        rs.getString("recorded_in"),
        rs.getLong("version"),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"));
  }
}
