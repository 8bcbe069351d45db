package org.homeward.reintegration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;

/**
 * A reintegration plan was approved (within the cap when submitted, or by a second person above
 * it): its cases moved to IN_REINTEGRATION in the same transaction, and its purchases can start.
 *
 * @param cases every case with a beneficiary in the plan
 * @param approvedBy who approved it: the one who submitted it when within the cap
 */
public record ReintegrationPlanApproved(
    PlanId planId,
    PlanType type,
    String missionCode,
    List<CaseId> cases,
    List<PersonId> beneficiaries,
    MonetaryAmount budget,
    LocalDate approvedOn,
    String approvedBy,
    Instant at) {

  public ReintegrationPlanApproved {
    cases = List.copyOf(cases);
    beneficiaries = List.copyOf(beneficiaries);
  }
}
