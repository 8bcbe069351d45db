package org.homeward.funding;

import java.time.Instant;
import javax.money.MonetaryAmount;
import org.homeward.registry.CaseId;
import org.homeward.registry.PriorityLevel;

/**
 * A case refused eligibility because no project could pay for it, waiting for funds; the list is in
 * priority order (the most vulnerable first, then those waiting longest). No person is named.
 *
 * @param reason the last refusal, as the guard gave it
 * @param coverableBy the project that could pay for it now, once the cases before it on the list
 *     are paid for; null while none can
 */
public record WaitingCase(
    CaseId caseId,
    String caseNumber,
    String missionCode,
    String destinationCountry,
    int priorityScore,
    PriorityLevel priorityLevel,
    int people,
    String reason,
    Instant firstRefusedAt,
    Instant lastRefusedAt,
    int refusals,
    Coverage coverableBy) {

  /** A project that can pay for the case now, and what the case would cost it. */
  public record Coverage(ProjectId projectId, String projectCode, MonetaryAmount expectedCost) {}

  public boolean coverable() {
    return coverableBy != null;
  }
}
