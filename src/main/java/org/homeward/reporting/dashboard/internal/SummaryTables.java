package org.homeward.reporting.dashboard.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboards' two tables: what each case counts for, and the counts. */
@Repository("reportingSummaryTables")
class SummaryTables {

  private final JdbcClient jdbc;

  SummaryTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Holds the case's row until the transaction ends, so two changes of one case never interleave.
   */
  void lock(UUID caseId) {
    jdbc.sql("SELECT pg_advisory_xact_lock(?)")
        .param(caseId.getMostSignificantBits() ^ caseId.getLeastSignificantBits())
        .query(rs -> {});
  }

  Optional<CountedCase> find(UUID caseId) {
    return jdbc.sql(
            """
            SELECT mission_code, destination_country, handed_over, project_id, nationality,
              registered_month, members, stages
            FROM reporting_dashboard_case WHERE case_id = ?
            """)
        .param(caseId)
        .query((rs, n) ->
            new CountedCase(
                rs.getString("mission_code"),
                rs.getString("destination_country"),
                rs.getBoolean("handed_over"),
                (Long) rs.getObject("project_id"),
                rs.getString("nationality"),
                rs.getObject("registered_month", LocalDate.class),
                CountedCase.members(rs.getString("members")),
                CountedCase.stages(rs.getString("stages"))))
        .optional();
  }

  void save(UUID caseId, CountedCase c) {
    jdbc.sql(
            """
            INSERT INTO reporting_dashboard_case (case_id, mission_code, destination_country,
              handed_over, project_id, nationality, registered_month, members, stages)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (case_id) DO UPDATE SET mission_code = excluded.mission_code,
              destination_country = excluded.destination_country,
              handed_over = excluded.handed_over, project_id = excluded.project_id,
              nationality = excluded.nationality, registered_month = excluded.registered_month,
              members = excluded.members, stages = excluded.stages, updated_at = now()
            """)
        .params(
            caseId,
            c.missionCode(),
            c.destinationCountry(),
            c.handedOver(),
            c.projectId(),
            c.nationality(),
            c.registeredMonth(),
            c.membersText(),
            c.stagesText())
        .update();
  }

  void delete(UUID caseId) {
    jdbc.sql("DELETE FROM reporting_dashboard_case WHERE case_id = ?").param(caseId).update();
  }

  /**
   * Stores the cases not stored yet, in one statement; returns the ids of those it stored (a case
   * stored meanwhile by its own event is left as it is).
   */
  Set<UUID> saveNew(Map<UUID, CountedCase> cases) {
    int n = cases.size();
    UUID[] ids = new UUID[n];
    String[] missions = new String[n];
    String[] destinations = new String[n];
    Boolean[] handedOver = new Boolean[n];
    Long[] projects = new Long[n];
    String[] nationalities = new String[n];
    Date[] months = new Date[n];
    String[] members = new String[n];
    String[] stages = new String[n];
    int i = 0;
    for (var e : cases.entrySet()) {
      CountedCase c = e.getValue();
      ids[i] = e.getKey();
      missions[i] = c.missionCode();
      destinations[i] = c.destinationCountry();
      handedOver[i] = c.handedOver();
      projects[i] = c.projectId();
      nationalities[i] = c.nationality();
      months[i] = Date.valueOf(c.registeredMonth());
      members[i] = c.membersText();
      stages[i] = c.stagesText();
      i++;
    }
    return Set.copyOf(
        jdbc.sql(
                """
                INSERT INTO reporting_dashboard_case (case_id, mission_code, destination_country,
                  handed_over, project_id, nationality, registered_month, members, stages)
                SELECT * FROM unnest(?::uuid[], ?::text[], ?::char(3)[], ?::boolean[],
                  ?::bigint[], ?::char(3)[], ?::date[], ?::text[], ?::text[])
                ON CONFLICT (case_id) DO NOTHING
                RETURNING case_id
                """)
            .params(
                ids,
                missions,
                destinations,
                handedOver,
                projects,
                nationalities,
                months,
                members,
                stages)
            .query(UUID.class)
            .list());
  }

  /** Adds {@code deltas} ({cases, people} per cell) to the counts, in one statement. */
  void add(Map<Cell, long[]> deltas) {
    List<Map.Entry<Cell, long[]>> rows = new ArrayList<>();
    for (var e : deltas.entrySet()) {
      if (e.getValue()[0] != 0 || e.getValue()[1] != 0) {
        rows.add(e);
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    int n = rows.size();
    String[] panels = new String[n];
    String[] missions = new String[n];
    String[] destinations = new String[n];
    Boolean[] handedOver = new Boolean[n];
    Long[] projects = new Long[n];
    String[] nationalities = new String[n];
    Date[] months = new Date[n];
    String[] k1 = new String[n];
    String[] k2 = new String[n];
    Long[] cases = new Long[n];
    Long[] people = new Long[n];
    for (int i = 0; i < n; i++) {
      Cell c = rows.get(i).getKey();
      panels[i] = c.panel();
      missions[i] = c.missionCode();
      destinations[i] = c.destinationCountry();
      handedOver[i] = c.handedOver();
      projects[i] = c.projectId();
      nationalities[i] = c.nationality();
      months[i] = Date.valueOf(c.month());
      k1[i] = c.k1();
      k2[i] = c.k2();
      cases[i] = rows.get(i).getValue()[0];
      people[i] = rows.get(i).getValue()[1];
    }
    jdbc.sql(
            """
            INSERT INTO reporting_dashboard_cell (panel, mission_code, destination_country,
              handed_over, project_id, nationality, month, k1, k2, cases, people)
            SELECT * FROM unnest(?::text[], ?::text[], ?::char(3)[], ?::boolean[], ?::bigint[],
              ?::char(3)[], ?::date[], ?::text[], ?::text[], ?::bigint[], ?::bigint[])
            """)
        .params(
            panels,
            missions,
            destinations,
            handedOver,
            projects,
            nationalities,
            months,
            k1,
            k2,
            cases,
            people)
        .update();
  }

  /** Sums the rows of each cell into one; returns how many rows there were. */
  long fold() {
    return jdbc.sql("SELECT reporting_dashboard_fold()").query(Long.class).single();
  }

  long countedCases() {
    return jdbc.sql("SELECT count(*) FROM reporting_dashboard_case").query(Long.class).single();
  }

  /** Forgets everything, for a rebuild from the registry. */
  void clear() {
    jdbc.sql("TRUNCATE reporting_dashboard_case, reporting_dashboard_cell").update();
  }
}
