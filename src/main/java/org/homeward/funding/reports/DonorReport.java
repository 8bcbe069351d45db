package org.homeward.funding.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * What a donor is told about a project for a period: who was assisted and what was spent on each
 * budget line. Amounts are in the project currency, rounded to the cent at most, so that the
 * printed lines add up exactly to the printed total.
 *
 * @param donors the donors funding the project, at least one
 * @param expenditure at most one entry per budget line; a line left out was neither budgeted nor
 *     spent and is shown as zero
 * @param producedOn the day the report is produced, printed on it
 */
public record DonorReport(
    String projectCode,
    String projectTitle,
    List<String> donors,
    LocalDate periodStart,
    LocalDate periodEnd,
    CurrencyUnit currency,
    PeopleAssisted people,
    List<LineExpenditure> expenditure,
    LocalDate producedOn) {

  public DonorReport {
    projectCode = ReportText.required(projectCode, "projectCode");
    projectTitle = ReportText.required(projectTitle, "projectTitle");
    donors = donors.stream().map(d -> ReportText.required(d, "donor")).toList();
    if (donors.isEmpty()) {
      throw new IllegalArgumentException("a donor report names at least one donor");
    }
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException(
          "the period ends on or after it starts: " + periodStart + " to " + periodEnd);
    }
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(people, "people");
    expenditure = List.copyOf(expenditure);
    Map<BudgetLine, LineExpenditure> seen = new EnumMap<>(BudgetLine.class);
    for (LineExpenditure line : expenditure) {
      if (seen.put(line.line(), line) != null) {
        throw new IllegalArgumentException("budget line " + line.line() + " given twice");
      }
      ReportText.exact(line.budget(), currency, line.line() + " budget");
      ReportText.exact(line.spent(), currency, line.line() + " spent");
    }
    Objects.requireNonNull(producedOn, "producedOn");
  }

  /** Every budget line in order, with zero for the lines not given. */
  public List<LineExpenditure> lines() {
    Money zero = Money.of(BigDecimal.ZERO, currency);
    return Arrays.stream(BudgetLine.values())
        .map(line ->
            expenditure.stream()
                .filter(e -> e.line() == line)
                .findFirst()
                .orElse(new LineExpenditure(line, zero, zero)))
        .toList();
  }

  /** The sum of the budget lines, computed exactly. */
  public MonetaryAmount totalBudget() {
    return total(LineExpenditure::budget);
  }

  /** The sum of the spending on every line, computed exactly: what the ledger holds. */
  public MonetaryAmount totalSpent() {
    return total(LineExpenditure::spent);
  }

  BigDecimal exact(MonetaryAmount amount) {
    return ReportText.exact(amount, currency, "amount");
  }

  private MonetaryAmount total(Function<LineExpenditure, MonetaryAmount> column) {
    BigDecimal sum = BigDecimal.ZERO;
    for (LineExpenditure line : expenditure) {
      sum = sum.add(exact(column.apply(line)));
    }
    return Money.of(sum, currency);
  }
}
