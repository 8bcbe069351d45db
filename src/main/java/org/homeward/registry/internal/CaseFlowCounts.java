package org.homeward.registry.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.homeward.registry.CaseFlows;
import org.homeward.registry.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The counts of {@link CaseFlows}, from the cases and their status history. */
@Repository
class CaseFlowCounts implements CaseFlows {

  private static final String PEOPLE =
      "(SELECT count(*) FROM registry_person m WHERE m.case_id = c.id)";

  private final JdbcClient jdbc;

  CaseFlowCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public Count registered(Set<String> missions, LocalDate from, LocalDate to) {
    return jdbc.sql(
            "SELECT count(*) AS households, coalesce(sum("
                + PEOPLE
                + "), 0) AS people"
                + " FROM registry_case c WHERE c.mission_code = ANY (?)"
                + " AND c.registration_date BETWEEN ? AND ?")
        .params(missions.toArray(String[]::new), from, to)
        .query((rs, n) -> new Count(rs.getLong("households"), rs.getLong("people")))
        .single();
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Count> enteredByDestination(
      Set<String> missions, CaseStatus status, LocalDate from, LocalDate to) {
    Map<String, Count> counts = new TreeMap<>();
    jdbc.sql(
            "SELECT c.destination_country, count(*) AS households,"
                + " coalesce(sum("
                + PEOPLE
                + "), 0) AS people"
                + " FROM registry_case c WHERE c.mission_code = ANY (?) AND EXISTS ("
                + " SELECT 1 FROM registry_status_change s WHERE s.case_id = c.id"
                + " AND s.to_status = ? AND s.at >= (?::date AT TIME ZONE 'UTC')"
                + " AND s.at < ((?::date + 1) AT TIME ZONE 'UTC'))"
                + " GROUP BY c.destination_country")
        .params(missions.toArray(String[]::new), status.name(), from, to)
        .query(rs -> {
          counts.put(
              rs.getString("destination_country"),
              new Count(rs.getLong("households"), rs.getLong("people")));
        });
    return counts;
  }
}
