package org.homeward.reintegration.purchases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.Expenditure;
import org.homeward.funding.ExpenditureSource;
import org.homeward.funding.Ledger;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.PlanId;
import org.homeward.reintegration.ReintegrationDetails.PurchaseDetails;
import org.homeward.reintegration.ReintegrationDetails.PurchaseItemDetails;
import org.homeward.reintegration.approvals.Approval;
import org.homeward.reintegration.approvals.Approvals;
import org.homeward.reintegration.internal.Amounts;
import org.homeward.reintegration.internal.Fields;
import org.homeward.reintegration.partners.Partner;
import org.homeward.reintegration.partners.Partners;
import org.homeward.reintegration.plans.Plan;
import org.homeward.reintegration.plans.Plans;
import org.homeward.reintegration.purchases.internal.PurchaseStore;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ProblemCode;
import org.javamoney.moneta.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purchases in kind of approved plans, tranche by tranche. An order is priced in the plan's
 * currency at funding's rate of its purchase day and must fit in what is left of the plan's budget;
 * one above the mission's threshold waits for a second person's approval. Paying an order records
 * it in funding's ledger ({@link Ledger#recordExpenditure}), on each case of the plan in the parts
 * of their caps, in the payment's transaction: if the ledger refuses, nothing is paid.
 */
@Service
public class Purchases {

  static final int MAX_ITEMS = 40;

  private final PurchaseStore store;
  private final Plans plans;
  private final Partners partners;
  private final Thresholds thresholds;
  private final Approvals approvals;
  private final Ledger ledger;
  private final AuditTrail audit;
  private final Clock clock;

  Purchases(
      PurchaseStore store,
      Plans plans,
      Partners partners,
      Thresholds thresholds,
      Approvals approvals,
      Ledger ledger,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.plans = plans;
    this.partners = partners;
    this.thresholds = thresholds;
    this.approvals = approvals;
    this.ledger = ledger;
    this.audit = audit;
    this.clock = clock;
  }

  /** The plan's purchase orders, by tranche, for a reader of the plan. */
  @Transactional
  public List<PurchaseOrder> ofPlan(PlanId id, Actor actor) {
    plans.get(id, actor);
    return store.ofPlan(id);
  }

  @Transactional
  public PurchaseOrder get(long id, Actor actor) {
    PurchaseOrder order = store.find(id).orElseThrow(() -> notFound(id));
    try {
      plans.get(order.planId(), actor);
    } catch (NotFoundException e) {
      throw notFound(id);
    }
    return order;
  }

  /** What is left of the plan's budget after its orders (rejected and cancelled ones aside). */
  public MonetaryAmount remaining(Plan plan, List<PurchaseOrder> orders) {
    MonetaryAmount ordered = ordered(plan, orders);
    return plan.total().subtract(ordered);
  }

  /**
   * Orders goods or services for an approved plan: the next tranche.
   *
   * @throws ConflictException {@code plan-status} unless the plan is approved; {@code
   *     plan-budget-exceeded} when the order would take the plan's purchases above its budget;
   *     {@code exchange-rate-missing} when the amount cannot be converted on its day
   */
  @Transactional
  public PurchaseOrder order(PlanId planId, PurchaseDetails details, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Plan plan = plans.forPurchase(planId, actor);
    LocalDate today = LocalDate.now(clock);
    Violations v = new Violations();
    Partner partner =
        partners.usable(v, "vendorPartnerId", details.vendorPartnerId(), plan.missionCode());
    String vendor = Fields.optionalText(v, "vendor", details.vendor(), Fields.SHORT_TEXT);
    if (partner == null && vendor == null && Fields.blank(details.vendorPartnerId())) {
      v.add("vendor", "required", "the vendor: a partner of the mission, or another's name");
    }
    LocalDate on = Fields.date(v, "purchasedOn", details.purchasedOn(), today, false);
    CurrencyUnit currency =
        Fields.blank(details.currency())
            ? plan.currency()
            : Fields.optionalCurrency(v, "currency", details.currency());
    List<PurchaseOrder.Item> items = items(v, details.items(), currency);
    v.throwIfAny();
    MonetaryAmount amount =
        items.stream()
            .map(PurchaseOrder.Item::amount)
            .reduce(Money.of(0, currency), MonetaryAmount::add);
    MonetaryAmount converted = ledger.convert(amount, plan.currency(), on);
    List<PurchaseOrder> orders = store.ofPlan(planId);
    MonetaryAmount ordered = ordered(plan, orders);
    if (ordered.add(converted).isGreaterThan(plan.total())) {
      MonetaryAmount left = plan.total().subtract(ordered);
      throw new ConflictException(
          ProblemCode.PLAN_BUDGET_EXCEEDED,
          "this order ("
              + Amounts.text(converted)
              + " on "
              + on
              + ") passes what is left of the plan's budget, "
              + Amounts.text(left)
              + " of "
              + Amounts.text(plan.total()),
          Map.of(
              "budget", Amounts.plain(plan.total()),
              "ordered", Amounts.plain(ordered),
              "remaining", Amounts.plain(left),
              "currency", plan.currency().getCurrencyCode()));
    }
    Thresholds.Weighing weighing = thresholds.weigh(plan.missionCode(), amount, on);
    Instant now = clock.instant();
    PurchaseOrder order =
        new PurchaseOrder(
            0,
            planId,
            store.nextTranche(planId),
            partner == null ? null : partner.id(),
            partner == null ? vendor : partner.name(),
            on,
            amount,
            converted,
            items,
            weighing.needsApproval(),
            weighing.needsApproval() ? PurchaseStatus.AWAITING_APPROVAL : PurchaseStatus.ORDERED,
            null,
            null,
            null,
            List.of(),
            1,
            now,
            actor.username(),
            now,
            actor.username());
    long id = store.insert(order);
    for (CaseId c : plan.cases()) {
      audit.record(
          AuditRecord.of(actor.username(), "reintegration.purchase-ordered", "case", c.toString())
              .inMission(plan.missionCode())
              .withDetails(
                  Map.of(
                      "purchaseOrderId", id,
                      "planId", planId.toString(),
                      "tranche", order.tranche(),
                      "vendor", order.vendor(),
                      "amount", Amounts.text(amount),
                      "converted", Amounts.text(converted),
                      "needsApproval", weighing.needsApproval())));
    }
    if (weighing.needsApproval()) {
      approvals.request(
          new Approvals.Request(
              Approval.Subject.PURCHASE_ORDER,
              planId,
              id,
              plan.missionCode(),
              plan.caseId(),
              plan.caseNumber(),
              amount,
              weighing.limit(),
              weighing.limit() == null
                  ? "the mission has set no threshold: every purchase is approved twice"
                  : "the purchase "
                      + Amounts.text(weighing.weighed())
                      + " passes the mission's threshold of "
                      + Amounts.text(weighing.limit())),
          actor);
    }
    return store.find(id).orElseThrow();
  }

  /**
   * Pays an order (within the threshold, or approved by a second person): it is recorded in the
   * ledger as expenditures on the reintegration line of each of the plan's cases, dated its
   * purchase day (converted at that day's rate), linked to the order, in this transaction.
   *
   * @throws ConflictException {@code purchase-status} when the order is not payable; the ledger's
   *     {@code no-commitment} or {@code exchange-rate-missing}
   */
  @Transactional
  public PurchaseOrder pay(long id, String paidOn, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    // the plan first, then the order: the order in which every step takes their locks
    PlanId planId = store.find(id).orElseThrow(() -> notFound(id)).planId();
    Plan plan = plans.forPurchase(planId, actor);
    PurchaseOrder order = store.lock(id).orElseThrow(() -> notFound(id));
    LocalDate today = LocalDate.now(clock);
    Violations v = new Violations();
    LocalDate on =
        Fields.blank(paidOn) ? today : Fields.optionalDate(v, "paidOn", paidOn, today, false);
    if (on != null && on.isBefore(order.purchasedOn())) {
      v.add("paidOn", "out-of-range", "on or after the purchase, " + order.purchasedOn());
    }
    v.throwIfAny();
    order
        .refusalToPay()
        .ifPresent(e -> {
          throw e;
        });
    List<String> expenditureIds = new ArrayList<>();
    for (Map.Entry<CaseId, MonetaryAmount> part : plan.split(order.amount()).entrySet()) {
      if (!part.getValue().isPositive()) {
        continue;
      }
      Expenditure spent =
          ledger.recordExpenditure(
              part.getKey(),
              BudgetLine.REINTEGRATION,
              part.getValue(),
              order.purchasedOn(),
              ExpenditureSource.purchaseOrder(Long.toString(id)),
              actor);
      store.spent(id, part.getKey(), Amounts.decimal(part.getValue()), spent.id().value());
      expenditureIds.add(spent.id().toString());
    }
    Instant now = clock.instant();
    store.paid(id, on, now, actor.username());
    for (CaseId c : plan.cases()) {
      audit.record(
          AuditRecord.of(actor.username(), "reintegration.purchase-paid", "case", c.toString())
              .inMission(plan.missionCode())
              .withDetails(
                  Map.of(
                      "purchaseOrderId", id,
                      "planId", plan.id().toString(),
                      "tranche", order.tranche(),
                      "amount", Amounts.text(order.amount()),
                      "paidOn", on.toString(),
                      "expenditures", String.join(",", expenditureIds))));
    }
    return store.find(id).orElseThrow();
  }

  /** Cancels an order not paid, with the reason; what waited for approval is withdrawn. */
  @Transactional
  public PurchaseOrder cancel(long id, String reason, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Violations v = new Violations();
    String why = Fields.text(v, "reason", reason, Fields.LONG_TEXT);
    v.throwIfAny();
    PlanId planId = store.find(id).orElseThrow(() -> notFound(id)).planId();
    Plan plan = plans.forPurchase(planId, actor);
    PurchaseOrder order = store.lock(id).orElseThrow(() -> notFound(id));
    order
        .refusalToCancel()
        .ifPresent(e -> {
          throw e;
        });
    store.status(id, PurchaseStatus.CANCELLED, why, clock.instant(), actor.username());
    approvals.withdraw(plan.id(), id, "the purchase order was cancelled");
    for (CaseId c : plan.cases()) {
      audit.record(
          AuditRecord.of(actor.username(), "reintegration.purchase-cancelled", "case", c.toString())
              .inMission(plan.missionCode())
              .because(why)
              .withDetails(Map.of("purchaseOrderId", id, "tranche", order.tranche())));
    }
    return store.find(id).orElseThrow();
  }

  private static MonetaryAmount ordered(Plan plan, List<PurchaseOrder> orders) {
    return orders.stream()
        .filter(o -> o.status().counts())
        .map(PurchaseOrder::converted)
        .reduce(Amounts.zero(plan.currency()), MonetaryAmount::add);
  }

  private static List<PurchaseOrder.Item> items(
      Violations v, List<PurchaseItemDetails> typed, CurrencyUnit currency) {
    List<PurchaseOrder.Item> items = new ArrayList<>();
    List<PurchaseItemDetails> lines = typed == null ? List.of() : typed;
    if (lines.size() > MAX_ITEMS) {
      v.add("items", "too-many", "at most " + MAX_ITEMS + " items");
      return items;
    }
    for (int i = 0; i < lines.size(); i++) {
      PurchaseItemDetails line = lines.get(i);
      if (line == null
          || (Fields.blank(line.description())
              && Fields.blank(line.amount())
              && Fields.blank(line.quantity()))) {
        continue;
      }
      Violations at = v.at("items[" + i + "]");
      String description = Fields.text(at, "description", line.description(), Fields.SHORT_TEXT);
      Integer quantity =
          Fields.blank(line.quantity())
              ? Integer.valueOf(1)
              : Fields.optionalInteger(at, "quantity", line.quantity(), 1, 100_000);
      MonetaryAmount amount = Fields.amount(at, "amount", line.amount(), currency, true);
      if (description != null && quantity != null && amount != null) {
        items.add(new PurchaseOrder.Item(description, quantity, amount));
      }
    }
    if (items.isEmpty() && v.list().stream().noneMatch(x -> x.field().startsWith("items"))) {
      v.add("items", "required", "an order lists what it buys: at least one item and its cost");
    }
    return items;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("purchase order", id);
  }
}
