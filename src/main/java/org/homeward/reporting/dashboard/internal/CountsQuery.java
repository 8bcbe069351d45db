package org.homeward.reporting.dashboard.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.homeward.organisation.CaseScope;

/**
 * Which cells of the counts a dashboard sums: those of the cases the reader may see (the access
 * rules' scope, and a donor's projects), narrowed by the filter. Each condition reads columns of
 * the counts only, never the registry.
 *
 * @param scope the cases the reader may see, by holding mission and receiving country
 * @param mission the filter's mission, as a scope of its own; null for every mission
 * @param projects only cells of these projects; null for any project (or none)
 */
public record CountsQuery(
    CaseScope scope,
    CaseScope mission,
    Set<Long> projects,
    YearMonth from,
    YearMonth to,
    String nationality) {

  /**
   * The SQL condition over reporting_dashboard_cell and its parameters, in order: the cells of all
   * time when no period is asked for, else those of the months in it.
   */
  Where where() {
    return where(false);
  }

  /** The same, over the cells of each month even with no period (a panel drawn by month). */
  Where where(boolean byMonth) {
    StringBuilder sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    and(sql, params, scope.condition("mission_code", "destination_country", "handed_over"));
    if (mission != null) {
      and(sql, params, mission.condition("mission_code", "destination_country", "handed_over"));
    }
    if (projects != null) {
      sql.append(" AND project_id = ANY (?)");
      params.add(projects.toArray(Long[]::new));
    }
    if (from == null && to == null && !byMonth) {
      sql.append(" AND month = ?");
      params.add(Date.valueOf(Cell.ALL_TIME));
    } else {
      sql.append(" AND month > ?");
      params.add(Date.valueOf(Cell.ALL_TIME));
    }
    if (from != null) {
      sql.append(" AND month >= ?");
      params.add(Date.valueOf(from.atDay(1)));
    }
    if (to != null) {
      sql.append(" AND month <= ?");
      params.add(Date.valueOf(to.atDay(1)));
    }
    if (nationality != null) {
      sql.append(" AND nationality = ?");
      params.add(nationality);
    }
    return new Where(sql.toString(), params);
  }

  private static void and(StringBuilder sql, List<Object> params, CaseScope.Condition c) {
    sql.append(" AND ").append(c.sql());
    params.addAll(c.params());
  }

  record Where(String sql, List<Object> params) {}
}
