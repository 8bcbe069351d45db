package org.homeward.registry.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.organisation.CaseScope;
import org.homeward.registry.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The number of cases by status within a mission scope, read from {@code registry_case_count},
 * which the database keeps in step with the cases in the transaction that changes them (migration
 * V51): exact, and a few hundred rows to read however many cases there are.
 */
@Repository
public class CaseCounts {

  private final JdbcClient jdbc;

  CaseCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The number of cases in each status within {@code scope}; a status with none is left out. */
  public Map<CaseStatus, Long> byStatus(CaseScope scope) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    List<Object> params = new ArrayList<>();
    CaseRepository.within(scope, where, params);
    Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
    jdbc.sql(
            "SELECT status, sum(cases) AS n FROM registry_case_count c"
                + where
                + " GROUP BY status HAVING sum(cases) <> 0")
        .params(params)
        .query(rs -> {
          counts.put(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
    return counts;
  }

  /** The number of cases within {@code scope} in one of {@code statuses} (any, when empty). */
  public long count(CaseScope scope, Set<CaseStatus> statuses) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    List<Object> params = new ArrayList<>();
    CaseRepository.within(scope, where, params);
    if (!statuses.isEmpty()) {
      where.append(" AND c.status = ANY (?)");
      params.add(statuses.stream().map(Enum::name).toArray(String[]::new));
    }
    return jdbc.sql("SELECT coalesce(sum(cases), 0) FROM registry_case_count c" + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  /**
   * Sums the rows of differences the changes since the last time added into one row per group;
   * returns how many rows there were before.
   */
  public long fold() {
    return jdbc.sql("SELECT registry_case_count_fold()").query(Long.class).single();
  }
}
