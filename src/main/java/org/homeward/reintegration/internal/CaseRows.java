package org.homeward.reintegration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.ReintegrationCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases in reintegration ({@code reintegration_case}). */
@Repository
public class CaseRows {

  private final JdbcClient jdbc;

  CaseRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens the case unless it is open already; true when this call opened it. */
  public boolean open(ReintegrationCase c, Long flightId, Instant at, String by) {
    return jdbc.sql(
                """
                INSERT INTO reintegration_case (case_id, case_number, host_mission,
                  destination_country, origin_mission, flight_id, arrived_at, arrived_on, officer,
                  opened_at, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_id) DO NOTHING
                """)
            .params(
                c.caseId().value(),
                c.caseNumber(),
                c.hostMission(),
                c.destinationCountry(),
                c.originMission(),
                flightId,
                Timestamp.from(c.arrivedAt()),
                c.arrivedOn(),
                c.officer(),
                Timestamp.from(at),
                Timestamp.from(at),
                by)
            .update()
        == 1;
  }

  /**
   * A case opened from the registry before its arrival was handled takes the flight and the day of
   * arrival that the arrival carries (once: a case opened with its flight keeps them).
   */
  public void arrivedWith(ReintegrationCase c, long flightId) {
    jdbc.sql(
            "UPDATE reintegration_case SET flight_id = ?, arrived_at = ?, arrived_on = ?"
                + " WHERE case_id = ? AND flight_id IS NULL")
        .params(flightId, Timestamp.from(c.arrivedAt()), c.arrivedOn(), c.caseId().value())
        .update();
  }

  public Optional<ReintegrationCase> find(CaseId id) {
    return jdbc.sql("SELECT * FROM reintegration_case WHERE case_id = ?")
        .param(id.value())
        .query(CaseRows::row)
        .optional();
  }

  public Optional<ReintegrationCase> lock(CaseId id) {
    return jdbc.sql("SELECT * FROM reintegration_case WHERE case_id = ? FOR UPDATE")
        .param(id.value())
        .query(CaseRows::row)
        .optional();
  }

  /** The cases returned to one of {@code countries} (all when null), latest arrival first. */
  public List<ReintegrationCase> inCountries(Set<String> countries) {
    if (countries == null) {
      return jdbc.sql("SELECT * FROM reintegration_case ORDER BY arrived_at DESC, case_number")
          .query(CaseRows::row)
          .list();
    }
    return jdbc.sql(
            "SELECT * FROM reintegration_case WHERE destination_country = ANY (?)"
                + " ORDER BY arrived_at DESC, case_number")
        .param(countries.toArray(String[]::new))
        .query(CaseRows::row)
        .list();
  }

  public void assign(CaseId id, String officer, Instant at, String by) {
    jdbc.sql(
            "UPDATE reintegration_case SET officer = ?, version = version + 1, updated_at = ?,"
                + " updated_by = ? WHERE case_id = ?")
        .params(officer, Timestamp.from(at), by, id.value())
        .update();
  }

  static ReintegrationCase row(ResultSet rs, int n) throws SQLException {
    return new ReintegrationCase(
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getString("case_number"),
        rs.getString("host_mission"),
        rs.getString("destination_country").strip(),
        rs.getString("origin_mission"),
        rs.getTimestamp("arrived_at").toInstant(),
        rs.getObject("arrived_on", java.time.LocalDate.class),
        rs.getString("officer"));
  }
}
