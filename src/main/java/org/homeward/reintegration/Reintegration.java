package org.homeward.reintegration;

import org.homeward.organisation.Actor;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.ReintegrationDetails.AssessmentDetails;
import org.homeward.reintegration.ReintegrationDetails.PartnerDetails;
import org.homeward.reintegration.ReintegrationDetails.PlanDetails;
import org.homeward.reintegration.ReintegrationDetails.ProfileDetails;
import org.homeward.reintegration.ReintegrationDetails.PurchaseDetails;
import org.homeward.reintegration.ReintegrationDetails.ReceptionDetails;
import org.homeward.reintegration.ReintegrationDetails.ReferralDetails;
import org.homeward.reintegration.ReintegrationDetails.ThresholdDetails;
import org.homeward.reintegration.approvals.Approvals;
import org.homeward.reintegration.assessment.Assessments;
import org.homeward.reintegration.monitoring.ActivityStatus;
import org.homeward.reintegration.monitoring.Monitoring;
import org.homeward.reintegration.monitoring.Visit;
import org.homeward.reintegration.monitoring.VisitMode;
import org.homeward.reintegration.partners.Partners;
import org.homeward.reintegration.partners.Referrals;
import org.homeward.reintegration.plans.Plans;
import org.homeward.reintegration.purchases.Purchases;
import org.homeward.reintegration.purchases.Thresholds;
import org.homeward.reintegration.queue.Profiles;
import org.homeward.reintegration.queue.Queue;
import org.homeward.reintegration.reception.Receptions;
import org.springframework.stereotype.Service;

/**
 * The module's commands for the rest of Homeward (the demo story, tools): a thin facade over the
 * use cases the pages and the API call, with the same rules and rights. Every step takes the actor
 * and is audited; see each sub-package for the rules.
 */
@Service
public class Reintegration {

  private final Profiles profiles;
  private final Queue queue;
  private final Receptions receptions;
  private final Assessments assessments;
  private final Plans plans;
  private final Purchases purchases;
  private final Thresholds thresholds;
  private final Approvals approvals;
  private final Partners partners;
  private final Referrals referrals;
  private final Monitoring monitoring;

  Reintegration(
      Profiles profiles,
      Queue queue,
      Receptions receptions,
      Assessments assessments,
      Plans plans,
      Purchases purchases,
      Thresholds thresholds,
      Approvals approvals,
      Partners partners,
      Referrals referrals,
      Monitoring monitoring) {
    this.profiles = profiles;
    this.queue = queue;
    this.receptions = receptions;
    this.assessments = assessments;
    this.plans = plans;
    this.purchases = purchases;
    this.thresholds = thresholds;
    this.approvals = approvals;
    this.partners = partners;
    this.referrals = referrals;
    this.monitoring = monitoring;
  }

  /** The host mission records what it learned of a returnee before departure. */
  public void recordProfile(PersonId person, ProfileDetails details, Actor actor) {
    profiles.record(person, null, details, actor);
  }

  /** Names the officer who follows the case (the actor when blank). */
  public void assign(CaseId caseId, String officer, Actor actor) {
    queue.assign(caseId, officer, actor);
  }

  public void recordReception(CaseId caseId, ReceptionDetails details, Actor actor) {
    receptions.record(caseId, null, details, actor);
  }

  public void recordAssessment(
      CaseId caseId, PersonId person, AssessmentDetails details, Actor actor) {
    assessments.record(caseId, person, null, details, actor);
  }

  /** Drafts a plan for the case's returnees (all of them when the details name none). */
  public PlanSummary draftPlan(CaseId caseId, PlanDetails details, Actor actor) {
    return plans.draft(caseId, details, actor).summary();
  }

  /** Submits the draft: approved within the cap, else waiting for a second person. */
  public PlanSummary submitPlan(PlanId plan, Actor actor) {
    return plans.submit(plan, null, actor).summary();
  }

  /** Orders the plan's next tranche of purchases in kind; the order's id. */
  public long orderPurchase(PlanId plan, PurchaseDetails details, Actor actor) {
    return purchases.order(plan, details, actor).id();
  }

  /** Pays an order (today when {@code paidOn} is blank), recording it in the ledger. */
  public void payPurchase(long purchaseOrder, String paidOn, Actor actor) {
    purchases.pay(purchaseOrder, paidOn, actor);
  }

  /** A second person decides a request for approval: {@code APPROVE} or {@code REJECT}. */
  public void decide(long approval, String decision, String note, Actor actor) {
    approvals.decide(approval, decision, note, actor);
  }

  /**
   * The request for a second person's approval of a purchase order that is still waiting, if any;
   * its id, for {@link #decide}.
   */
  @org.springframework.transaction.annotation.Transactional(readOnly = true)
  public java.util.OptionalLong pendingApprovalOfPurchase(PlanId plan, long purchaseOrder) {
    return approvals.ofPlan(plan).stream()
        .filter(a -> a.purchaseOrderId() != null && a.purchaseOrderId() == purchaseOrder)
        .filter(a -> a.status() == org.homeward.reintegration.approvals.Approval.Status.PENDING)
        .mapToLong(org.homeward.reintegration.approvals.Approval::id)
        .findFirst();
  }

  public void setThreshold(String missionCode, ThresholdDetails details, Actor actor) {
    thresholds.set(missionCode, null, details, actor);
  }

  /** Records a partner of the actor's mission; its id. */
  public long addPartner(PartnerDetails details, Actor actor) {
    return partners.create(details, actor).id();
  }

  /** Refers a returnee of the case to a partner; the referral's id. */
  public long refer(CaseId caseId, ReferralDetails details, Actor actor) {
    return referrals.refer(caseId, details, actor).id();
  }

  /** The ids of the case's monitoring visits, in the order of its schedule. */
  public java.util.List<Long> visitsOf(CaseId caseId, Actor actor) {
    return monitoring.followed(caseId, actor).visits().stream().map(Visit::id).toList();
  }

  /**
   * Records a monitoring visit done on {@code doneOn} (a day past, or today), with its survey
   * answers (indicator id to answer id); whether it closed the case, after the last visit.
   */
  public boolean recordVisit(
      long visit,
      String mode,
      String activity,
      java.time.LocalDate doneOn,
      String notes,
      java.util.Map<String, String> answers,
      Actor actor) {
    return monitoring
        .record(
            visit,
            new Monitoring.RecordVisit(
                VisitMode.valueOf(mode), ActivityStatus.valueOf(activity), doneOn, notes, answers),
            actor)
        .closed();
  }
}
