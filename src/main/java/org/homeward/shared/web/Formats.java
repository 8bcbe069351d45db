package org.homeward.shared.web;

import java.text.Collator;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.homeward.shared.CountryCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers, countries and languages written the way the reader's language writes them; pages
 * call it as {@code @formats}. The language is the one of the current request.
 */
@Component("formats")
public class Formats {

  /** A value and its name in the reader's language, for a list to choose from. */
  public record Choice(String value, String label) {}

  private final ZoneId zone;
  private final MessageSource messages;

  Formats(@Value("${homeward.web.time-zone}") String zone, MessageSource messages) {
    this.zone = ZoneId.of(zone);
    this.messages = messages;
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  /** A day with the month in words (unambiguous in every language: 14 mars 2026). */
  public String date(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
  }

  /**
   * A date of birth. When only the year is known (stored as 1 January) it shows as that year,
   * marked as estimated (1985 (estimated)), so that two estimates of the same year do not read as
   * the same birthday.
   */
  public String birthDate(LocalDate day, boolean estimated) {
    if (day == null) {
      return "";
    }
    return estimated
        ? messages.getMessage(
            "date.estimated-year", new Object[] {String.valueOf(day.getYear())}, locale())
        : date(day);
  }

  /** A moment, in the offices' time zone. */
  public String dateTime(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale())
            .format(at.atZone(zone));
  }

  /** The moment as ISO, for the {@code datetime} attribute of {@code <time>}. */
  public String iso(Instant at) {
    return at == null ? "" : at.atZone(zone).toOffsetDateTime().toString();
  }

  public String number(long n) {
    return NumberFormat.getIntegerInstance(locale()).format(n);
  }

  /** Days from {@code since} to today, in the offices' time zone. */
  public long daysSince(Instant since) {
    return since == null
        ? 0
        : java.time.temporal.ChronoUnit.DAYS.between(
            since.atZone(zone).toLocalDate(), LocalDate.now(zone));
  }

  /** Days from {@code since} to today, in the offices' time zone. */
  public long daysSince(LocalDate since) {
    return since == null
        ? 0
        : java.time.temporal.ChronoUnit.DAYS.between(since, LocalDate.now(zone));
  }

  /** The country's name in the reader's language; the code itself if it is not a country. */
  public String country(String iso3) {
    if (iso3 == null || iso3.isBlank()) {
      return "";
    }
    if (CountryCode.isStateless(iso3)) {
      // their names come from the message bundles
      return messages.getMessage("country.stateless", null, iso3, locale());
    }
    return CountryCode.isValid(iso3) ? new CountryCode(iso3).displayName(locale()) : iso3;
  }

  /** Every country, in the reader's alphabetical order. */
  public List<Choice> countries() {
    Collator order = Collator.getInstance(locale());
    return Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream()
        .map(code -> new Choice(code, country(code)))
        .sorted(Comparator.comparing(Choice::label, order))
        .toList();
  }

  /** A language's name in the reader's language, e.g. "wolof" for {@code wo} in French. */
  public String language(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String name = Locale.of(code).getDisplayLanguage(locale());
    return name.isBlank() || name.equals(code) ? code : name;
  }

  /** Languages as a list to choose from, named in the reader's language. */
  public List<Choice> languages(List<String> codes) {
    return codes.stream().map(code -> new Choice(code, language(code))).toList();
  }
}
