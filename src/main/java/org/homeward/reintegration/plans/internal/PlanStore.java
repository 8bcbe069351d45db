package org.homeward.reintegration.plans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.PlanId;
import org.homeward.reintegration.PlanStatus;
import org.homeward.reintegration.PlanType;
import org.homeward.reintegration.internal.Amounts;
import org.homeward.reintegration.plans.Plan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plans with their members and items ({@code reintegration_plan}, {@code _member}, {@code
 * _item}): a plan is stored whole, its members and items replaced with it.
 */
@Repository("reintegrationPlanStore")
public class PlanStore {

  private final JdbcClient jdbc;

  PlanStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new plan (its id is ignored); the id it gets. */
  public PlanId insert(Plan p) {
    long id =
        jdbc.sql(
                """
                INSERT INTO reintegration_plan (case_id, case_number, mission_code, type, scope,
                  status, title, agreed_on, priced_on, currency, cap, total, sector, activity,
                  location, expected_income, expected_income_currency, business_plan,
                  provider_partner_id, provider, course, duration_weeks, training_cost,
                  training_cost_currency, training_cost_converted, description, requested_by,
                  requested_at, approved_by, approved_at, approved_on, closed_at, close_reason,
                  version, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id
                """)
            .params(columns(p, true))
            .query(Long.class)
            .single();
    PlanId planId = new PlanId(id);
    children(planId, p);
    return planId;
  }

  /** Replaces the stored plan with {@code p}, members and items included. */
  public void update(Plan p) {
    List<Object> params = new ArrayList<>(columns(p, false));
    params.add(p.id().value());
    jdbc.sql(
            """
            UPDATE reintegration_plan SET case_id = ?, case_number = ?, mission_code = ?,
              type = ?, scope = ?, status = ?, title = ?, agreed_on = ?, priced_on = ?,
              currency = ?, cap = ?, total = ?, sector = ?, activity = ?, location = ?,
              expected_income = ?, expected_income_currency = ?, business_plan = ?,
              provider_partner_id = ?, provider = ?, course = ?, duration_weeks = ?,
              training_cost = ?, training_cost_currency = ?, training_cost_converted = ?,
              description = ?, requested_by = ?, requested_at = ?, approved_by = ?,
              approved_at = ?, approved_on = ?, closed_at = ?, close_reason = ?, version = ?,
              created_at = ?, created_by = ?, updated_at = ?, updated_by = ?
            WHERE id = ?
            """)
        .params(params)
        .update();
    jdbc.sql("DELETE FROM reintegration_plan_member WHERE plan_id = ?")
        .param(p.id().value())
        .update();
    jdbc.sql("DELETE FROM reintegration_plan_item WHERE plan_id = ?")
        .param(p.id().value())
        .update();
    children(p.id(), p);
  }

  public Optional<Plan> find(PlanId id) {
    return jdbc.sql("SELECT * FROM reintegration_plan WHERE id = ?")
        .param(id.value())
        .query(this::plan)
        .optional();
  }

  public Optional<Plan> lock(PlanId id) {
    return jdbc.sql("SELECT * FROM reintegration_plan WHERE id = ? FOR UPDATE")
        .param(id.value())
        .query(this::plan)
        .optional();
  }

  /** The plans with a beneficiary in the case, cancelled ones too, oldest first. */
  public List<Plan> ofCase(CaseId id) {
    return jdbc.sql(
            """
            SELECT * FROM reintegration_plan WHERE id IN
              (SELECT plan_id FROM reintegration_plan_member WHERE case_id = ?)
            ORDER BY id
            """)
        .param(id.value())
        .query(this::plan)
        .list();
  }

  /** The plans a person is in now (not cancelled): at most one. */
  public Optional<Plan> activePlanOf(PersonId person) {
    return jdbc.sql(
            """
            SELECT * FROM reintegration_plan WHERE id IN
              (SELECT plan_id FROM reintegration_plan_member WHERE person_id = ? AND active)
            """)
        .param(person.value())
        .query(this::plan)
        .optional();
  }

  /** The plan each of these people is in now (not cancelled), by person. */
  public Map<PersonId, PlanId> activePlansOf(List<PersonId> people) {
    Map<PersonId, PlanId> plans = new HashMap<>();
    jdbc.sql(
            "SELECT person_id, plan_id FROM reintegration_plan_member"
                + " WHERE active AND person_id = ANY (?)")
        .param(people.stream().map(PersonId::value).toArray(UUID[]::new))
        .query((rs, n) -> {
          plans.put(
              new PersonId(rs.getObject("person_id", UUID.class)),
              new PlanId(rs.getLong("plan_id")));
          return null;
        })
        .list();
    return plans;
  }

  /** The plans of a mission in these statuses, oldest first (all missions when null). */
  public List<Plan> ofMissions(java.util.Set<String> missions, List<PlanStatus> statuses) {
    String[] names = statuses.stream().map(Enum::name).toArray(String[]::new);
    if (missions == null) {
      return jdbc.sql("SELECT * FROM reintegration_plan WHERE status = ANY (?) ORDER BY id")
          .param(names)
          .query(this::plan)
          .list();
    }
    return jdbc.sql(
            "SELECT * FROM reintegration_plan WHERE status = ANY (?) AND mission_code = ANY (?)"
                + " ORDER BY id")
        .params(names, missions.toArray(String[]::new))
        .query(this::plan)
        .list();
  }

  /** How many of the plan's purchase orders are paid, and how many are still open. */
  public record Purchases(int paid, int open) {}

  public Purchases purchases(PlanId id) {
    return jdbc.sql(
            """
            SELECT count(*) FILTER (WHERE status = 'PAID') AS paid,
                   count(*) FILTER (WHERE status IN ('ORDERED', 'AWAITING_APPROVAL', 'APPROVED'))
                     AS open
            FROM reintegration_purchase_order WHERE plan_id = ?
            """)
        .param(id.value())
        .query((rs, n) -> new Purchases(rs.getInt("paid"), rs.getInt("open")))
        .single();
  }

  /** Cancels the plan's purchase orders not paid yet, with the plan. */
  public int cancelOpenPurchases(PlanId id, String reason, Instant at, String by) {
    return jdbc.sql(
            """
            UPDATE reintegration_purchase_order SET status = 'CANCELLED', closed_reason = ?,
              version = version + 1, updated_at = ?, updated_by = ?
            WHERE plan_id = ? AND status IN ('ORDERED', 'AWAITING_APPROVAL', 'APPROVED', 'REJECTED')
            """)
        .params(reason, Timestamp.from(at), by, id.value())
        .update();
  }

  private void children(PlanId id, Plan p) {
    int position = 0;
    for (Plan.Member m : p.members()) {
      jdbc.sql(
              """
              INSERT INTO reintegration_plan_member (plan_id, position, person_id, case_id,
                case_number, project_code, cap, active)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              id.value(),
              position++,
              m.personId().value(),
              m.caseId().value(),
              m.caseNumber(),
              m.projectCode(),
              Amounts.decimal(m.cap()),
              p.status().isActive())
          .update();
    }
    position = 0;
    for (Plan.Item item : p.items()) {
      jdbc.sql(
              """
              INSERT INTO reintegration_plan_item (plan_id, position, description, amount,
                currency, converted)
              VALUES (?, ?, ?, ?, ?, ?)
              """)
          .params(
              id.value(),
              position++,
              item.description(),
              Amounts.decimal(item.amount()),
              Amounts.code(item.amount()),
              Amounts.decimal(item.converted()))
          .update();
    }
  }

  private static List<Object> columns(Plan p, boolean insert) {
    List<Object> values = new ArrayList<>();
    values.add(p.caseId().value());
    values.add(p.caseNumber());
    values.add(p.missionCode());
    values.add(p.type().name());
    values.add(p.scope().name());
    values.add(p.status().name());
    values.add(p.title());
    values.add(p.agreedOn());
    values.add(p.pricedOn());
    values.add(p.currency().getCurrencyCode());
    values.add(Amounts.decimal(p.cap()));
    values.add(Amounts.decimal(p.total()));
    Plan.Business b = p.business();
    values.add(b == null ? null : b.sector());
    values.add(b == null ? null : b.activity());
    values.add(b == null ? null : b.location());
    values.add(b == null ? null : Amounts.decimal(b.expectedMonthlyIncome()));
    values.add(b == null ? null : Amounts.code(b.expectedMonthlyIncome()));
    values.add(b == null ? null : b.businessPlan());
    Plan.Training t = p.training();
    values.add(t == null ? null : t.providerPartnerId());
    values.add(t == null ? null : t.provider());
    values.add(t == null ? null : t.course());
    values.add(t == null ? null : t.durationWeeks());
    values.add(t == null ? null : Amounts.decimal(t.cost()));
    values.add(t == null ? null : Amounts.code(t.cost()));
    values.add(t == null ? null : Amounts.decimal(t.costConverted()));
    values.add(p.description());
    values.add(p.requestedBy());
    values.add(timestamp(p.requestedAt()));
    values.add(p.approvedBy());
    values.add(timestamp(p.approvedAt()));
    values.add(p.approvedOn());
    values.add(timestamp(p.closedAt()));
    values.add(p.closeReason());
    values.add(insert ? 1L : p.version());
    values.add(timestamp(p.createdAt()));
    values.add(p.createdBy());
    values.add(timestamp(p.updatedAt()));
    values.add(p.updatedBy());
    return values;
  }

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private Plan plan(ResultSet rs, int n) throws SQLException {
    PlanId id = new PlanId(rs.getLong("id"));
    CurrencyUnit currency = Monetary.getCurrency(rs.getString("currency").strip());
    List<Plan.Member> members =
        jdbc.sql("SELECT * FROM reintegration_plan_member WHERE plan_id = ? ORDER BY position")
            .param(id.value())
            .query((r, i) ->
                new Plan.Member(
                    new PersonId(r.getObject("person_id", UUID.class)),
                    new CaseId(r.getObject("case_id", UUID.class)),
                    r.getString("case_number"),
                    r.getString("project_code"),
                    Amounts.money(r, "cap", currency)))
            .list();
    List<Plan.Item> items =
        jdbc.sql("SELECT * FROM reintegration_plan_item WHERE plan_id = ? ORDER BY position")
            .param(id.value())
            .query((r, i) ->
                new Plan.Item(
                    r.getString("description"),
                    Amounts.money(r, "amount", "currency"),
                    Amounts.money(r, "converted", currency)))
            .list();
    PlanType type = PlanType.valueOf(rs.getString("type"));
    Plan.Business business =
        rs.getString("sector") == null && rs.getString("activity") == null
            ? null
            : new Plan.Business(
                rs.getString("sector"),
                rs.getString("activity"),
                rs.getString("location"),
                Amounts.money(rs, "expected_income", "expected_income_currency"),
                rs.getString("business_plan"));
    Object partner = rs.getObject("provider_partner_id");
    Object weeks = rs.getObject("duration_weeks");
    Plan.Training training =
        type != PlanType.VOCATIONAL_TRAINING
            ? null
            : new Plan.Training(
                partner == null ? null : ((Number) partner).longValue(),
                rs.getString("provider"),
                rs.getString("course"),
                weeks == null ? null : ((Number) weeks).intValue(),
                Amounts.money(rs, "training_cost", "training_cost_currency"),
                Amounts.money(rs, "training_cost_converted", currency));
    return new Plan(
        id,
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getString("case_number"),
        rs.getString("mission_code"),
        type,
        Plan.Scope.valueOf(rs.getString("scope")),
        PlanStatus.valueOf(rs.getString("status")),
        rs.getString("title"),
        rs.getObject("agreed_on", LocalDate.class),
        rs.getObject("priced_on", LocalDate.class),
        currency,
        Amounts.money(rs, "cap", currency),
        Amounts.money(rs, "total", currency),
        members,
        items,
        business,
        training,
        rs.getString("description"),
        rs.getString("requested_by"),
        instant(rs, "requested_at"),
        rs.getString("approved_by"),
        instant(rs, "approved_at"),
        rs.getObject("approved_on", LocalDate.class),
        instant(rs, "closed_at"),
        rs.getString("close_reason"),
        rs.getLong("version"),
        instant(rs, "created_at"),
        rs.getString("created_by"),
        instant(rs, "updated_at"),
        rs.getString("updated_by"));
  }
}
