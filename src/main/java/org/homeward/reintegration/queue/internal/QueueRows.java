package org.homeward.reintegration.queue.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.PlanStatus;
import org.homeward.reintegration.PlanType;
import org.homeward.reintegration.queue.QueueEntry.PlanState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How far each case of a queue has come: reception, assessments and plans, in three queries. */
@Repository
public class QueueRows {

  /** What the queue shows of a case's progress. */
  public record Progress(boolean received, int assessed, List<PlanState> plans) {
    static final Progress NONE = new Progress(false, 0, List.of());
  }

  private final JdbcClient jdbc;

  QueueRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Map<CaseId, Progress> progress(List<CaseId> cases) {
    UUID[] ids = cases.stream().map(CaseId::value).toArray(UUID[]::new);
    Map<UUID, Boolean> received = new HashMap<>();
    jdbc.sql("SELECT case_id FROM reintegration_reception WHERE case_id = ANY (?)")
        .param(ids)
        .query(UUID.class)
        .list()
        .forEach(id -> received.put(id, true));
    Map<UUID, Integer> assessed = new HashMap<>();
    jdbc.sql(
            "SELECT case_id, count(*) AS n FROM reintegration_assessment WHERE case_id = ANY (?)"
                + " GROUP BY case_id")
        .param(ids)
        .query((rs, n) -> {
          assessed.put(rs.getObject("case_id", UUID.class), rs.getInt("n"));
          return null;
        })
        .list();
    Map<UUID, List<PlanState>> plans = new HashMap<>();
    jdbc.sql(
            """
            SELECT DISTINCT m.case_id, p.id, p.type, p.status
            FROM reintegration_plan_member m JOIN reintegration_plan p ON p.id = m.plan_id
            WHERE m.case_id = ANY (?) AND m.active
            ORDER BY p.id
            """)
        .param(ids)
        .query((rs, n) -> {
          plans
              .computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
              .add(
                  new PlanState(
                      rs.getLong("id"),
                      PlanType.valueOf(rs.getString("type")),
                      PlanStatus.valueOf(rs.getString("status"))));
          return null;
        })
        .list();
    Map<CaseId, Progress> all = new HashMap<>();
    for (CaseId id : cases) {
      all.put(
          id,
          new Progress(
              received.getOrDefault(id.value(), false),
              assessed.getOrDefault(id.value(), 0),
              plans.getOrDefault(id.value(), List.of())));
    }
    return all;
  }
}
