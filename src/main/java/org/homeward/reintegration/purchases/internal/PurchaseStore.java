package org.homeward.reintegration.purchases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.PlanId;
import org.homeward.reintegration.internal.Amounts;
import org.homeward.reintegration.purchases.PurchaseOrder;
import org.homeward.reintegration.purchases.PurchaseStatus;
import org.homeward.reintegration.purchases.Threshold;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The purchase orders with their items and the expenditures they became, and the missions'
 * thresholds ({@code reintegration_purchase_*}, {@code reintegration_mission_setting}).
 */
@Repository
public class PurchaseStore {

  private final JdbcClient jdbc;

  PurchaseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next tranche's number of the plan (the caller holds the plan's lock). */
  public int nextTranche(PlanId plan) {
    return jdbc.sql(
            "SELECT coalesce(max(tranche), 0) + 1 FROM reintegration_purchase_order WHERE plan_id = ?")
        .param(plan.value())
        .query(Integer.class)
        .single();
  }

  public long insert(PurchaseOrder o) {
    long id =
        jdbc.sql(
                """
                INSERT INTO reintegration_purchase_order (plan_id, tranche, vendor_partner_id,
                  vendor, purchased_on, amount, currency, converted, needs_approval, status,
                  version, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id
                """)
            .params(
                o.planId().value(),
                o.tranche(),
                o.vendorPartnerId(),
                o.vendor(),
                o.purchasedOn(),
                Amounts.decimal(o.amount()),
                Amounts.code(o.amount()),
                Amounts.decimal(o.converted()),
                o.needsApproval(),
                o.status().name(),
                Timestamp.from(o.createdAt()),
                o.createdBy(),
                Timestamp.from(o.updatedAt()),
                o.updatedBy())
            .query(Long.class)
            .single();
    int position = 0;
    for (PurchaseOrder.Item item : o.items()) {
      jdbc.sql(
              "INSERT INTO reintegration_purchase_item (order_id, position, description,"
                  + " quantity, amount) VALUES (?, ?, ?, ?, ?)")
          .params(
              id, position++, item.description(), item.quantity(), Amounts.decimal(item.amount()))
          .update();
    }
    return id;
  }

  public void status(long id, PurchaseStatus to, String reason, Instant at, String by) {
    jdbc.sql(
            "UPDATE reintegration_purchase_order SET status = ?, closed_reason = ?,"
                + " version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?")
        .params(to.name(), reason, Timestamp.from(at), by, id)
        .update();
  }

  public void paid(long id, LocalDate on, Instant at, String by) {
    jdbc.sql(
            "UPDATE reintegration_purchase_order SET status = 'PAID', paid_on = ?, paid_at = ?,"
                + " paid_by = ?, version = version + 1, updated_at = ?, updated_by = ?"
                + " WHERE id = ?")
        .params(on, Timestamp.from(at), by, Timestamp.from(at), by, id)
        .update();
  }

  public void spent(long id, CaseId caseId, java.math.BigDecimal amount, long expenditureId) {
    jdbc.sql(
            "INSERT INTO reintegration_purchase_expenditure (order_id, case_id, amount,"
                + " expenditure_id) VALUES (?, ?, ?, ?)")
        .params(id, caseId.value(), amount, expenditureId)
        .update();
  }

  public Optional<PurchaseOrder> find(long id) {
    return jdbc.sql("SELECT * FROM reintegration_purchase_order WHERE id = ?")
        .param(id)
        .query(this::order)
        .optional();
  }

  public Optional<PurchaseOrder> lock(long id) {
    return jdbc.sql("SELECT * FROM reintegration_purchase_order WHERE id = ? FOR UPDATE")
        .param(id)
        .query(this::order)
        .optional();
  }

  public List<PurchaseOrder> ofPlan(PlanId plan) {
    return jdbc.sql("SELECT * FROM reintegration_purchase_order WHERE plan_id = ? ORDER BY tranche")
        .param(plan.value())
        .query(this::order)
        .list();
  }

  public Optional<Threshold> threshold(String mission) {
    return jdbc.sql("SELECT * FROM reintegration_mission_setting WHERE mission_code = ?")
        .param(mission)
        .query((rs, n) ->
            new Threshold(
                rs.getString("mission_code"),
                Amounts.money(rs, "purchase_threshold", "currency"),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by")))
        .optional();
  }

  public void saveThreshold(Threshold t) {
    jdbc.sql(
            """
            INSERT INTO reintegration_mission_setting (mission_code, purchase_threshold, currency,
              version, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (mission_code) DO UPDATE SET
              purchase_threshold = excluded.purchase_threshold, currency = excluded.currency,
              version = excluded.version, updated_at = excluded.updated_at,
              updated_by = excluded.updated_by
            """)
        .params(
            t.missionCode(),
            Amounts.decimal(t.amount()),
            Amounts.code(t.amount()),
            t.version(),
            Timestamp.from(t.updatedAt()),
            t.updatedBy())
        .update();
  }

  private PurchaseOrder order(ResultSet rs, int n) throws SQLException {
    long id = rs.getLong("id");
    CurrencyUnit currency = Amounts.currency(rs, "currency");
    List<PurchaseOrder.Item> items =
        jdbc.sql("SELECT * FROM reintegration_purchase_item WHERE order_id = ? ORDER BY position")
            .param(id)
            .query((r, i) ->
                new PurchaseOrder.Item(
                    r.getString("description"),
                    r.getInt("quantity"),
                    Amounts.money(r, "amount", currency)))
            .list();
    List<PurchaseOrder.Spent> spent =
        jdbc.sql("SELECT * FROM reintegration_purchase_expenditure WHERE order_id = ?")
            .param(id)
            .query((r, i) ->
                new PurchaseOrder.Spent(
                    new CaseId(r.getObject("case_id", UUID.class)),
                    Amounts.money(r, "amount", currency),
                    r.getLong("expenditure_id")))
            .list();
    Object partner = rs.getObject("vendor_partner_id");
    Timestamp created = rs.getTimestamp("created_at");
    PlanId plan = new PlanId(rs.getLong("plan_id"));
    String planCurrency =
        jdbc.sql("SELECT currency FROM reintegration_plan WHERE id = ?")
            .param(plan.value())
            .query(String.class)
            .single()
            .strip();
    return new PurchaseOrder(
        id,
        plan,
        rs.getInt("tranche"),
        partner == null ? null : ((Number) partner).longValue(),
        rs.getString("vendor"),
        rs.getObject("purchased_on", LocalDate.class),
        Amounts.money(rs, "amount", currency),
        org.javamoney.moneta.Money.of(rs.getBigDecimal("converted"), planCurrency),
        items,
        rs.getBoolean("needs_approval"),
        PurchaseStatus.valueOf(rs.getString("status")),
        rs.getObject("paid_on", LocalDate.class),
        rs.getString("paid_by"),
        rs.getString("closed_reason"),
        spent,
        rs.getLong("version"),
        created.toInstant(),
        rs.getString("created_by"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"));
  }
}
