package org.homeward.funding.reports;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.shared.CleanText;

/** The checks the text and amounts of every report record pass before anything is written. */
final class ReportText {

  private ReportText() {}

  static String required(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return clean(text, name);
  }

  /** Blank counts as absent. */
  static String optional(String text, String name) {
    return text == null || text.isBlank() ? null : clean(text, name);
  }

  private static String clean(String text, String name) {
    // a control character is invalid in XML 1.0 and invisible in a PDF or a spreadsheet
    if (!CleanText.isClean(text)) {
      throw new IllegalArgumentException(name + ": " + CleanText.MESSAGE);
    }
    return text;
  }

  static BigDecimal decimal(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  /**
   * The amount as a plain decimal with at least the currency's minor digits ({@code 450000.00}):
   * Moneta keeps no trailing zeros.
   */
  static String plain(MonetaryAmount amount) {
    BigDecimal value = decimal(amount);
    int digits = Math.max(amount.getCurrency().getDefaultFractionDigits(), 0);
    return value.setScale(Math.max(digits, value.scale())).toPlainString();
  }

  /**
   * The amount as an exact decimal, checked to be in {@code currency} and rounded to the cent at
   * most (or to the currency's own minor unit where it has more, as the Tunisian dinar's millimes):
   * what is printed is then what is summed. Whole amounts of a currency without cents (XOF) stay
   * whole; the funding engine's amounts, always rounded to the cent, pass as they are.
   */
  static BigDecimal exact(MonetaryAmount amount, CurrencyUnit currency, String name) {
    Objects.requireNonNull(amount, name);
    if (!amount.getCurrency().equals(currency)) {
      throw new IllegalArgumentException(
          name + " must be in " + currency.getCurrencyCode() + ", not " + amount.getCurrency());
    }
    BigDecimal value = decimal(amount);
    int allowed = Math.max(currency.getDefaultFractionDigits(), 2);
    if (value.stripTrailingZeros().scale() > allowed) {
      throw new IllegalArgumentException(
          name + " must be rounded to " + allowed + " decimals of " + currency + ", not " + value);
    }
    return value;
  }

  /**
   * How many decimals to print the amounts of one table with: the currency's minor unit, or more if
   * an amount has more (cents of XOF), so that every amount is shown exactly.
   */
  static int decimals(CurrencyUnit currency, Iterable<BigDecimal> values) {
    int decimals = Math.max(currency.getDefaultFractionDigits(), 0);
    for (BigDecimal value : values) {
      decimals = Math.max(decimals, value.stripTrailingZeros().scale());
    }
    return decimals;
  }
}
