package org.homeward.reintegration.approvals;

import java.time.Instant;
import javax.money.MonetaryAmount;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.PlanId;

/**
 * A request for a second person's approval: a plan whose budget passes its cap, or a purchase that
 * passes the mission's threshold. Whoever decides it is never whoever asked ({@link FourEyes}).
 *
 * @param purchaseOrderId set for a purchase order, null for a plan
 * @param amount what is at stake (a plan's total, a purchase's amount)
 * @param limit the cap or threshold it passes; null for a mission without a threshold
 */
public record Approval(
    long id,
    Subject subject,
    PlanId planId,
    Long purchaseOrderId,
    String missionCode,
    CaseId caseId,
    String caseNumber,
    MonetaryAmount amount,
    MonetaryAmount limit,
    String reason,
    String requestedBy,
    Instant requestedAt,
    Status status,
    String decidedBy,
    Instant decidedAt,
    String note) {

  /** What waits for approval. */
  public enum Subject {
    PLAN,
    PURCHASE_ORDER
  }

  /** Where a request stands; WITHDRAWN when what it was for was cancelled first. */
  public enum Status {
    PENDING,
    APPROVED,
    REJECTED,
    WITHDRAWN
  }

  /** The second person's answer. */
  public enum Decision {
    APPROVE,
    REJECT
  }

  public boolean pending() {
    return status == Status.PENDING;
  }
}
