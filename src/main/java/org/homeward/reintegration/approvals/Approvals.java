package org.homeward.reintegration.approvals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.PlanId;
import org.homeward.reintegration.approvals.internal.ApprovalRows;
import org.homeward.reintegration.internal.Amounts;
import org.homeward.reintegration.internal.Fields;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ProblemCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second person's approvals. A plan above its cap or a purchase above the threshold asks for
 * one; whoever holds {@link Permission#REINTEGRATION_APPROVE} in the mission decides it, unless
 * they asked for it ({@link FourEyes}). The decision and its effect (the plan approved, the
 * purchase payable) are one transaction, audited.
 */
@Service
public class Approvals {

  /** What a plan or a purchase asks a second person to approve. */
  public record Request(
      Approval.Subject subject,
      PlanId planId,
      Long purchaseOrderId,
      String missionCode,
      CaseId caseId,
      String caseNumber,
      MonetaryAmount amount,
      MonetaryAmount limit,
      String reason) {}

  private final ApprovalRows rows;
  private final Map<Approval.Subject, ApprovalSubject> subjects;
  private final ReintegrationScope scope;
  private final AuditTrail audit;
  private final Clock clock;

  Approvals(
      ApprovalRows rows,
      List<ApprovalSubject> subjects,
      ReintegrationScope scope,
      AuditTrail audit,
      Clock clock) {
    this.rows = rows;
    this.subjects = new EnumMap<>(Approval.Subject.class);
    subjects.forEach(s -> this.subjects.put(s.subject(), s));
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
  }

  /** Asks for a second person's approval, in the caller's transaction; the request's id. */
  public Approval request(Request r, Actor requester) {
    Instant now = clock.instant();
    Approval pending =
        new Approval(
            0,
            r.subject(),
            r.planId(),
            r.purchaseOrderId(),
            r.missionCode(),
            r.caseId(),
            r.caseNumber(),
            r.amount(),
            r.limit(),
            r.reason(),
            requester.username(),
            now,
            Approval.Status.PENDING,
            null,
            null,
            null);
    long id = rows.insert(pending);
    Map<String, Object> details = new HashMap<>();
    details.put("approvalId", id);
    details.put("subject", r.subject().name());
    details.put("planId", r.planId().toString());
    details.put("amount", Amounts.text(r.amount()));
    if (r.purchaseOrderId() != null) {
      details.put("purchaseOrderId", r.purchaseOrderId());
    }
    audit.record(
        AuditRecord.of(
                requester.username(),
                "reintegration.approval-requested",
                "case",
                r.caseId().toString())
            .inMission(r.missionCode())
            .because(r.reason())
            .withDetails(details));
    return rows.find(id).orElseThrow();
  }

  /** Withdraws what waits for the plan, or for one of its purchase orders. */
  public void withdraw(PlanId plan, Long purchaseOrderId, String why) {
    rows.withdraw(plan, purchaseOrderId, why);
  }

  /**
   * What waits for the actor's decision: the pending requests of the missions they oversee that
   * someone else asked for. Empty for an actor who may not approve.
   */
  @Transactional(readOnly = true)
  public List<Approval> waitingFor(Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    if (!actor.may(Permission.REINTEGRATION_APPROVE)) {
      return List.of();
    }
    return rows.pending(scope.missionsRead(actor)).stream()
        .filter(a -> FourEyes.refusal(a.requestedBy(), actor).isEmpty())
        .toList();
  }

  /** The actor's own requests still waiting for a second person. */
  @Transactional(readOnly = true)
  public List<Approval> requestedBy(Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    return rows.pending(scope.missionsRead(actor)).stream()
        .filter(a -> a.requestedBy().equals(actor.username()))
        .toList();
  }

  /** Every request about the plan and its purchases, oldest first (the caller read the plan). */
  @Transactional(readOnly = true)
  public List<Approval> ofPlan(PlanId plan) {
    return rows.ofPlan(plan);
  }

  @Transactional(readOnly = true)
  public Approval get(long id, Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    return rows.find(id).filter(a -> reads(actor, a)).orElseThrow(() -> notFound(id));
  }

  /**
   * Decides a pending request: approved, what it was for is carried out (the plan approved and its
   * cases IN_REINTEGRATION, the purchase payable); rejected (with the reason, required), the plan
   * goes back to draft and the purchase stops.
   *
   * @throws ConflictException {@code four-eyes} when the actor asked for it; {@code
   *     already-decided} when it is no longer pending
   */
  @Transactional
  public Approval decide(long id, String decision, String note, Actor actor) {
    actor.require(Permission.REINTEGRATION_APPROVE);
    Violations v = new Violations();
    Approval.Decision answer = Fields.choice(v, "decision", decision, Approval.Decision.class);
    String why = Fields.optionalText(v, "note", note, Fields.LONG_TEXT);
    if (answer == Approval.Decision.REJECT && why == null && Fields.blank(note)) {
      v.add("note", "required", "say why the request is rejected");
    }
    v.throwIfAny();
    Approval a = rows.lock(id).filter(x -> reads(actor, x)).orElseThrow(() -> notFound(id));
    if (!a.pending()) {
      throw new ConflictException(
          ProblemCode.ALREADY_DECIDED,
          "this request was " + a.status() + " already",
          Map.of("status", a.status().name()));
    }
    FourEyes.require(a.requestedBy(), actor);
    Approval.Status status =
        answer == Approval.Decision.APPROVE ? Approval.Status.APPROVED : Approval.Status.REJECTED;
    Instant now = clock.instant();
    rows.decide(id, status, actor.username(), now, why);
    Approval decided = rows.find(id).orElseThrow();
    audit.record(
        AuditRecord.of(
                actor.username(),
                status == Approval.Status.APPROVED
                    ? "reintegration.approval-granted"
                    : "reintegration.approval-refused",
                "case",
                a.caseId().toString())
            .inMission(a.missionCode())
            .because(why)
            .withDetails(
                Map.of(
                    "approvalId", id,
                    "subject", a.subject().name(),
                    "planId", a.planId().toString(),
                    "requestedBy", a.requestedBy())));
    ApprovalSubject subject = subjects.get(a.subject());
    if (status == Approval.Status.APPROVED) {
      subject.approved(decided, actor);
    } else {
      subject.rejected(decided, actor, why);
    }
    return decided;
  }

  /** The requests of the missions the actor oversees. */
  private boolean reads(Actor actor, Approval a) {
    Set<String> missions = scope.missionsRead(actor);
    return missions == null || missions.contains(a.missionCode());
  }

  /** Every request of a list, grouped by what they are for (for a plan's page). */
  public static Map<Long, List<Approval>> byPurchaseOrder(List<Approval> approvals) {
    Map<Long, List<Approval>> grouped = new HashMap<>();
    for (Approval a : approvals) {
      if (a.purchaseOrderId() != null) {
        grouped.computeIfAbsent(a.purchaseOrderId(), k -> new ArrayList<>()).add(a);
      }
    }
    return grouped;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("approval", id);
  }
}
