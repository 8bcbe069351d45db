package org.homeward.reintegration.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.PlanId;
import org.homeward.reintegration.PlanStatus;
import org.homeward.reintegration.ReintegrationDetails.PlanDetails;
import org.homeward.reintegration.approvals.Approval;
import org.homeward.reintegration.approvals.Approvals;
import org.homeward.reintegration.internal.Amounts;
import org.homeward.reintegration.internal.Fields;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.reintegration.internal.ReintegrationScope.Opened;
import org.homeward.reintegration.plans.internal.PlanStore;
import org.homeward.reintegration.queue.Queue;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ProblemCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reintegration plans through their life: drafted with the returnee by the mission that received
 * them ({@link Permission#REINTEGRATION_MANAGE}), changed while a draft, submitted (approved at
 * once within the cap, else sent to a second person), cancelled before anything is paid, completed
 * when everything is bought. Each step is audited on every case the plan is for.
 */
@Service("reintegrationPlans")
public class Plans {

  private final PlanStore store;
  private final PlanDrafts drafts;
  private final PlanDecisions decisions;
  private final Approvals approvals;
  private final ReintegrationScope scope;
  private final Queue queue;
  private final AuditTrail audit;
  private final Clock clock;

  Plans(
      PlanStore store,
      PlanDrafts drafts,
      PlanDecisions decisions,
      Approvals approvals,
      ReintegrationScope scope,
      Queue queue,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.drafts = drafts;
    this.decisions = decisions;
    this.approvals = approvals;
    this.scope = scope;
    this.queue = queue;
    this.audit = audit;
    this.clock = clock;
  }

  /** The plan, if the actor may open the case it was made from. */
  @Transactional
  public Plan get(PlanId id, Actor actor) {
    Plan plan = store.find(id).orElseThrow(() -> notFound(id));
    readable(plan, actor);
    return plan;
  }

  /** The plans with a beneficiary in the case, oldest first (cancelled ones too). */
  @Transactional
  public List<Plan> ofCase(CaseId id, Actor actor) {
    scope.readable(id, actor);
    return store.ofCase(id);
  }

  /** May the actor change this plan's case (the mission that received it)? */
  public boolean canWork(Plan plan, Actor actor) {
    if (!actor.may(Permission.REINTEGRATION_MANAGE)) {
      return false;
    }
    try {
      scope.requireReceiving(actor, scope.readable(plan.caseId(), actor));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Drafts a plan for the case's returnees (all of them when none is named), priced in the currency
   * of the project that pays for them.
   *
   * @throws ConflictException {@code already-in-a-plan} when a beneficiary is in another plan;
   *     {@code no-commitment}, {@code exchange-rate-missing} as the pricing needs
   */
  @Transactional
  public Plan draft(CaseId caseId, PlanDetails details, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Opened lead = scope.changeable(caseId, actor);
    Plan plan = drafts.read(lead, details, actor, null);
    requireFree(plan, null);
    PlanId id;
    try {
      id = store.insert(plan);
    } catch (DuplicateKeyException e) {
      throw inAnotherPlan(plan.beneficiaries().getFirst(), null);
    }
    queue.takeIfUnassigned(lead, actor);
    Plan stored = store.find(id).orElseThrow();
    audit(stored, "reintegration.plan-drafted", actor, null);
    return stored;
  }

  /** Replaces the draft with {@code details}, if still at {@code expectedVersion} when given. */
  @Transactional
  public Plan change(PlanId id, Long expectedVersion, PlanDetails details, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Plan before = locked(id, expectedVersion, actor);
    before
        .refusalToChange()
        .ifPresent(e -> {
          throw e;
        });
    Opened lead = scope.changeable(before.caseId(), actor);
    Plan plan = drafts.read(lead, details, actor, before);
    requireFree(plan, id);
    try {
      store.update(plan);
    } catch (DuplicateKeyException e) {
      throw inAnotherPlan(plan.beneficiaries().getFirst(), null);
    }
    Plan stored = store.find(id).orElseThrow();
    audit(stored, "reintegration.plan-changed", actor, null);
    return stored;
  }

  /**
   * Submits the draft, agreed with the returnee: within its cap it is approved at once (its cases
   * move to IN_REINTEGRATION); above it, a second person's approval is asked.
   */
  @Transactional
  public Plan submit(PlanId id, Long expectedVersion, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Plan plan = locked(id, expectedVersion, actor);
    scope.changeable(plan.caseId(), actor);
    plan.refusalToChange()
        .ifPresent(e -> {
          throw e;
        });
    Violations v = new Violations();
    v.check(
        plan.agreedOn() != null,
        "agreedOn",
        "required",
        "the returnee agrees to the plan before it is submitted: record the day");
    v.check(plan.total().isPositive(), "items", "required", "the plan's budget is empty");
    v.throwIfAny();
    Instant now = clock.instant();
    Plan submitted = plan.submitted(actor.username(), now, LocalDate.now(clock));
    store.update(submitted);
    audit(
        submitted,
        "reintegration.plan-submitted",
        actor,
        submitted.aboveCap()
            ? "above the cap by " + Amounts.text(submitted.overCap())
            : "within the cap");
    if (submitted.status() == PlanStatus.APPROVED) {
      decisions.carryOut(submitted, actor);
    } else {
      approvals.request(
          new Approvals.Request(
              Approval.Subject.PLAN,
              id,
              null,
              plan.missionCode(),
              plan.caseId(),
              plan.caseNumber(),
              plan.total(),
              plan.cap(),
              "the budget "
                  + Amounts.text(plan.total())
                  + " passes the cap "
                  + Amounts.text(plan.cap())
                  + " by "
                  + Amounts.text(plan.overCap())),
          actor);
    }
    return store.find(id).orElseThrow();
  }

  /**
   * Cancels the plan, with the reason, before any of its purchases is paid: its open purchase
   * orders and what waits for approval go with it, and its beneficiaries are free for another plan.
   */
  @Transactional
  public Plan cancel(PlanId id, String reason, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Violations v = new Violations();
    String why = Fields.text(v, "reason", reason, Fields.LONG_TEXT);
    v.throwIfAny();
    Plan plan = locked(id, null, actor);
    scope.changeable(plan.caseId(), actor);
    if (store.purchases(id).paid() > 0) {
      throw new ConflictException(
          ProblemCode.PLAN_STATUS,
          "plan " + id + " has paid purchases: it is completed, not cancelled",
          Map.of("status", plan.status().name(), "needed", PlanStatus.APPROVED.name()));
    }
    Instant now = clock.instant();
    Plan cancelled = plan.cancelled(why, actor.username(), now);
    store.update(cancelled);
    store.cancelOpenPurchases(id, "the plan was cancelled: " + why, now, actor.username());
    approvals.withdraw(id, null, "the plan was cancelled");
    audit(cancelled, "reintegration.plan-cancelled", actor, why);
    return store.find(id).orElseThrow();
  }

  /** Marks the approved plan completed: every purchase order of it paid or closed. */
  @Transactional
  public Plan complete(PlanId id, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Plan plan = locked(id, null, actor);
    scope.changeable(plan.caseId(), actor);
    if (store.purchases(id).open() > 0) {
      throw new ConflictException(
          ProblemCode.PLAN_STATUS,
          "plan " + id + " has purchase orders still open: pay or cancel them first",
          Map.of("status", plan.status().name(), "needed", PlanStatus.APPROVED.name()));
    }
    Plan done = plan.completed(actor.username(), clock.instant());
    store.update(done);
    audit(done, "reintegration.plan-completed", actor, null);
    return store.find(id).orElseThrow();
  }

  /**
   * The plan, locked in the caller's transaction, for a purchase by the mission that received its
   * cases: refused unless it is approved.
   */
  public Plan forPurchase(PlanId id, Actor actor) {
    Plan plan = locked(id, null, actor);
    scope.changeable(plan.caseId(), actor);
    plan.refusalToBuy()
        .ifPresent(e -> {
          throw e;
        });
    return plan;
  }

  private Plan locked(PlanId id, Long expectedVersion, Actor actor) {
    Plan plan = store.lock(id).orElseThrow(() -> notFound(id));
    readable(plan, actor);
    if (expectedVersion != null && expectedVersion != plan.version()) {
      throw new StaleVersionException(plan.version());
    }
    return plan;
  }

  private void readable(Plan plan, Actor actor) {
    try {
      scope.readable(plan.caseId(), actor);
    } catch (NotFoundException e) {
      throw notFound(plan.id());
    }
  }

  /** Refuses a beneficiary who is in another plan now. */
  private void requireFree(Plan plan, PlanId self) {
    var taken = store.activePlansOf(plan.beneficiaries());
    for (int i = 0; i < plan.members().size(); i++) {
      PersonId person = plan.members().get(i).personId();
      PlanId other = taken.get(person);
      if (other != null && !other.equals(self)) {
        throw inAnotherPlan(person, other);
      }
    }
  }

  private static ConflictException inAnotherPlan(PersonId person, PlanId other) {
    return new ConflictException(
        ProblemCode.ALREADY_IN_A_PLAN,
        "returnee "
            + person
            + " is in plan "
            + (other == null ? "another plan" : other)
            + " already: a returnee is in one plan at a time",
        other == null
            ? Map.of("personId", person.toString())
            : Map.of("personId", person.toString(), "planId", other.toString()));
  }

  private void audit(Plan plan, String action, Actor actor, String reason) {
    for (CaseId c : plan.cases()) {
      audit.record(
          AuditRecord.of(actor.username(), action, "case", c.toString())
              .inMission(plan.missionCode())
              .because(reason)
              .withDetails(
                  Map.of(
                      "planId", plan.id().toString(),
                      "type", plan.type().name(),
                      "status", plan.status().name(),
                      "total", Amounts.text(plan.total()),
                      "cap", Amounts.text(plan.cap()))));
    }
  }

  static NotFoundException notFound(PlanId id) {
    return new NotFoundException("plan", id);
  }
}
