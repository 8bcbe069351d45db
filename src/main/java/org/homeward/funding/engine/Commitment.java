package org.homeward.funding.engine;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Money reserved on a date for a cost still to come (an eligible case's flight, pocket money,
 * reintegration).
 *
 * @param reference where the commitment comes from, named in problems (e.g. {@code commitments[1]})
 */
public record Commitment(String reference, LocalDate date, MonetaryAmount amount) {

  public Commitment {
    Amounts.named(reference, "reference");
    Objects.requireNonNull(date, "date");
    Amounts.nonNegative(amount, "amount");
  }
}
