package org.homeward.funding.engine;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A donor's contribution: pledged on one date, received on another (or not yet).
 *
 * @param reference where the contribution comes from, named in problems (e.g. {@code
 *     contributions[2]})
 * @param received null while the pledge is not yet paid
 */
public record Contribution(
    String reference, String donor, MonetaryAmount amount, LocalDate pledged, LocalDate received) {

  public Contribution {
    Amounts.named(reference, "reference");
    Amounts.named(donor, "donor");
    Amounts.nonNegative(amount, "amount");
    Objects.requireNonNull(pledged, "pledged");
  }
}
