package org.homeward.reintegration.approvals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.PlanId;
import org.homeward.reintegration.approvals.Approval;
import org.homeward.reintegration.internal.Amounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requests for a second person's approval ({@code reintegration_approval}). */
@Repository
public class ApprovalRows {

  private final JdbcClient jdbc;

  ApprovalRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(Approval a) {
    return jdbc.sql(
            """
            INSERT INTO reintegration_approval (subject, plan_id, purchase_order_id, mission_code,
              case_id, case_number, amount, currency, limit_amount, limit_currency, reason,
              requested_by, requested_at, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING') RETURNING id
            """)
        .params(
            a.subject().name(),
            a.planId().value(),
            a.purchaseOrderId(),
            a.missionCode(),
            a.caseId().value(),
            a.caseNumber(),
            Amounts.decimal(a.amount()),
            Amounts.code(a.amount()),
            Amounts.decimal(a.limit()),
            Amounts.code(a.limit()),
            a.reason(),
            a.requestedBy(),
            Timestamp.from(a.requestedAt()))
        .query(Long.class)
        .single();
  }

  public Optional<Approval> find(long id) {
    return jdbc.sql("SELECT * FROM reintegration_approval WHERE id = ?")
        .param(id)
        .query(ApprovalRows::row)
        .optional();
  }

  public Optional<Approval> lock(long id) {
    return jdbc.sql("SELECT * FROM reintegration_approval WHERE id = ? FOR UPDATE")
        .param(id)
        .query(ApprovalRows::row)
        .optional();
  }

  /** The pending requests of these missions (all when null), oldest first. */
  public List<Approval> pending(Set<String> missions) {
    if (missions == null) {
      return jdbc.sql(
              "SELECT * FROM reintegration_approval WHERE status = 'PENDING' ORDER BY requested_at")
          .query(ApprovalRows::row)
          .list();
    }
    return jdbc.sql(
            "SELECT * FROM reintegration_approval WHERE status = 'PENDING'"
                + " AND mission_code = ANY (?) ORDER BY requested_at")
        .param(missions.toArray(String[]::new))
        .query(ApprovalRows::row)
        .list();
  }

  /** Every request about the plan and its purchases, oldest first. */
  public List<Approval> ofPlan(PlanId plan) {
    return jdbc.sql("SELECT * FROM reintegration_approval WHERE plan_id = ? ORDER BY id")
        .param(plan.value())
        .query(ApprovalRows::row)
        .list();
  }

  public void decide(long id, Approval.Status status, String by, Instant at, String note) {
    jdbc.sql(
            "UPDATE reintegration_approval SET status = ?, decided_by = ?, decided_at = ?,"
                + " note = ? WHERE id = ?")
        .params(status.name(), by, Timestamp.from(at), note, id)
        .update();
  }

  /** Withdraws what waits for the plan (or for one of its purchase orders, when given). */
  public void withdraw(PlanId plan, Long purchaseOrderId, String note) {
    if (purchaseOrderId == null) {
      jdbc.sql(
              "UPDATE reintegration_approval SET status = 'WITHDRAWN', note = ?"
                  + " WHERE plan_id = ? AND status = 'PENDING'")
          .params(note, plan.value())
          .update();
    } else {
      jdbc.sql(
              "UPDATE reintegration_approval SET status = 'WITHDRAWN', note = ?"
                  + " WHERE purchase_order_id = ? AND status = 'PENDING'")
          .params(note, purchaseOrderId)
          .update();
    }
  }

  static Approval row(ResultSet rs, int n) throws SQLException {
    Object order = rs.getObject("purchase_order_id");
    Timestamp decided = rs.getTimestamp("decided_at");
    return new Approval(
        rs.getLong("id"),
        Approval.Subject.valueOf(rs.getString("subject")),
        new PlanId(rs.getLong("plan_id")),
        order == null ? null : ((Number) order).longValue(),
        rs.getString("mission_code"),
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getString("case_number"),
        Amounts.money(rs, "amount", "currency"),
        Amounts.money(rs, "limit_amount", "limit_currency"),
        rs.getString("reason"),
        rs.getString("requested_by"),
        rs.getTimestamp("requested_at").toInstant(),
        Approval.Status.valueOf(rs.getString("status")),
        rs.getString("decided_by"),
        decided == null ? null : decided.toInstant(),
        rs.getString("note"));
  }
}
