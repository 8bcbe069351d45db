package org.homeward.funding.reports;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A budget line of a project: its budget and what was spent on it in the report's period, both in
 * the project currency.
 */
public record LineExpenditure(BudgetLine line, MonetaryAmount budget, MonetaryAmount spent) {

  public LineExpenditure {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(spent, "spent");
  }
}
