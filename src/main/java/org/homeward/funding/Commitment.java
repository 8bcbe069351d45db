package org.homeward.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.registry.CaseId;
import org.javamoney.moneta.Money;

/**
 * The expected cost of a case, reserved on one project when the case became ELIGIBLE, by budget
 * line and in the project's currency. Expenditures for the case replace it as they occur ({@code
 * remaining} is what they have not yet replaced); it is released when the case withdraws, is found
 * ineligible or does not show.
 *
 * @param overrideJustification set when a chief of mission let the case through although the
 *     project could not cover it; {@code shortfall} is what was missing then
 * @param releasedOn null unless released
 */
public record Commitment(
    CommitmentId id,
    CaseId caseId,
    String caseNumber,
    String missionCode,
    ProjectId projectId,
    String projectCode,
    CurrencyUnit currency,
    CommitmentStatus status,
    LocalDate reservedOn,
    Instant reservedAt,
    String reservedBy,
    Map<BudgetLine, MonetaryAmount> reserved,
    Map<BudgetLine, MonetaryAmount> remaining,
    List<Beneficiary> beneficiaries,
    String overrideJustification,
    MonetaryAmount shortfall,
    LocalDate releasedOn,
    String releaseReason) {

  public Commitment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(status, "status");
    reserved = Map.copyOf(reserved);
    remaining = Map.copyOf(remaining);
    beneficiaries = List.copyOf(beneficiaries);
  }

  /** The whole expected cost as reserved. */
  public MonetaryAmount total() {
    return reserved.values().stream().reduce(Money.zero(currency), MonetaryAmount::add);
  }

  /** What is still held on the project: nothing once released. */
  public MonetaryAmount outstanding() {
    if (status == CommitmentStatus.RELEASED) {
      return Money.zero(currency);
    }
    return remaining.values().stream().reduce(Money.zero(currency), MonetaryAmount::add);
  }

  public boolean overridden() {
    return overrideJustification != null;
  }
}
