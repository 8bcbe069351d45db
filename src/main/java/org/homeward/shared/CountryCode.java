package org.homeward.shared;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-3 country code, such as {@code MAR} or {@code CMR}. */
public record CountryCode(String iso3) {

  private static final Set<String> KNOWN =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

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
    for (String iso2 : Locale.getISOCountries()) {
      Locale country = Locale.of("", iso2);
      if (country.getISO3Country().equals(iso3)) {
        return country.getDisplayCountry(language);
      }
    }
    return iso3;
  }

  @Override
  public String toString() {
    return iso3;
  }
}
