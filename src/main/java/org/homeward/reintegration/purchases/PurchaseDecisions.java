package org.homeward.reintegration.purchases;

import java.time.Clock;
import java.util.Map;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.Actor;
import org.homeward.reintegration.approvals.Approval;
import org.homeward.reintegration.approvals.ApprovalSubject;
import org.homeward.reintegration.purchases.internal.PurchaseStore;
import org.homeward.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What a second person's decision on a purchase above the threshold does: approved, the order can
 * be paid; rejected, it stops (and no longer counts against the plan's budget).
 */
@Component
class PurchaseDecisions implements ApprovalSubject {

  private final PurchaseStore store;
  private final AuditTrail audit;
  private final Clock clock;

  PurchaseDecisions(PurchaseStore store, AuditTrail audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Approval.Subject subject() {
    return Approval.Subject.PURCHASE_ORDER;
  }

  @Override
  public void approved(Approval approval, Actor approver) {
    decide(approval, approver, PurchaseStatus.APPROVED, null);
  }

  @Override
  public void rejected(Approval approval, Actor approver, String note) {
    decide(approval, approver, PurchaseStatus.REJECTED, note);
  }

  private void decide(Approval approval, Actor approver, PurchaseStatus to, String note) {
    long id = approval.purchaseOrderId();
    PurchaseOrder order =
        store.lock(id).orElseThrow(() -> new NotFoundException("purchase order", id));
    order
        .refusalToDecide()
        .ifPresent(e -> {
          throw e;
        });
    store.status(id, to, note, clock.instant(), approver.username());
    audit.record(
        AuditRecord.of(
                approver.username(),
                to == PurchaseStatus.APPROVED
                    ? "reintegration.purchase-approved"
                    : "reintegration.purchase-rejected",
                "case",
                approval.caseId().toString())
            .inMission(approval.missionCode())
            .because(note)
            .withDetails(
                Map.of(
                    "purchaseOrderId", id,
                    "planId", order.planId().toString(),
                    "tranche", order.tranche())));
  }
}
