package org.homeward.reintegration;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;

/**
 * A returnee's plan as the rest of Homeward sees it: its type and status, whom it is for and its
 * budget.
 *
 * @param caseId the case the plan was made from (for a collective project, its first member's)
 * @param cases every case with a beneficiary in the plan
 * @param budget the plan's total, in the currency of the project paying for it
 * @param approvedOn null until approved
 */
public record PlanSummary(
    PlanId id,
    CaseId caseId,
    PlanType type,
    PlanStatus status,
    String title,
    List<CaseId> cases,
    List<PersonId> beneficiaries,
    MonetaryAmount budget,
    LocalDate approvedOn) {

  public PlanSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    cases = List.copyOf(cases);
    beneficiaries = List.copyOf(beneficiaries);
  }
}
