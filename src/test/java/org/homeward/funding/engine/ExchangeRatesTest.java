package org.homeward.funding.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {

  static final CurrencyUnit USD = Monetary.getCurrency("USD");
  static final CurrencyUnit CHF = Monetary.getCurrency("CHF");
  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  static final CurrencyUnit XOF = Monetary.getCurrency("XOF");

  static ExchangeRate rate(String date, CurrencyUnit from, CurrencyUnit to, String rate) {
    return new ExchangeRate(LocalDate.parse(date), from, to, new BigDecimal(rate));
  }

  static BigDecimal value(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  private final ExchangeRates rates =
      new ExchangeRates(
          List.of(
              rate("2012-01-01", CHF, USD, "1.05"),
              rate("2012-04-01", CHF, USD, "1.075"),
              rate("2012-01-01", USD, EUR, "0.75")));

  @Test
  void usesTheLatestRateDatedOnOrBeforeTheDate() {
    assertThat(rates.rate(CHF, USD, LocalDate.parse("2012-03-31"))).isEqualByComparingTo("1.05");
    assertThat(rates.rate(CHF, USD, LocalDate.parse("2012-04-01"))).isEqualByComparingTo("1.075");
    assertThat(rates.rate(CHF, USD, LocalDate.parse("2020-01-01"))).isEqualByComparingTo("1.075");
  }

  @Test
  void convertsAtTheRateOfTheAmountsOwnDate() {
    MonetaryAmount francs = Money.of(new BigDecimal("1000.00"), CHF);
    assertThat(value(rates.convert(francs, USD, LocalDate.parse("2012-02-15"))))
        .isEqualByComparingTo("1050.00");
    assertThat(value(rates.convert(francs, USD, LocalDate.parse("2012-05-10"))))
        .isEqualByComparingTo("1075.00");
  }

  @Test
  void usesOneOverTheInversePairsRateWhenThePairHasNone() {
    assertThat(rates.rate(EUR, USD, LocalDate.parse("2012-06-01")))
        .isEqualByComparingTo("1.333333333333333333333333333333333");
    assertThat(value(rates.convert(Money.of(150, EUR), USD, LocalDate.parse("2012-06-01"))))
        .isEqualByComparingTo("200.00");
  }

  @Test
  void prefersThePairItselfOverItsInverse() {
    ExchangeRates both =
        new ExchangeRates(
            List.of(rate("2012-01-01", EUR, USD, "1.30"), rate("2012-06-01", USD, EUR, "0.5")));
    assertThat(both.rate(EUR, USD, LocalDate.parse("2012-07-01"))).isEqualByComparingTo("1.30");
  }

  @Test
  void dividesExactlyByAnInverseRateBeforeTheOneRounding() {
    // 0.45 ÷ 30 = 0.015 exactly, half-even to 0.02; 0.45 × a rounded 1/30 would be 0.0149… → 0.01
    ExchangeRates inverse = new ExchangeRates(List.of(rate("2012-01-01", USD, XOF, "30")));
    MonetaryAmount amount = Money.of(new BigDecimal("0.45"), XOF);
    assertThat(value(inverse.convert(amount, USD, LocalDate.parse("2012-01-01"))))
        .isEqualByComparingTo("0.02");
  }

  @Test
  void roundsToTheCentHalfEven() {
    ExchangeRates one = new ExchangeRates(List.of(rate("2012-01-01", CHF, USD, "0.5")));
    LocalDate day = LocalDate.parse("2012-01-01");
    // 0.05 × 0.5 = 0.025 → 0.02 (even); 0.07 × 0.5 = 0.035 → 0.04 (even)
    assertThat(value(one.convert(Money.of(new BigDecimal("0.05"), CHF), USD, day)))
        .isEqualByComparingTo("0.02");
    assertThat(value(one.convert(Money.of(new BigDecimal("0.07"), CHF), USD, day)))
        .isEqualByComparingTo("0.04");
  }

  @Test
  void keepsTwoDecimalsEvenForACurrencyWithoutMinorUnit() {
    ExchangeRates toXof = new ExchangeRates(List.of(rate("2012-01-01", EUR, XOF, "655.957")));
    MonetaryAmount converted =
        toXof.convert(Money.of(new BigDecimal("1.00"), EUR), XOF, LocalDate.parse("2012-01-01"));
    assertThat(value(converted).toPlainString()).isEqualTo("655.96");
    assertThat(converted.getCurrency()).isEqualTo(XOF);
  }

  @Test
  void convertsACurrencyToItselfWithoutARate() {
    assertThat(
            value(
                ExchangeRates.none()
                    .convert(Money.of(new BigDecimal("12.345"), USD), USD, LocalDate.MIN)))
        .isEqualByComparingTo("12.34");
  }

  @Test
  void namesThePairAndTheDateOfAMissingRate() {
    assertThatThrownBy(() -> rates.rate(CHF, USD, LocalDate.parse("2011-12-31")))
        .isInstanceOf(MissingRateException.class)
        .hasMessage("no exchange rate CHF->USD (nor USD->CHF) dated on or before 2011-12-31");
    assertThatThrownBy(() -> rates.convert(Money.of(1, CHF), EUR, LocalDate.parse("2012-05-01")))
        .isInstanceOfSatisfying(
            MissingRateException.class,
            e -> {
              assertThat(e.from()).isEqualTo(CHF);
              assertThat(e.to()).isEqualTo(EUR);
              assertThat(e.date()).isEqualTo(LocalDate.parse("2012-05-01"));
            })
        .hasMessageContaining("CHF->EUR")
        .hasMessageContaining("2012-05-01");
  }

  @Test
  void refusesTwoRatesOfOnePairOnOneDate() {
    assertThatThrownBy(() ->
            new ExchangeRates(
                List.of(
                    rate("2012-01-01", CHF, USD, "1.05"), rate("2012-01-01", CHF, USD, "1.06"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CHF->USD dated 2012-01-01");
  }
}
