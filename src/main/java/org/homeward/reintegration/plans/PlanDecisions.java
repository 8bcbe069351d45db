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
import org.homeward.registry.CaseLifecycle;
import org.homeward.registry.CaseQueries;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.RegisteredPerson;
import org.homeward.registry.TransitionResult;
import org.homeward.reintegration.ReintegrationPlanApproved;
import org.homeward.reintegration.approvals.Approval;
import org.homeward.reintegration.approvals.ApprovalSubject;
import org.homeward.reintegration.internal.Amounts;
import org.homeward.reintegration.plans.internal.PlanStore;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What approving a plan does, whoever approves it (its submitter within the cap, a second person
 * above it): every case with a beneficiary in it moves ARRIVED → IN_REINTEGRATION through the
 * registry's lifecycle, and {@link ReintegrationPlanApproved} is published, in the approval's
 * transaction. A refusal of the second person sends the plan back to draft.
 */
@Component
class PlanDecisions implements ApprovalSubject {

  private final PlanStore store;
  private final CaseLifecycle lifecycle;
  private final CaseQueries registry;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PlanDecisions(
      PlanStore store,
      CaseLifecycle lifecycle,
      CaseQueries registry,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.registry = registry;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Approval.Subject subject() {
    return Approval.Subject.PLAN;
  }

  @Override
  public void approved(Approval approval, Actor approver) {
    Plan plan = store.lock(approval.planId()).orElseThrow(() -> notFound(approval));
    Instant now = clock.instant();
    Plan approved = plan.approved(approver, now, LocalDate.now(clock));
    store.update(approved);
    carryOut(approved, approver);
  }

  @Override
  public void rejected(Approval approval, Actor approver, String note) {
    Plan plan = store.lock(approval.planId()).orElseThrow(() -> notFound(approval));
    Plan back = plan.rejected(approver.username(), clock.instant());
    store.update(back);
    for (CaseId c : plan.cases()) {
      audit.record(
          AuditRecord.of(approver.username(), "reintegration.plan-sent-back", "case", c.toString())
              .inMission(plan.missionCode())
              .because(note)
              .withDetails(Map.of("planId", plan.id().toString())));
    }
  }

  /**
   * The approved plan's effects: its cases IN_REINTEGRATION (those not there yet), the approval
   * audited on each case, and the event.
   */
  void carryOut(Plan plan, Actor approver) {
    // the step is the approver's, as the registry records it; one who may not move cases has the
    // step made on the plan's behalf
    Actor stepper = approver.may(Permission.CASE_TRANSITION) ? approver : Actor.system();
    for (CaseId c : plan.cases()) {
      List<RegisteredPerson> members = registry.membersOf(c, Actor.system());
      CaseStatus status = members.isEmpty() ? null : members.getFirst().status();
      if (status == CaseStatus.ARRIVED) {
        TransitionResult moved =
            lifecycle.transition(
                c,
                CaseStatus.IN_REINTEGRATION,
                "reintegration plan " + plan.id() + " approved",
                stepper);
        if (moved instanceof TransitionResult.Refused refused) {
          throw new ConflictException(
              ProblemCode.TRANSITION_REFUSED,
              "case "
                  + members.getFirst().caseNumber()
                  + " cannot move to IN_REINTEGRATION: "
                  + String.join("; ", refused.refusals().stream().map(r -> r.reason()).toList()),
              Map.of("caseId", c.toString(), "from", refused.from().name()));
        }
      }
      audit.record(
          AuditRecord.of(approver.username(), "reintegration.plan-approved", "case", c.toString())
              .inMission(plan.missionCode())
              .withDetails(
                  Map.of(
                      "planId", plan.id().toString(),
                      "type", plan.type().name(),
                      "budget", Amounts.text(plan.total()),
                      "cap", Amounts.text(plan.cap()))));
    }
    events.publishEvent(
        new ReintegrationPlanApproved(
            plan.id(),
            plan.type(),
            plan.missionCode(),
            plan.cases(),
            plan.beneficiaries(),
            plan.total(),
            plan.approvedOn(),
            plan.approvedBy(),
            clock.instant()));
  }

  private static NotFoundException notFound(Approval approval) {
    return new NotFoundException("plan", approval.planId());
  }
}
