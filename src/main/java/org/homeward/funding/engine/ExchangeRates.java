package org.homeward.funding.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Dated exchange rates, and conversions with them that anyone can reproduce by hand.
 *
 * <p>The rate of {@code from -> to} on a date is the latest rate of that pair dated on or before
 * the date. Only when the pair has none is the inverse pair asked, the same way, and its rate used
 * as 1/rate. Otherwise there is no rate, and the lookup fails naming the pair and the date. A
 * currency converts to itself without a rate.
 *
 * <p>A converted amount is rounded once, to the cent (2 decimals) half-even: {@code amount × rate}
 * for the pair, {@code amount ÷ rate} for the inverse pair, each computed exactly before that one
 * rounding (so 0.45 at an inverse rate of 30 is 0.015 and rounds to 0.02, where 0.45 × a rounded
 * 1/30 would give 0.01). Two decimals are kept whatever the currency's minor unit, also for XOF and
 * XAF, whose ISO 4217 minor unit is 0.
 */
public final class ExchangeRates {

  /** Decimals of every converted amount: the cent. */
  public static final int CENT_SCALE = 2;

  private record Pair(CurrencyUnit from, CurrencyUnit to) {}

  private final Map<Pair, NavigableMap<LocalDate, BigDecimal>> byPair = new HashMap<>();

  /**
   * @throws IllegalArgumentException if a pair has two rates on one date: a conversion on that date
   *     would not be reproducible
   */
  public ExchangeRates(Collection<ExchangeRate> rates) {
    for (ExchangeRate rate : rates) {
      BigDecimal earlier =
          byPair
              .computeIfAbsent(new Pair(rate.from(), rate.to()), pair -> new TreeMap<>())
              .putIfAbsent(rate.date(), rate.rate());
      if (earlier != null) {
        throw new IllegalArgumentException(
            "two rates "
                + rate.from().getCurrencyCode()
                + "->"
                + rate.to().getCurrencyCode()
                + " dated "
                + rate.date());
      }
    }
  }

  public static ExchangeRates none() {
    return new ExchangeRates(List.of());
  }

  /**
   * The rate of {@code from -> to} valid on {@code date}; 1/rate of the inverse pair is given to 34
   * significant digits (DECIMAL128). Conversions do not use this rounded inverse: see {@link
   * #convert}.
   *
   * @throws MissingRateException if neither the pair nor its inverse has a rate on or before date
   */
  public BigDecimal rate(CurrencyUnit from, CurrencyUnit to, LocalDate date) {
    if (from.equals(to)) {
      return BigDecimal.ONE;
    }
    Optional<BigDecimal> direct = latest(from, to, date);
    if (direct.isPresent()) {
      return direct.get();
    }
    return BigDecimal.ONE.divide(
        latest(to, from, date).orElseThrow(() -> new MissingRateException(from, to, date)),
        MathContext.DECIMAL128);
  }

  /**
   * {@code amount} in {@code to} at the rate valid on {@code date}, rounded to the cent half-even.
   *
   * @throws MissingRateException if neither the pair nor its inverse has a rate on or before date
   */
  public MonetaryAmount convert(MonetaryAmount amount, CurrencyUnit to, LocalDate date) {
    BigDecimal value = amount.getNumber().numberValue(BigDecimal.class);
    CurrencyUnit from = amount.getCurrency();
    BigDecimal converted;
    if (from.equals(to)) {
      converted = value.setScale(CENT_SCALE, RoundingMode.HALF_EVEN);
    } else {
      Optional<BigDecimal> direct = latest(from, to, date);
      if (direct.isPresent()) {
        converted = value.multiply(direct.get()).setScale(CENT_SCALE, RoundingMode.HALF_EVEN);
      } else {
        BigDecimal inverse =
            latest(to, from, date).orElseThrow(() -> new MissingRateException(from, to, date));
        converted = value.divide(inverse, CENT_SCALE, RoundingMode.HALF_EVEN);
      }
    }
    return Money.of(converted, to);
  }

  private Optional<BigDecimal> latest(CurrencyUnit from, CurrencyUnit to, LocalDate date) {
    NavigableMap<LocalDate, BigDecimal> rates = byPair.get(new Pair(from, to));
    if (rates == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(rates.floorEntry(date)).map(Entry::getValue);
  }
}
