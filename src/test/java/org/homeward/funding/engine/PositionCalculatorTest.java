package org.homeward.funding.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.funding.engine.ExchangeRatesTest.CHF;
import static org.homeward.funding.engine.ExchangeRatesTest.EUR;
import static org.homeward.funding.engine.ExchangeRatesTest.USD;
import static org.homeward.funding.engine.ExchangeRatesTest.rate;
import static org.homeward.funding.engine.ExchangeRatesTest.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PositionCalculatorTest {

  static final LocalDate AS_OF = LocalDate.parse("2012-06-30");

  private final List<ExchangeRate> rates = new ArrayList<>();
  private final List<Contribution> contributions = new ArrayList<>();
  private final List<Expenditure> expenditures = new ArrayList<>();
  private final List<Commitment> commitments = new ArrayList<>();

  static MonetaryAmount money(String amount, CurrencyUnit currency) {
    return Money.of(new BigDecimal(amount), currency);
  }

  void contribution(String amount, CurrencyUnit currency, String pledged, String received) {
    contributions.add(
        new Contribution(
            "contributions[" + contributions.size() + "]",
            "Switzerland",
            money(amount, currency),
            LocalDate.parse(pledged),
            received == null ? null : LocalDate.parse(received)));
  }

  void spend(String amount, LocalDate date) {
    expenditures.add(
        new Expenditure(
            "expenditures[" + expenditures.size() + "]", date, money(amount, USD), "movement"));
  }

  void commit(String amount, CurrencyUnit currency, String date) {
    commitments.add(
        new Commitment(
            "commitments[" + commitments.size() + "]",
            LocalDate.parse(date),
            money(amount, currency)));
  }

  PositionOutcome outcome() {
    return PositionCalculator.calculate(
        new FundingScenario(
            AS_OF, USD, new ExchangeRates(rates), contributions, expenditures, commitments));
  }

  FundingPosition position() {
    return switch (outcome()) {
      case PositionOutcome.Calculated calculated -> calculated.position();
      case PositionOutcome.Refused refused -> throw new AssertionError(refused.problems());
    };
  }

  @Test
  void convertsPledgedAndReceivedEachOnItsOwnDate() {
    rates.add(rate("2012-01-01", CHF, USD, "1.05"));
    rates.add(rate("2012-04-01", CHF, USD, "1.075"));
    contribution("1000.00", CHF, "2012-02-15", "2012-05-10");

    FundingPosition position = position();

    assertThat(value(position.pledged())).isEqualByComparingTo("1050.00");
    assertThat(value(position.received())).isEqualByComparingTo("1075.00");
    assertThat(position.received().getCurrency()).isEqualTo(USD);
  }

  @Test
  void convertsWithTheInversePair() {
    rates.add(rate("2012-01-01", USD, EUR, "0.75"));
    contribution("150.00", EUR, "2012-03-01", "2012-03-02");
    commit("7.50", EUR, "2012-06-01");

    FundingPosition position = position();

    assertThat(value(position.received())).isEqualByComparingTo("200.00");
    assertThat(value(position.committed())).isEqualByComparingTo("10.00");
  }

  @Test
  void refusesNamingEachEntryPairAndDateWithoutARate() {
    rates.add(rate("2012-04-01", CHF, USD, "1.075"));
    contribution("1000.00", CHF, "2012-02-15", "2012-05-10");
    commit("10.00", EUR, "2012-06-01");

    assertThat(outcome())
        .isEqualTo(
            new PositionOutcome.Refused(
                List.of(
                    new ScenarioProblem(
                        "contributions[0].pledged",
                        "no exchange rate CHF->USD (nor USD->CHF) dated on or before 2012-02-15"),
                    new ScenarioProblem(
                        "commitments[0]",
                        "no exchange rate EUR->USD (nor USD->EUR) dated on or before"
                            + " 2012-06-01"))));
  }

  @Test
  void countsOnlyWhatIsDatedOnOrBeforeAsOf() {
    contribution("100.00", USD, "2012-06-30", "2012-07-01");
    contribution("900.00", USD, "2012-07-01", null);
    contribution("50.00", USD, "2012-01-01", null);
    spend("10.00", AS_OF);
    spend("999.00", AS_OF.plusDays(1));
    commit("5.00", USD, "2012-06-30");
    commit("999.00", USD, "2012-07-01");
    // no rate is needed for what does not count
    commit("999.00", CHF, "2012-07-01");

    FundingPosition position = position();

    assertThat(value(position.pledged())).isEqualByComparingTo("150.00");
    assertThat(value(position.received())).isEqualByComparingTo("0.00");
    assertThat(value(position.spent())).isEqualByComparingTo("10.00");
    assertThat(value(position.committed())).isEqualByComparingTo("5.00");
    assertThat(value(position.available())).isEqualByComparingTo("-15.00");
  }

  @Test
  void burnRateCountsTheDay55DaysBeforeAsOfButNotTheDayBefore() {
    contribution("100000.00", USD, "2012-01-01", "2012-01-01");
    spend("800.00", AS_OF.minusDays(55));
    spend("8000.00", AS_OF.minusDays(56));

    FundingPosition position = position();

    assertThat(value(position.burnRatePerWeek())).isEqualByComparingTo("100.00");
    assertThat(value(position.spent())).isEqualByComparingTo("8800.00");
  }

  @Test
  void exhaustionDateRoundsTheDaysLeftUp() {
    contribution("1001.00", USD, "2012-01-01", "2012-01-01");
    // 56 days' spending 800: 100 a week; 200.99 available lasts 14.07 days, so 15
    spend("0.01", AS_OF.minusDays(100));
    spend("800.00", AS_OF);

    FundingPosition position = position();

    assertThat(value(position.available())).isEqualByComparingTo("200.99");
    assertThat(position.exhaustionDate()).isEqualTo(AS_OF.plusDays(15));
  }

  @Test
  void exhaustionDateIsExactWhenTheDaysComeOutWhole() {
    contribution("1500.00", USD, "2012-01-01", "2012-01-01");
    spend("800.00", AS_OF); // 700 left at 100 a week: 49 days
    assertThat(position().exhaustionDate()).isEqualTo(AS_OF.plusDays(49));
  }

  @Test
  void exhaustionDateUsesTheUnroundedBurnRate() {
    contribution("100.00", USD, "2012-01-01", "2012-01-01");
    // 56 days' spending 0.04: 0.005 a week, printed 0.00 (half-even), yet money still goes
    spend("0.04", AS_OF);

    FundingPosition position = position();

    assertThat(value(position.burnRatePerWeek())).isEqualByComparingTo("0.00");
    // 99.96 × 56 / 0.04 = 139944 days exactly
    assertThat(position.exhaustionDate()).isEqualTo(AS_OF.plusDays(139_944));
  }

  @Test
  void fundsAlreadyGoneRunOutOnAsOf() {
    contribution("100.00", USD, "2012-01-01", "2012-01-01");
    commit("100.00", USD, "2012-02-01");
    assertThat(position().exhaustionDate()).isEqualTo(AS_OF);

    spend("0.01", AS_OF.minusDays(200)); // overspent, and nothing spent lately
    assertThat(value(position().available())).isEqualByComparingTo("-0.01");
    assertThat(position().exhaustionDate()).isEqualTo(AS_OF);
  }

  @Test
  void noSpendingInTheWindowMeansNoExhaustionDate() {
    contribution("100.00", USD, "2012-01-01", "2012-01-01");
    spend("10.00", AS_OF.minusDays(56));

    FundingPosition position = position();

    assertThat(value(position.burnRatePerWeek())).isEqualByComparingTo("0.00");
    assertThat(position.exhaustionDate()).isNull();
    assertThat(position.runsOutOn()).isEmpty();
  }

  @Test
  void roundsEachConvertedAmountHalfEvenBeforeSumming() {
    rates.add(rate("2012-01-01", CHF, USD, "0.5"));
    // 0.05 CHF → 0.025 → 0.02, twice: 0.04 (summing first would give 0.05)
    contribution("0.05", CHF, "2012-01-01", "2012-01-01");
    contribution("0.05", CHF, "2012-01-01", "2012-01-01");
    // 0.07 CHF → 0.035 → 0.04, plus 0.03 CHF → 0.015 → 0.02: 0.06 (summing first: 0.05)
    commit("0.07", CHF, "2012-01-01");
    commit("0.03", CHF, "2012-01-01");

    FundingPosition position = position();

    assertThat(value(position.received())).isEqualByComparingTo("0.04");
    assertThat(value(position.committed())).isEqualByComparingTo("0.06");
    assertThat(value(position.available())).isEqualByComparingTo("-0.02");
  }

  @Test
  void refusesAnExhaustionDateBeyondTheCalendar() {
    contribution("999999999999999.00", USD, "2012-01-01", "2012-01-01");
    spend("0.01", AS_OF);

    PositionOutcome outcome = outcome();

    assertThat(outcome).isInstanceOf(PositionOutcome.Refused.class);
    assertThat(((PositionOutcome.Refused) outcome).problems())
        .singleElement()
        .satisfies(problem -> {
          assertThat(problem.field()).isEqualTo("exhaustionDate");
          assertThat(problem.message()).contains("+999999999-12-31");
        });
  }
}
