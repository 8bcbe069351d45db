package org.homeward.reintegration.web;

import java.time.Instant;
import java.util.UUID;
import org.homeward.reintegration.approvals.Approval;

/** A request for a second person's approval, as the API writes it. */
public record ApprovalResponse(
    long id,
    String subject,
    long planId,
    Long purchaseOrderId,
    String missionCode,
    UUID caseId,
    String caseNumber,
    Json.Money amount,
    Json.Money limit,
    String reason,
    String requestedBy,
    Instant requestedAt,
    String status,
    String decidedBy,
    Instant decidedAt,
    String note) {

  public static ApprovalResponse of(Approval a) {
    return new ApprovalResponse(
        a.id(),
        a.subject().name(),
        a.planId().value(),
        a.purchaseOrderId(),
        a.missionCode(),
        a.caseId().value(),
        a.caseNumber(),
        Json.Money.of(a.amount()),
        Json.Money.of(a.limit()),
        a.reason(),
        a.requestedBy(),
        a.requestedAt(),
        a.status().name(),
        a.decidedBy(),
        a.decidedAt(),
        a.note());
  }
}
