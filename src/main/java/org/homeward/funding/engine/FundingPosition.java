package org.homeward.funding.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * How the money stands on {@code asOf}, every amount in {@code currency} with 2 decimals. See
 * {@link PositionCalculator} for how each figure is found.
 *
 * @param burnRatePerWeek the spending of the last 56 days divided by 8, rounded to the cent
 *     half-even
 * @param exhaustionDate the day the available money runs out at that burn rate; null when nothing
 *     is being spent (and money is left)
 */
public record FundingPosition(
    LocalDate asOf,
    CurrencyUnit currency,
    MonetaryAmount pledged,
    MonetaryAmount received,
    MonetaryAmount spent,
    MonetaryAmount committed,
    MonetaryAmount available,
    MonetaryAmount burnRatePerWeek,
    LocalDate exhaustionDate) {

  public FundingPosition {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(pledged, "pledged");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(spent, "spent");
    Objects.requireNonNull(committed, "committed");
    Objects.requireNonNull(available, "available");
    Objects.requireNonNull(burnRatePerWeek, "burnRatePerWeek");
  }

  /** The forecast date the funds run out; empty when nothing is being spent. */
  public Optional<LocalDate> runsOutOn() {
    return Optional.ofNullable(exhaustionDate);
  }
}
