package org.homeward.shared;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * Money as text for programs to read: the answers of the API and the entries of the audit trail.
 */
public final class AmountText {

  private AmountText() {}

  /**
   * The amount as a plain decimal string with at least 2 decimals and every other one it has
   * ({@code "1234.50"}, {@code "0.125"}), never a floating point nor an exponent; null for none.
   */
  public static String plain(MonetaryAmount amount) {
    if (amount == null) {
      return null;
    }
    BigDecimal value = amount.getNumber().numberValue(BigDecimal.class).stripTrailingZeros();
    return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
  }
}
