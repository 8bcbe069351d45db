package org.homeward.funding.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.homeward.shared.Violations;
import org.javamoney.moneta.Money;

/**
 * Reads the fields of the module's requests, forms and files, noting each problem under its field
 * and going on, so that every problem is reported at once. Amounts and rates are decimal text
 * ({@code "1234.50"}), never a floating point; dates are {@code YYYY-MM-DD}; currencies ISO 4217.
 */
public final class Fields {

  /** Digits before the point of an amount; after it, at most {@link #AMOUNT_DECIMALS}. */
  static final int AMOUNT_DIGITS = 15;

  static final int AMOUNT_DECIMALS = 4;
  static final int RATE_DIGITS = 15;
  static final int RATE_DECIMALS = 20;

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private Fields() {}

  public static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** A required text, stripped; null (noted) when missing. */
  public static String text(Violations v, String field, String value, int maxLength) {
    if (blank(value)) {
      v.add(field, "required", field + " is required");
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      v.add(field, "too-long", "at most " + maxLength + " characters");
      return null;
    }
    return stripped;
  }

  /** An optional text, stripped; null when blank. */
  public static String optionalText(Violations v, String field, String value, int maxLength) {
    return blank(value) ? null : text(v, field, value, maxLength);
  }

  public static LocalDate date(Violations v, String field, String value) {
    if (blank(value)) {
      v.add(field, "required", field + " is required (YYYY-MM-DD)");
      return null;
    }
    return optionalDate(v, field, value);
  }

  public static LocalDate optionalDate(Violations v, String field, String value) {
    if (blank(value)) {
      return null;
    }
    String text = value.strip();
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // reported below, as any other text that is not a date
      }
    }
    v.add(field, "malformed-date", "not a date (YYYY-MM-DD): \"" + text + "\"");
    return null;
  }

  public static CurrencyUnit currency(Violations v, String field, String value) {
    if (blank(value)) {
      v.add(field, "required", field + " is required (an ISO 4217 code such as USD)");
      return null;
    }
    String code = value.strip();
    if (CURRENCY.matcher(code).matches() && Monetary.isCurrencyAvailable(code)) {
      return Monetary.getCurrency(code);
    }
    v.add(
        field,
        "unknown-currency",
        "not an ISO 4217 currency code (e.g. \"USD\"): \"" + shown(code) + "\"");
    return null;
  }

  /** A decimal amount ≥ 0 (> 0 when {@code positive}), in {@code currency}; null when unusable. */
  public static MonetaryAmount amount(
      Violations v, String field, String value, CurrencyUnit currency, boolean positive) {
    BigDecimal number = decimal(v, field, value, AMOUNT_DIGITS, AMOUNT_DECIMALS, "1234.50");
    if (number == null) {
      return null;
    }
    if (positive && number.signum() == 0) {
      v.add(field, "out-of-range", "must be greater than zero");
      return null;
    }
    return currency == null ? null : Money.of(number, currency);
  }

  /** A rate, greater than zero; null when unusable. */
  public static BigDecimal rate(Violations v, String field, String value) {
    BigDecimal number = decimal(v, field, value, RATE_DIGITS, RATE_DECIMALS, "0.9215");
    if (number != null && number.signum() == 0) {
      v.add(field, "out-of-range", "a rate must be greater than zero");
      return null;
    }
    return number;
  }

  private static BigDecimal decimal(
      Violations v, String field, String value, int digits, int decimals, String example) {
    if (blank(value)) {
      v.add(field, "required", field + " is required (a decimal such as \"" + example + "\")");
      return null;
    }
    String text = value.strip();
    if (!DECIMAL.matcher(text).matches()) {
      v.add(
          field,
          "malformed",
          "not a decimal number (e.g. \"" + example + "\"): \"" + shown(text) + "\"");
      return null;
    }
    BigDecimal number = new BigDecimal(text);
    if (number.signum() < 0) {
      v.add(field, "out-of-range", "must not be negative: \"" + text + "\"");
      return null;
    }
    if (number.precision() - number.scale() > digits) {
      v.add(field, "out-of-range", "too large, at most " + digits + " digits before the point");
      return null;
    }
    if (number.scale() > decimals) {
      v.add(field, "out-of-range", "at most " + decimals + " decimals: \"" + text + "\"");
      return null;
    }
    return number;
  }

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
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      v.add(field, "unknown-value", "one of " + names(type) + ", not \"" + shown(value) + "\"");
      return null;
    }
  }

  public static String country(Violations v, String field, String value) {
    if (blank(value)) {
      v.add(field, "required", field + " is required (ISO 3166-1 alpha-3, e.g. CMR)");
      return null;
    }
    String code = value.strip();
    if (!org.homeward.shared.CountryCode.isValid(code)) {
      v.add(
          field,
          "unknown-country",
          "not an ISO 3166-1 alpha-3 country code (e.g. CMR): \"" + shown(code) + "\"");
      return null;
    }
    return code;
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }

  /** A value as quoted back in a message: never more than 40 characters. */
  static String shown(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
