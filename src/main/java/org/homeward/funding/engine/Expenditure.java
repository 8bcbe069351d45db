package org.homeward.funding.engine;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Money spent on a budget line (movement, reintegration, operations, staff) on a date.
 *
 * @param reference where the expenditure comes from, named in problems (e.g. {@code
 *     expenditures[0]})
 */
public record Expenditure(String reference, LocalDate date, MonetaryAmount amount, String line) {

  public Expenditure {
    Amounts.named(reference, "reference");
    Objects.requireNonNull(date, "date");
    Amounts.nonNegative(amount, "amount");
    Amounts.named(line, "line");
  }
}
