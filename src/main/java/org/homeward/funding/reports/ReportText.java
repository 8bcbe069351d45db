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
   * The amount as an exact decimal in whole minor units of {@code currency} (cents for USD, none
   * for XOF), so that what is printed is what is summed.
   */
  static BigDecimal inMinorUnits(MonetaryAmount amount, CurrencyUnit currency, String name) {
    Objects.requireNonNull(amount, name);
    if (!amount.getCurrency().equals(currency)) {
      throw new IllegalArgumentException(
          name + " must be in " + currency.getCurrencyCode() + ", not " + amount.getCurrency());
    }
    BigDecimal value = decimal(amount);
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    if (value.stripTrailingZeros().scale() > digits) {
      throw new IllegalArgumentException(
          name + " must be rounded to " + digits + " decimals of " + currency + ", not " + value);
    }
    return value.setScale(digits);
  }
}
