package org.homeward.funding.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.homeward.funding.engine.ExchangeRates;
import org.homeward.shared.AmountText;
import org.javamoney.moneta.Money;

/** Money in and out of NUMERIC columns, exactly: never through a floating point. */
final class Amounts {

  private Amounts() {}

  static MonetaryAmount money(ResultSet rs, String column, CurrencyUnit currency)
      throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    return value == null ? null : Money.of(value, currency);
  }

  static MonetaryAmount money(BigDecimal value, String currency) {
    return Money.of(value, Monetary.getCurrency(currency));
  }

  static CurrencyUnit currency(ResultSet rs, String column) throws SQLException {
    String code = rs.getString(column);
    return code == null ? null : Monetary.getCurrency(code.strip());
  }

  static BigDecimal decimal(MonetaryAmount amount) {
    return amount == null ? null : amount.getNumber().numberValue(BigDecimal.class);
  }

  /** The amount as text, with at least 2 decimals ("650.00"), as the audit trail keeps it. */
  static String plain(MonetaryAmount amount) {
    return AmountText.plain(amount);
  }

  /** To the cent, half-even, as every converted amount is. */
  static MonetaryAmount cents(MonetaryAmount amount) {
    return Money.of(
        decimal(amount).setScale(ExchangeRates.CENT_SCALE, RoundingMode.HALF_EVEN),
        amount.getCurrency());
  }

  static MonetaryAmount zero(CurrencyUnit currency) {
    return Money.of(BigDecimal.ZERO.setScale(ExchangeRates.CENT_SCALE), currency);
  }

  static List<String> texts(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    List<String> values = new ArrayList<>();
    if (array != null) {
      for (Object value : (Object[]) array.getArray()) {
        values.add(value.toString());
      }
    }
    return values;
  }
}
