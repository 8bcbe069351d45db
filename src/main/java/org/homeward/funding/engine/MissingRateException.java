package org.homeward.funding.engine;

import java.time.LocalDate;
import javax.money.CurrencyUnit;

/** No rate, of the pair or of its inverse, is dated on or before the date of a conversion. */
public final class MissingRateException extends RuntimeException {

  private final CurrencyUnit from;
  private final CurrencyUnit to;
  private final LocalDate date;

  public MissingRateException(CurrencyUnit from, CurrencyUnit to, LocalDate date) {
    super(
        "no exchange rate "
            + from.getCurrencyCode()
            + "->"
            + to.getCurrencyCode()
            + " (nor "
            + to.getCurrencyCode()
            + "->"
            + from.getCurrencyCode()
            + ") dated on or before "
            + date);
    this.from = from;
    this.to = to;
    this.date = date;
  }

  public CurrencyUnit from() {
    return from;
  }

  public CurrencyUnit to() {
    return to;
  }

  public LocalDate date() {
    return date;
  }
}
