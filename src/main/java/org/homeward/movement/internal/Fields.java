package org.homeward.movement.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.homeward.shared.CountryCode;
import org.homeward.shared.FormFields;
import org.homeward.shared.Violations;

/**
 * Reads the fields of the module's requests and forms, noting each problem under its field and
 * going on, so that every problem is reported at once. Dates are {@code YYYY-MM-DD}, countries ISO
 * 3166-1 alpha-3.
 */
public final class Fields {

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

  /** A required date; {@code today} bounds it unless {@code future} is allowed. */
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
      v.add(field, "malformed-date", "not a date (YYYY-MM-DD): \"" + text + "\"");
      return null;
    }
    if (!future && day.isAfter(today)) {
      v.add(field, "in-future", "cannot be after today (" + today + ")");
      return null;
    }
    if (day.isBefore(today.minusYears(50)) || day.isAfter(today.plusYears(50))) {
      v.add(field, "out-of-range", "more than 50 years away from today");
      return null;
    }
    return day;
  }

  /** One of {@code type}'s constants, by name; null (noted) when missing or unknown. */
  public static <E extends Enum<E>> E choice(
      Violations v, String field, String value, Class<E> type) {
    if (blank(value)) {
      v.add(field, "required", field + " is required");
      return null;
    }
    String name = value.strip().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    v.add(
        field,
        "unknown-value",
        "one of "
            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    return null;
  }

  /** An optional ISO 3166-1 alpha-3 country; null when blank or (noted) unknown. */
  public static String optionalCountry(Violations v, String field, String value) {
    if (blank(value)) {
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!CountryCode.isValid(code)) {
      v.add(field, "unknown-country", "not an ISO 3166-1 alpha-3 country code: " + code);
      return null;
    }
    return code;
  }
}
