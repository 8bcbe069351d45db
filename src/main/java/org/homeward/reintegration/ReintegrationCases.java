package org.homeward.reintegration;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.internal.CaseRows;
import org.homeward.reintegration.plans.Plan;
import org.homeward.reintegration.plans.internal.PlanStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of Homeward may ask of a case in reintegration: when it arrived and who follows it,
 * and its returnees' plans (type, status, budget, when approved). For the modules and features that
 * follow a returnee after their plan (monitoring visits, reports): the caller has checked the
 * actor's right to the case, as with funding's {@code Ledger.costsOf}.
 */
@Service
public class ReintegrationCases {

  private final CaseRows cases;
  private final PlanStore plans;

  ReintegrationCases(CaseRows cases, PlanStore plans) {
    this.cases = cases;
    this.plans = plans;
  }

  /** The case in reintegration (its arrival, its officer); empty until its arrival is confirmed. */
  @Transactional(readOnly = true)
  public Optional<ReintegrationCase> find(CaseId id) {
    return cases.find(id);
  }

  /** The day the case arrived in its country of return; empty until it did. */
  @Transactional(readOnly = true)
  public Optional<LocalDate> arrivedOn(CaseId id) {
    return cases.find(id).map(ReintegrationCase::arrivedOn);
  }

  /**
   * The case's plan: of the plans its returnees are in now (not cancelled), the furthest along
   * (completed, approved, awaiting approval, draft), the oldest of those first; empty when none of
   * its returnees has one.
   */
  @Transactional(readOnly = true)
  public Optional<PlanSummary> planOf(CaseId id) {
    return plansOf(id).stream().findFirst();
  }

  /** Every plan the case's returnees are in now, furthest along first. */
  @Transactional(readOnly = true)
  public List<PlanSummary> plansOf(CaseId id) {
    return plans.ofCase(id).stream()
        .filter(p -> p.status().isActive())
        .sorted(
            Comparator.comparing((Plan p) -> rank(p.status())).thenComparing(p -> p.id().value()))
        .map(Plan::summary)
        .toList();
  }

  /** The plan the returnee is in now (their own, their household's or a collective one). */
  @Transactional(readOnly = true)
  public Optional<PlanSummary> planOf(PersonId person) {
    return plans.activePlanOf(person).map(Plan::summary);
  }

  private static int rank(PlanStatus status) {
    return switch (status) {
      case COMPLETED -> 0;
      case APPROVED -> 1;
      case AWAITING_APPROVAL -> 2;
      case DRAFT -> 3;
      case CANCELLED -> 4;
    };
  }
}
