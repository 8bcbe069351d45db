package org.homeward.funding.reports;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of a report in the reader's language, from the interface's message bundles: French,
 * English or Arabic, English for any other reader.
 */
final class ReportLabels {

  static final List<String> LANGUAGES = List.of("fr", "en", "ar");
  private static final String BUNDLE = "i18n.messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  private ReportLabels(Locale locale) {
    this.locale = locale;
    // no fallback to the machine's locale: a report reads the same wherever it is produced
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ReportLabels.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static ReportLabels of(Locale reader) {
    String language = reader == null ? "en" : reader.getLanguage();
    return new ReportLabels(Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "en"));
  }

  Locale locale() {
    return locale;
  }

  boolean rightToLeft() {
    return locale.getLanguage().equals("ar");
  }

  /** The message; with arguments, formatted as Spring formats the pages' messages. */
  String get(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message " + key + " for " + locale, e);
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
