package org.homeward.funding.reports;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The money a project planned to spend in one period of at most a year (IATI's rule: a longer
 * project reports one budget per year).
 *
 * @param valueDate the date of the exchange rate used, if the amount was converted; else the start
 * @param revised whether this replaces the original budget of the period
 */
public record IatiBudget(
    LocalDate periodStart,
    LocalDate periodEnd,
    MonetaryAmount value,
    LocalDate valueDate,
    boolean revised) {

  public IatiBudget {
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(valueDate, "valueDate");
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException(
          "a budget period ends on or after it starts: " + periodStart + " to " + periodEnd);
    }
    if (periodEnd.isAfter(periodStart.plusYears(1))) {
      throw new IllegalArgumentException(
          "an IATI budget period is at most a year, not " + periodStart + " to " + periodEnd);
    }
  }

  /** An original budget valued on its first day. */
  public IatiBudget(LocalDate periodStart, LocalDate periodEnd, MonetaryAmount value) {
    this(periodStart, periodEnd, value, periodStart, false);
  }
}
