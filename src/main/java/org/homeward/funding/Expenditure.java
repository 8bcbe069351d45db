package org.homeward.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.homeward.registry.CaseId;

/**
 * Money spent on a project's budget line, linked to what caused it and, for a case's costs, to the
 * case and the commitment it replaced.
 *
 * @param caseId null for a cost of no one case (offices, staff)
 * @param inProjectCurrency the amount at the rate valid on {@code spentOn}, rounded to the cent
 * @param consumed the part of {@code inProjectCurrency} that replaced the case's commitment
 */
public record Expenditure(
    ExpenditureId id,
    ProjectId projectId,
    CaseId caseId,
    CommitmentId commitmentId,
    BudgetLine line,
    MonetaryAmount amount,
    LocalDate spentOn,
    MonetaryAmount inProjectCurrency,
    MonetaryAmount consumed,
    ExpenditureSource source,
    String description,
    Instant recordedAt,
    String recordedBy) {

  public Expenditure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(spentOn, "spentOn");
    Objects.requireNonNull(source, "source");
  }
}
