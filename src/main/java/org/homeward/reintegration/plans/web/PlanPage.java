package org.homeward.reintegration.plans.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseId;
import org.homeward.registry.Cases;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.PlanId;
import org.homeward.reintegration.approvals.Approval;
import org.homeward.reintegration.approvals.Approvals;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.reintegration.partners.Partner;
import org.homeward.reintegration.partners.Partners;
import org.homeward.reintegration.plans.Plan;
import org.homeward.reintegration.plans.Plans;
import org.homeward.reintegration.purchases.PurchaseOrder;
import org.homeward.reintegration.purchases.Purchases;
import org.homeward.reintegration.purchases.Thresholds;
import org.homeward.reintegration.web.Form;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.web.FieldErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A plan's page ({@code reintegration/plan}): what it is for, its budget against its cap, its
 * approvals, its purchase orders with their approvals and payments, and the form of the next
 * tranche. Shared by the pages whose forms come back to it with their errors.
 */
@Component
public class PlanPage {

  /** The currencies the forms offer first: the project's, then the local ones. */
  public static final List<String> CURRENCIES = List.of("XAF", "XOF", "NGN", "USD", "EUR");

  private final Plans plans;
  private final Purchases purchases;
  private final Approvals approvals;
  private final Thresholds thresholds;
  private final Partners partners;
  private final Cases cases;
  private final Clock clock;

  PlanPage(
      Plans plans,
      Purchases purchases,
      Approvals approvals,
      Thresholds thresholds,
      Partners partners,
      Cases cases,
      Clock clock) {
    this.plans = plans;
    this.purchases = purchases;
    this.approvals = approvals;
    this.thresholds = thresholds;
    this.partners = partners;
    this.cases = cases;
    this.clock = clock;
  }

  /** A purchase order as its table shows it, with what waits or was decided for it. */
  public record OrderRow(PurchaseOrder order, List<Approval> approvals) {
    public Approval pending() {
      return approvals.stream().filter(Approval::pending).findFirst().orElse(null);
    }

    public Approval decided() {
      return approvals.stream()
          .filter(
              a -> a.status() == Approval.Status.APPROVED || a.status() == Approval.Status.REJECTED)
          .reduce((a, b) -> b)
          .orElse(null);
    }
  }

  /** Fills the model of the plan's page; {@code order} is the next tranche's form as typed. */
  public String render(Model model, PlanId id, Form order, FieldErrors errors, Actor actor) {
    Plan plan = plans.get(id, actor);
    List<Approval> all = approvals.ofPlan(id);
    Map<Long, List<Approval>> byOrder = Approvals.byPurchaseOrder(all);
    List<PurchaseOrder> orders = purchases.ofPlan(id, actor);
    boolean canWork = plans.canWork(plan, actor);
    Map<PersonId, String> names = new HashMap<>();
    Actor reader = ReintegrationScope.withoutSensitive(actor);
    for (CaseId c : plan.cases()) {
      try {
        cases.get(c, reader).members().forEach(p -> names.put(p.id(), p.fullName()));
      } catch (NotFoundException e) {
        // a member's case this reader may not open: shown by its case number alone
      }
    }
    MonetaryAmount remaining = purchases.remaining(plan, orders);
    model.addAttribute("plan", plan);
    model.addAttribute("names", names);
    model.addAttribute(
        "planApprovals", all.stream().filter(a -> a.subject() == Approval.Subject.PLAN).toList());
    model.addAttribute(
        "orders",
        orders.stream()
            .map(o -> new OrderRow(o, byOrder.getOrDefault(o.id(), List.of())))
            .toList());
    model.addAttribute("remaining", remaining);
    model.addAttribute(
        "anyPaid",
        orders.stream()
            .anyMatch(o -> o.status() == org.homeward.reintegration.purchases.PurchaseStatus.PAID));
    model.addAttribute("canWork", canWork);
    MonetaryAmount threshold = null;
    try {
      threshold = thresholds.of(plan.missionCode(), actor).map(t -> t.amount()).orElse(null);
    } catch (NotFoundException e) {
      // a reader outside the mission of return (the host mission) does not see its settings
    }
    model.addAttribute("threshold", threshold);
    model.addAttribute(
        "vendors",
        canWork ? partners.list(actor).stream().filter(Partner::active).toList() : List.of());
    model.addAttribute("currencies", currencies(plan));
    model.addAttribute("form", order);
    model.addAttribute("errors", errors);
    model.addAttribute("today", LocalDate.now(clock));
    if (!model.containsAttribute("cancelErrors")) {
      model.addAttribute("cancelErrors", FieldErrors.NONE);
    }
    if (!model.containsAttribute("stepErrors")) {
      model.addAttribute("stepErrors", FieldErrors.NONE);
    }
    return "reintegration/plan";
  }

  /** The currencies a form offers for a plan: its own first, then the local ones. */
  public static List<String> currencies(Plan plan) {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
    if (plan != null) {
      all.add(plan.currency().getCurrencyCode());
    }
    all.addAll(CURRENCIES);
    return List.copyOf(all);
  }
}
