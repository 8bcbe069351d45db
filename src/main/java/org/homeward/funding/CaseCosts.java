package org.homeward.funding;

import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;

/**
 * What the project that pays for a case gives it: the unit costs (seat share and pocket money per
 * person) and each member's reintegration cap, as reserved when the case became eligible.
 */
public record CaseCosts(
    CaseId caseId,
    ProjectId projectId,
    String projectCode,
    UnitCosts unitCosts,
    Commitment commitment) {

  public CaseCosts {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(unitCosts, "unitCosts");
    Objects.requireNonNull(commitment, "commitment");
  }

  /** The reintegration cap of one member of the household; empty for someone not in it. */
  public Optional<MonetaryAmount> reintegrationCapOf(PersonId person) {
    return commitment.beneficiaries().stream()
        .filter(b -> b.personId().equals(person))
        .map(Beneficiary::reintegrationCap)
        .findFirst();
  }

  public int people() {
    return commitment.beneficiaries().size();
  }
}
