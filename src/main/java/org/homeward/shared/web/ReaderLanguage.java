package org.homeward.shared.web;

import java.util.Locale;
import java.util.Set;

/**
 * The language a file is written in for its reader (a PDF, a spreadsheet): the one asked for with
 * {@code ?lang=}, else the first of the interface languages that the {@code Accept-Language} header
 * names, else the file's own default.
 */
public final class ReaderLanguage {

  /** The languages files are written in: those of the interface. */
  public static final Set<String> CODES = Set.of("fr", "en", "ar");

  private ReaderLanguage() {}

  /** Whether {@code lang} (surrounding white space aside) is one of {@link #CODES}. */
  public static boolean known(String lang) {
    return lang != null && CODES.contains(lang.strip());
  }

  /**
   * The language asked for, else the first of fr, en, ar that {@code acceptLanguage} names, else
   * {@code otherwise}. A header that is not a language list names none.
   */
  public static Locale pick(String lang, String acceptLanguage, Locale otherwise) {
    if (known(lang)) {
      return Locale.of(lang.strip());
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
          String language = range.getRange().split("-")[0];
          if (CODES.contains(language)) {
            return Locale.of(language);
          }
        }
      } catch (IllegalArgumentException malformed) {
        // a header that is not a language list picks nothing
      }
    }
    return otherwise;
  }
}
