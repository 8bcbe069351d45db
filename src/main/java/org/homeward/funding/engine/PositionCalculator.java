package org.homeward.funding.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Computes the funding position of a scenario on its {@code asOf} date, in its currency.
 *
 * <ul>
 *   <li>Each amount is converted at the rate valid on its own date (a contribution's pledged date
 *       for {@code pledged}, its received date for {@code received}, the expenditure's or
 *       commitment's date) and rounded to the cent half-even <em>before</em> summing; see {@link
 *       ExchangeRates}.
 *   <li>Only what is dated on or before {@code asOf} counts: a contribution is pledged when its
 *       pledged date is, received when it has a received date that is; each date counts on its own.
 *   <li>{@code available} = received − spent − committed; it may be negative.
 *   <li>{@code burnRatePerWeek} = the spending dated in the 56 days ending on {@code asOf} (asOf −
 *       55 days up to asOf, both included) divided by 8, printed rounded to the cent half-even.
 *   <li>{@code exhaustionDate} = asOf when available ≤ 0 (the money has already run out, whatever
 *       the burn rate); otherwise null when that spending is zero; otherwise asOf + ceil(available
 *       ÷ burn rate × 7) days, computed exactly from the unrounded burn rate, that is
 *       ceil(available × 56 ÷ spending of the 56 days).
 * </ul>
 *
 * A conversion without a rate refuses the whole position, naming every entry, pair and date
 * concerned.
 */
public final class PositionCalculator {

  /** The burn rate looks back 8 weeks, asOf included. */
  public static final int WINDOW_DAYS = 56;

  private static final BigDecimal WEEKS = BigDecimal.valueOf(WINDOW_DAYS / 7);

  private PositionCalculator() {}

  public static PositionOutcome calculate(FundingScenario scenario) {
    Converter money = new Converter(scenario);
    LocalDate asOf = scenario.asOf();
    LocalDate windowStart = asOf.minusDays(WINDOW_DAYS - 1);

    BigDecimal pledged = BigDecimal.ZERO;
    BigDecimal received = BigDecimal.ZERO;
    for (Contribution contribution : scenario.contributions()) {
      if (!contribution.pledged().isAfter(asOf)) {
        pledged =
            pledged.add(
                money.convert(
                    contribution.amount(),
                    contribution.pledged(),
                    contribution.reference() + ".pledged"));
      }
      if (contribution.received() != null && !contribution.received().isAfter(asOf)) {
        received =
            received.add(
                money.convert(
                    contribution.amount(),
                    contribution.received(),
                    contribution.reference() + ".received"));
      }
    }
    BigDecimal spent = BigDecimal.ZERO;
    BigDecimal spentInWindow = BigDecimal.ZERO;
    for (Expenditure expenditure : scenario.expenditures()) {
      if (!expenditure.date().isAfter(asOf)) {
        BigDecimal amount =
            money.convert(expenditure.amount(), expenditure.date(), expenditure.reference());
        spent = spent.add(amount);
        if (!expenditure.date().isBefore(windowStart)) {
          spentInWindow = spentInWindow.add(amount);
        }
      }
    }
    BigDecimal committed = BigDecimal.ZERO;
    for (Commitment commitment : scenario.commitments()) {
      if (!commitment.date().isAfter(asOf)) {
        committed =
            committed.add(
                money.convert(commitment.amount(), commitment.date(), commitment.reference()));
      }
    }
    if (!money.problems.isEmpty()) {
      return new PositionOutcome.Refused(money.problems);
    }

    BigDecimal available = received.subtract(spent).subtract(committed);
    BigDecimal burnRate = spentInWindow.divide(WEEKS); // exact: a cent amount ÷ 8 terminates
    LocalDate exhaustion;
    if (available.signum() <= 0) {
      exhaustion = asOf;
    } else if (spentInWindow.signum() == 0) {
      exhaustion = null;
    } else {
      BigDecimal days =
          available
              .multiply(BigDecimal.valueOf(WINDOW_DAYS))
              .divide(spentInWindow, 0, RoundingMode.CEILING);
      BigDecimal daysLeftInCalendar =
          BigDecimal.valueOf(ChronoUnit.DAYS.between(asOf, LocalDate.MAX));
      if (days.compareTo(daysLeftInCalendar) > 0) {
        return new PositionOutcome.Refused(
            List.of(
                new ScenarioProblem(
                    "exhaustionDate",
                    "the funds would last "
                        + days.toPlainString()
                        + " days, beyond the last date that can be written ("
                        + LocalDate.MAX
                        + ")")));
      }
      exhaustion = asOf.plusDays(days.longValueExact());
    }
    CurrencyUnit currency = scenario.currency();
    return new PositionOutcome.Calculated(
        new FundingPosition(
            asOf,
            currency,
            cents(pledged, currency),
            cents(received, currency),
            cents(spent, currency),
            cents(committed, currency),
            cents(available, currency),
            cents(burnRate, currency),
            exhaustion));
  }

  private static MonetaryAmount cents(BigDecimal value, CurrencyUnit currency) {
    return Money.of(value.setScale(ExchangeRates.CENT_SCALE, RoundingMode.HALF_EVEN), currency);
  }

  /** Converts to the scenario's currency, noting each missing rate instead of stopping. */
  private static final class Converter {
    final ExchangeRates rates;
    final CurrencyUnit currency;
    final List<ScenarioProblem> problems = new ArrayList<>();

    Converter(FundingScenario scenario) {
      this.rates = scenario.rates();
      this.currency = scenario.currency();
    }

    BigDecimal convert(MonetaryAmount amount, LocalDate date, String where) {
      try {
        return rates.convert(amount, currency, date).getNumber().numberValue(BigDecimal.class);
      } catch (MissingRateException e) {
        problems.add(new ScenarioProblem(where, e.getMessage()));
        return BigDecimal.ZERO;
      }
    }
  }
}
