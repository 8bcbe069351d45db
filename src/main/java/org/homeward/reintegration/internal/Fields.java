package org.homeward.reintegration.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.homeward.shared.FormFields;
import org.homeward.shared.Violations;
import org.javamoney.moneta.Money;

/**
 * Reads the fields of the module's requests and forms, noting each problem under its field and
 * going on, so that every problem is reported at once. Dates are {@code YYYY-MM-DD}, amounts
 * decimals with at most 4 places, currencies ISO 4217 codes.
 */
public final class Fields {

  /** The longest free text a field of the module keeps (a business plan is the longest). */
  public static final int LONG_TEXT = 8000;

  /** The longest short text: a name, a title, a place. */
  public static final int SHORT_TEXT = 200;

  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern INTEGER = Pattern.compile("[0-9]{1,6}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private Fields() {}

  public static boolean blank(String text) {
    return FormFields.blank(text);
  }

  /** A required text, stripped; null (noted) when missing or longer than {@code maxLength}. */
  public static String text(Violations v, String field, String value, int maxLength) {
    return FormFields.text(v, field, value, maxLength);
  }

  /** An optional text, stripped; null when blank. */
  public static String optionalText(Violations v, String field, String value, int maxLength) {
    return FormFields.optionalText(v, field, value, maxLength);
  }

  /** A required date, not after {@code today} unless {@code future}. */
  public static LocalDate date(
      Violations v, String field, String value, LocalDate today, boolean future) {
    if (blank(value)) {
      v.add(field, "required", field + " is required (YYYY-MM-DD)");
      return null;
    }
    return optionalDate(v, field, value, today, future);
  }

  public static LocalDate optionalDate(
      Violations v, String field, String value, LocalDate today, boolean future) {
    if (blank(value)) {
      return null;
    }
    String text = value.strip();
    LocalDate day = FormFields.day(text);
    if (day == null) {
      v.add(field, "malformed-date", "not a date (YYYY-MM-DD): \"" + shown(text) + "\"");
      return null;
    }
    if (!future && day.isAfter(today)) {
      v.add(field, "in-future", "cannot be after today (" + today + ")");
      return null;
    }
    if (day.isBefore(today.minusYears(20)) || day.isAfter(today.plusYears(5))) {
      v.add(field, "out-of-range", "too far from today (" + today + ")");
      return null;
    }
    return day;
  }

  /** One of {@code type}'s constants, by name; null (noted) when missing or unknown. */
  public static <E extends Enum<E>> E choice(
      Violations v, String field, String value, Class<E> type) {
    if (blank(value)) {
      v.add(field, "required", field + " is required: one of " + names(type));
      return null;
    }
    return optionalChoice(v, field, value, type);
  }

  public static <E extends Enum<E>> E optionalChoice(
      Violations v, String field, String value, Class<E> type) {
    if (blank(value)) {
      return null;
    }
    String name = value.strip().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    v.add(field, "unknown-value", "one of " + names(type));
    return null;
  }

  /** A required ISO 4217 currency. */
  public static CurrencyUnit currency(Violations v, String field, String value) {
    if (blank(value)) {
      v.add(field, "required", field + " is required (an ISO 4217 code such as XAF)");
      return null;
    }
    return optionalCurrency(v, field, value);
  }

  public static CurrencyUnit optionalCurrency(Violations v, String field, String value) {
    if (blank(value)) {
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (CURRENCY.matcher(code).matches() && Monetary.isCurrencyAvailable(code)) {
      return Monetary.getCurrency(code);
    }
    v.add(field, "unknown-currency", "not an ISO 4217 currency code: \"" + shown(code) + "\"");
    return null;
  }

  /**
   * A required amount in {@code currency} (greater than zero when {@code positive}); null (noted)
   * when missing or malformed, or when the currency is unknown (noted at its own field).
   */
  public static MonetaryAmount amount(
      Violations v, String field, String value, CurrencyUnit currency, boolean positive) {
    if (blank(value)) {
      v.add(field, "required", field + " is required (a decimal such as \"125000\")");
      return null;
    }
    return optionalAmount(v, field, value, currency, positive);
  }

  public static MonetaryAmount optionalAmount(
      Violations v, String field, String value, CurrencyUnit currency, boolean positive) {
    BigDecimal number = optionalDecimal(v, field, value);
    if (number == null) {
      return null;
    }
    if (positive && number.signum() == 0) {
      v.add(field, "out-of-range", "must be greater than zero");
      return null;
    }
    return currency == null ? null : Money.of(number, currency);
  }

  /** An optional decimal ≥ 0 with at most 15 digits before the point and 4 after it. */
  public static BigDecimal optionalDecimal(Violations v, String field, String value) {
    if (blank(value)) {
      return null;
    }
    String text = value.strip().replace(" ", "");
    if (!DECIMAL.matcher(text).matches()) {
      v.add(
          field,
          "malformed",
          "not a decimal number ≥ 0 (e.g. \"125000\"): \"" + shown(text) + "\"");
      return null;
    }
    BigDecimal number = new BigDecimal(text);
    if (number.precision() - number.scale() > 15) {
      v.add(field, "out-of-range", "too large, at most 15 digits before the point");
      return null;
    }
    if (number.scale() > 4) {
      v.add(field, "out-of-range", "at most 4 decimals");
      return null;
    }
    return number;
  }

  /** An optional whole number between {@code min} and {@code max}. */
  public static Integer optionalInteger(
      Violations v, String field, String value, int min, int max) {
    if (blank(value)) {
      return null;
    }
    String text = value.strip();
    if (!INTEGER.matcher(text).matches()) {
      v.add(field, "malformed", "not a whole number: \"" + shown(text) + "\"");
      return null;
    }
    int n = Integer.parseInt(text);
    if (n < min || n > max) {
      v.add(field, "out-of-range", "between " + min + " and " + max);
      return null;
    }
    return n;
  }

  public static Integer integer(Violations v, String field, String value, int min, int max) {
    if (blank(value)) {
      v.add(field, "required", field + " is required");
      return null;
    }
    return optionalInteger(v, field, value, min, max);
  }

  /** A value as quoted back in a message: never more than 40 characters. */
  static String shown(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }
}
