package org.homeward.funding.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * One rate as a finance officer enters it: on {@code date}, one unit of {@code from} is worth
 * {@code rate} units of {@code to}. It holds from that date until the next rate of the same pair.
 */
public record ExchangeRate(LocalDate date, CurrencyUnit from, CurrencyUnit to, BigDecimal rate) {

  public ExchangeRate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rate, "rate");
    if (from.equals(to)) {
      throw new IllegalArgumentException("a rate needs two different currencies, not " + from);
    }
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("a rate must be greater than zero, not " + rate);
    }
  }
}
