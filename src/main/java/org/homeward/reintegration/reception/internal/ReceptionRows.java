package org.homeward.reintegration.reception.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.reception.Reception;
import org.homeward.reintegration.reception.TransportMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The receptions of households on arrival ({@code reintegration_reception}). */
@Repository
public class ReceptionRows {

  private final JdbcClient jdbc;

  ReceptionRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Reception> find(CaseId id) {
    return jdbc.sql("SELECT * FROM reintegration_reception WHERE case_id = ?")
        .param(id.value())
        .query(ReceptionRows::row)
        .optional();
  }

  public Optional<Reception> lock(CaseId id) {
    return jdbc.sql("SELECT * FROM reintegration_reception WHERE case_id = ? FOR UPDATE")
        .param(id.value())
        .query(ReceptionRows::row)
        .optional();
  }

  public void save(Reception r) {
    jdbc.sql(
            """
            INSERT INTO reintegration_reception (case_id, airport_assistance, met_on, met_by,
              onward_transport, transport_mode, final_destination, reached_on, accommodation,
              accommodation_place, accommodation_from, accommodation_nights, notes, version,
              recorded_at, recorded_by, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (case_id) DO UPDATE SET airport_assistance = excluded.airport_assistance,
              met_on = excluded.met_on, met_by = excluded.met_by,
              onward_transport = excluded.onward_transport,
              transport_mode = excluded.transport_mode,
              final_destination = excluded.final_destination, reached_on = excluded.reached_on,
              accommodation = excluded.accommodation,
              accommodation_place = excluded.accommodation_place,
              accommodation_from = excluded.accommodation_from,
              accommodation_nights = excluded.accommodation_nights, notes = excluded.notes,
              version = excluded.version, updated_at = excluded.updated_at,
              updated_by = excluded.updated_by
            """)
        .params(
            r.caseId().value(),
            r.airportAssistance(),
            r.metOn(),
            r.metBy(),
            r.onwardTransport(),
            r.transportMode() == null ? null : r.transportMode().name(),
            r.finalDestination(),
            r.reachedOn(),
            r.accommodation(),
            r.accommodationPlace(),
            r.accommodationFrom(),
            r.accommodationNights(),
            r.notes(),
            r.version(),
            Timestamp.from(r.recordedAt()),
            r.recordedBy(),
            Timestamp.from(r.updatedAt()),
            r.updatedBy())
        .update();
  }

  static Reception row(ResultSet rs, int n) throws SQLException {
    String mode = rs.getString("transport_mode");
    Object nights = rs.getObject("accommodation_nights");
    return new Reception(
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getBoolean("airport_assistance"),
        rs.getObject("met_on", LocalDate.class),
        rs.getString("met_by"),
        rs.getBoolean("onward_transport"),
        mode == null ? null : TransportMode.valueOf(mode),
        rs.getString("final_destination"),
        rs.getObject("reached_on", LocalDate.class),
        rs.getBoolean("accommodation"),
        rs.getString("accommodation_place"),
        rs.getObject("accommodation_from", LocalDate.class),
        nights == null ? null : ((Number) nights).intValue(),
        rs.getString("notes"),
        rs.getLong("version"),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"));
  }
}
