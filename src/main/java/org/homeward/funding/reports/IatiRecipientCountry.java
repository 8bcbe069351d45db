package org.homeward.funding.reports;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.homeward.shared.CountryCode;

/**
 * A country that benefits from an activity: the mission's country (people leave from there) and the
 * countries of origin (they restart their lives there).
 *
 * @param percentage the share of the activity's budget, 0 to 100; may be null for an activity with
 *     one country only, and must be given (adding up to 100) when there are several
 */
public record IatiRecipientCountry(CountryCode country, BigDecimal percentage) {

  public IatiRecipientCountry {
    Objects.requireNonNull(country, "country");
    if (percentage != null
        && (percentage.signum() < 0 || percentage.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new IllegalArgumentException(
          "a recipient country's percentage must be between 0 and 100, not " + percentage);
    }
  }

  public IatiRecipientCountry(CountryCode country) {
    this(country, null);
  }

  /** IATI names countries by their ISO 3166-1 alpha-2 code ({@code MA}), Homeward by alpha-3. */
  String iso2() {
    for (String iso2 : Locale.getISOCountries()) {
      if (Locale.of("", iso2).getISO3Country().equals(country.iso3())) {
        return iso2;
      }
    }
    throw new IllegalArgumentException("no ISO 3166-1 alpha-2 code for " + country);
  }
}
