package org.homeward.reintegration.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Money in and out of NUMERIC columns, exactly, and as the module writes it. */
public final class Amounts {

  private Amounts() {}

  /** The amount of {@code column} in the currency of {@code currencyColumn}; null when null. */
  public static MonetaryAmount money(ResultSet rs, String column, String currencyColumn)
      throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    String currency = rs.getString(currencyColumn);
    return value == null || currency == null ? null : Money.of(value, currency.strip());
  }

  public static MonetaryAmount money(ResultSet rs, String column, CurrencyUnit currency)
      throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    return value == null ? null : Money.of(value, currency);
  }

  public static CurrencyUnit currency(ResultSet rs, String column) throws SQLException {
    String code = rs.getString(column);
    return code == null ? null : Monetary.getCurrency(code.strip());
  }

  public static BigDecimal decimal(MonetaryAmount amount) {
    return amount == null ? null : amount.getNumber().numberValue(BigDecimal.class);
  }

  public static String code(MonetaryAmount amount) {
    return amount == null ? null : amount.getCurrency().getCurrencyCode();
  }

  public static MonetaryAmount zero(CurrencyUnit currency) {
    return Money.of(BigDecimal.ZERO.setScale(2), currency);
  }

  /** To the cent, half-even, as funding rounds every converted amount. */
  public static MonetaryAmount cents(MonetaryAmount amount) {
    return Money.of(decimal(amount).setScale(2, RoundingMode.HALF_EVEN), amount.getCurrency());
  }

  /** The decimal with at least 2 places ("1234.50"), never a JSON number. */
  public static String plain(MonetaryAmount amount) {
    if (amount == null) {
      return null;
    }
    BigDecimal value = decimal(amount).stripTrailingZeros();
    return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
  }

  /** The decimal and the currency: {@code 125000.00 XAF}. */
  public static String text(MonetaryAmount amount) {
    return amount == null ? "" : plain(amount) + " " + code(amount);
  }
}
