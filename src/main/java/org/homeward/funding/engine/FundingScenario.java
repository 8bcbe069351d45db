package org.homeward.funding.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * What the position is computed from: the money known, in any currencies, and the date and currency
 * of the position. Entries dated after {@code asOf} are kept but do not count.
 */
public record FundingScenario(
    LocalDate asOf,
    CurrencyUnit currency,
    ExchangeRates rates,
    List<Contribution> contributions,
    List<Expenditure> expenditures,
    List<Commitment> commitments) {

  public FundingScenario {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(rates, "rates");
    contributions = List.copyOf(contributions);
    expenditures = List.copyOf(expenditures);
    commitments = List.copyOf(commitments);
  }
}
