package org.homeward.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * What every module's reader of request and form fields does the same way: blank is missing, text
 * is stripped and bounded, and a date is written {@code YYYY-MM-DD}. Each problem is noted under
 * its field in {@link Violations}, and reading goes on, so that every problem is reported at once.
 */
public final class FormFields {

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private FormFields() {}

  public static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** A required text, stripped; null (noted) when missing or longer than {@code maxLength}. */
  public static String text(Violations v, String field, String value, int maxLength) {
    if (blank(value)) {
      v.add(field, "required", field + " is required");
      return null;
    }
    return optionalText(v, field, value, maxLength);
  }

  /** An optional text, stripped; null when blank, or (noted) longer than {@code maxLength}. */
  public static String optionalText(Violations v, String field, String value, int maxLength) {
    if (blank(value)) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      v.add(field, "too-long", "at most " + maxLength + " characters");
      return null;
    }
    return stripped;
  }

  /** The day {@code text} writes as {@code YYYY-MM-DD}; null when it is no such day. */
  public static LocalDate day(String text) {
    if (text == null || !DATE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
