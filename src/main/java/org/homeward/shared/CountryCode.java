package org.homeward.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An ISO 3166-1 alpha-3 country code, such as {@code MAR} or {@code CMR}. */
public record CountryCode(String iso3) {

  private static final Set<String> KNOWN =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

  /** Each country's locale, by its alpha-3 code: the JDK names countries by their alpha-2 one. */
  private static final Map<String, Locale> BY_ISO3 =
      Stream.of(Locale.getISOCountries())
          .map(iso2 -> Locale.of("", iso2))
          .collect(Collectors.toUnmodifiableMap(Locale::getISO3Country, Function.identity()));

  /** Names already looked up, by language and code: a page names the same few countries often. */
  private static final Map<Locale, Map<String, String>> NAMES = new ConcurrentHashMap<>();

  public CountryCode {
    if (!isValid(iso3)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 country code: " + iso3);
    }
  }

  /**
   * The ICAO codes for people without a nationality (stateless, refugee, another refugee,
   * unspecified), accepted beside ISO 3166 wherever a nationality is asked for.
   */
  public static final Set<String> STATELESS = Set.of("XXA", "XXB", "XXC", "XXX");

  public static boolean isValid(String code) {
    return code != null && KNOWN.contains(code);
  }

  public static boolean isStateless(String code) {
    return code != null && STATELESS.contains(code);
  }

  /** A code that can stand for someone's nationality: a country, or one of the stateless codes. */
  public static boolean isNationality(String code) {
    return isValid(code) || isStateless(code);
  }

  /** The country's name in the given language, e.g. "Cameroun" in French. */
  public String displayName(Locale language) {
    return NAMES
        .computeIfAbsent(Locale.of(language.getLanguage()), l -> new ConcurrentHashMap<>())
        .computeIfAbsent(
            iso3,
            code -> {
              Locale country = BY_ISO3.get(code);
              return country == null ? code : country.getDisplayCountry(language);
            });
  }

  @Override
  public String toString() {
    return iso3;
  }
}
