package org.homeward.shared;

/**
 * What text may be stored: anything but the control characters (C0 other than tab, line feed and
 * carriage return, DEL and C1) and unpaired surrogates. PostgreSQL refuses NUL outright, the others
 * end up invisible on a page, break a CSV or a PDF, or hide one name inside another; none is ever
 * typed by a person. Every way in (the API, the forms, the importers) asks this one rule.
 */
public final class CleanText {

  public static final String CODE = "forbidden-character";
  public static final String MESSAGE =
      "the text contains a control character or an unpaired surrogate, which cannot be stored";

  private CleanText() {}

  /** Whether {@code text} (null counts as clean) holds nothing {@link CleanText} refuses. */
  public static boolean isClean(String text) {
    return text == null || firstUnclean(text) < 0;
  }

  /** The index of the first character refused, or -1. */
  public static int firstUnclean(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c) || isControl(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
  }

  /** Adds a violation at {@code field} when {@code text} is not clean; true when it is. */
  public static boolean check(Violations violations, String field, String text) {
    return violations.check(isClean(text), field, CODE, MESSAGE);
  }

  /** Refuses {@code text} at {@code field} at once when it is not clean. */
  public static void require(String field, String text) {
    if (!isClean(text)) {
      throw InvalidInputException.of(field, CODE, MESSAGE);
    }
  }
}
