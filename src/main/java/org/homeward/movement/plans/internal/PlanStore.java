package org.homeward.movement.plans.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.movement.FlightId;
import org.homeward.movement.plans.Plan;
import org.homeward.movement.plans.PlanEntry;
import org.homeward.movement.plans.PlanId;
import org.homeward.movement.plans.PlanScope;
import org.homeward.movement.plans.PlanStatus;
import org.homeward.organisation.CaseScope;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The flight plans, their flights and households, in plain SQL. */
@Repository
public class PlanStore {

  /** The plans a list shows at most: the latest first. */
  public static final int LISTED = 100;

  private final JdbcClient jdbc;

  PlanStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The planner's result for a revision: its figures, flights and households. */
  public record Solved(
      BigDecimal value,
      BigDecimal delayCost,
      Plan.Change change,
      List<Plan.PlannedFlight> flights,
      List<PlanEntry> entries) {}

  /** Stores a new plan at revision 1. */
  public PlanId insert(String missionCode, PlanScope scope, Solved solved, String by, Instant now) {
    long id =
        jdbc.sql(
                """
                INSERT INTO movement_plan (mission_code, destination, flights_from, flights_to,
                  status, revision, value, delay_cost, created_at, created_by, updated_at,
                  updated_by)
                VALUES (?, ?, ?, ?, 'PROPOSED', 1, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
            .params(
                missionCode,
                scope.destination(),
                scope.from(),
                scope.to(),
                solved.value(),
                solved.delayCost(),
                Timestamp.from(now),
                by,
                Timestamp.from(now),
                by)
            .query(Long.class)
            .single();
    PlanId plan = new PlanId(id);
    insertContents(plan, solved.flights(), solved.entries());
    return plan;
  }

  public Optional<Plan> find(PlanId id) {
    return jdbc.sql("SELECT * FROM movement_plan WHERE id = ?")
        .param(id.value())
        .query(PlanStore::header)
        .optional()
        .map(this::withContents);
  }

  /** The plan, its row locked until the end of the transaction: changes to it wait in line. */
  public Optional<Plan> lock(PlanId id) {
    return jdbc.sql("SELECT * FROM movement_plan WHERE id = ? FOR UPDATE")
        .param(id.value())
        .query(PlanStore::header)
        .optional()
        .map(this::withContents);
  }

  /** The latest plans of the missions in {@code scope}, newest first. */
  public List<Plan> list(CaseScope scope) {
    CaseScope.Condition within = scope.condition("p.mission_code", "p.destination", "FALSE");
    return jdbc
        .sql(
            "SELECT p.* FROM movement_plan p WHERE "
                + within.sql()
                + " ORDER BY p.created_at DESC, p.id DESC LIMIT "
                + LISTED)
        .params(within.params())
        .query(PlanStore::header)
        .list()
        .stream()
        .map(this::withContents)
        .toList();
  }

  /** Replaces the plan's flights and households by a new solve, as revision {@code revision}. */
  public void replace(PlanId id, int revision, Solved solved, String by, Instant now) {
    jdbc.sql("DELETE FROM movement_plan_entry WHERE plan_id = ?").param(id.value()).update();
    jdbc.sql("DELETE FROM movement_plan_flight WHERE plan_id = ?").param(id.value()).update();
    insertContents(id, solved.flights(), solved.entries());
    Plan.Change change = solved.change();
    jdbc.sql(
            """
            UPDATE movement_plan SET revision = ?, value = ?, delay_cost = ?, moved = ?,
              joined = ?, dropped = ?, pins_released = ?, pinned_since_solve = FALSE,
              updated_at = ?, updated_by = ?
            WHERE id = ?
            """)
        .params(
            revision,
            solved.value(),
            solved.delayCost(),
            change == null ? null : change.moved(),
            change == null ? null : change.joined(),
            change == null ? null : change.dropped(),
            change == null ? null : change.pinsReleased(),
            Timestamp.from(now),
            by,
            id.value())
        .update();
  }

  /** Changes one household of the plan (a pin), as revision {@code revision}. */
  public void changeEntry(
      PlanId id, int revision, PlanEntry entry, boolean moved, String by, Instant now) {
    jdbc.sql(
            """
            UPDATE movement_plan_entry SET flight_id = ?, reason = ?, pinned = ?
            WHERE plan_id = ? AND case_id = ?
            """)
        .params(
            entry.flightId() == null ? null : entry.flightId().value(),
            entry.reason(),
            entry.pinned(),
            id.value(),
            entry.caseId().value())
        .update();
    jdbc.sql(
            """
            UPDATE movement_plan SET revision = ?, pinned_since_solve = pinned_since_solve OR ?,
              updated_at = ?, updated_by = ?
            WHERE id = ?
            """)
        .params(revision, moved, Timestamp.from(now), by, id.value())
        .update();
  }

  public void changeStatus(PlanId id, int revision, PlanStatus to, String by, Instant now) {
    jdbc.sql(
            "UPDATE movement_plan SET status = ?, revision = ?, updated_at = ?, updated_by = ?"
                + " WHERE id = ?")
        .params(to.name(), revision, Timestamp.from(now), by, id.value())
        .update();
  }

  private void insertContents(
      PlanId id, List<Plan.PlannedFlight> flights, List<PlanEntry> entries) {
    for (int i = 0; i < flights.size(); i++) {
      Plan.PlannedFlight f = flights.get(i);
      jdbc.sql(
              "INSERT INTO movement_plan_flight (plan_id, flight_id, position, seats_free)"
                  + " VALUES (?, ?, ?, ?)")
          .params(id.value(), f.flightId().value(), i, f.seatsFree())
          .update();
    }
    for (int i = 0; i < entries.size(); i++) {
      PlanEntry e = entries.get(i);
      jdbc.sql(
              """
              INSERT INTO movement_plan_entry (plan_id, case_id, case_number, destination,
                position, flight_id, reason, pinned, people, seats, unaccompanied_minors, value,
                medical_escorts)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS UUID[]))
              """)
          .params(
              id.value(),
              e.caseId().value(),
              e.caseNumber(),
              e.destination(),
              i,
              e.flightId() == null ? null : e.flightId().value(),
              e.reason(),
              e.pinned(),
              e.people(),
              e.seats(),
              e.unaccompaniedMinors(),
              e.value(),
              e.medicalEscorts().stream().map(PersonId::toString).toArray(String[]::new))
          .update();
    }
  }

  /** The row of a plan, before its flights and households are read. */
  private record Header(
      PlanId id,
      String missionCode,
      PlanScope scope,
      PlanStatus status,
      int revision,
      BigDecimal value,
      BigDecimal delayCost,
      Plan.Change change,
      boolean pinnedSinceSolve,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      String updatedBy) {}

  private Plan withContents(Header h) {
    List<Plan.PlannedFlight> flights =
        jdbc.sql(
                "SELECT flight_id, seats_free FROM movement_plan_flight WHERE plan_id = ?"
                    + " ORDER BY position")
            .param(h.id().value())
            .query((rs, row) ->
                new Plan.PlannedFlight(
                    new FlightId(rs.getLong("flight_id")), rs.getInt("seats_free")))
            .list();
    List<PlanEntry> entries =
        jdbc.sql("SELECT * FROM movement_plan_entry WHERE plan_id = ? ORDER BY position")
            .param(h.id().value())
            .query(PlanStore::entry)
            .list();
    return new Plan(
        h.id(),
        h.missionCode(),
        h.scope(),
        h.status(),
        h.revision(),
        h.value(),
        h.delayCost(),
        h.change(),
        h.pinnedSinceSolve(),
        flights,
        entries,
        h.createdAt(),
        h.createdBy(),
        h.updatedAt(),
        h.updatedBy());
  }

  private static Header header(ResultSet rs, int row) throws SQLException {
    Integer moved = (Integer) rs.getObject("moved");
    Plan.Change change =
        moved == null
            ? null
            : new Plan.Change(
                moved, rs.getInt("joined"), rs.getInt("dropped"), rs.getInt("pins_released"));
    return new Header(
        new PlanId(rs.getLong("id")),
        rs.getString("mission_code"),
        new PlanScope(
            rs.getString("destination"),
            rs.getObject("flights_from", LocalDate.class),
            rs.getObject("flights_to", LocalDate.class)),
        PlanStatus.valueOf(rs.getString("status")),
        rs.getInt("revision"),
        decimal(rs.getBigDecimal("value")),
        decimal(rs.getBigDecimal("delay_cost")),
        change,
        rs.getBoolean("pinned_since_solve"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"));
  }

  private static PlanEntry entry(ResultSet rs, int row) throws SQLException {
    long flight = rs.getLong("flight_id");
    boolean placed = !rs.wasNull();
    List<PersonId> escorts = new ArrayList<>();
    Array array = rs.getArray("medical_escorts");
    if (array != null) {
      for (Object o : (Object[]) array.getArray()) {
        escorts.add(new PersonId(o instanceof UUID u ? u : UUID.fromString(o.toString())));
      }
    }
    return new PlanEntry(
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getString("case_number"),
        rs.getString("destination"),
        placed ? new FlightId(flight) : null,
        rs.getString("reason"),
        rs.getBoolean("pinned"),
        rs.getInt("people"),
        rs.getInt("seats"),
        rs.getInt("unaccompanied_minors"),
        decimal(rs.getBigDecimal("value")),
        escorts);
  }

  /** As stored, without the zeros the column's scale adds: 28.35, not 28.350000000. */
  private static BigDecimal decimal(BigDecimal stored) {
    BigDecimal value = stored.stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }
}
