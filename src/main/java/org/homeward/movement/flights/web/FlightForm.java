package org.homeward.movement.flights.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.homeward.movement.FlightDetails;
import org.homeward.movement.FlightKind;
import org.homeward.organisation.Missions;
import org.homeward.shared.CountryCode;
import org.homeward.shared.Violations;
import org.javamoney.moneta.Money;

/**
 * A flight as a client or a form sends it, every field as typed, and how it is read: each problem
 * is noted under its field and reading goes on, so that every problem is reported at once.
 *
 * @param departsAt local date and time at the departure airport, {@code YYYY-MM-DDTHH:MM}
 * @param timeZone the IANA zone of the departure airport, e.g. {@code Africa/Casablanca}
 * @param costPerSeat a decimal in {@code currency}; or else {@code charterCost} for a charter
 */
record FlightForm(
    String missionCode,
    String kind,
    String charterer,
    String flightNumber,
    String departureAirport,
    String arrivalAirport,
    String arrivalCountry,
    String departsAt,
    String timeZone,
    Integer seats,
    String currency,
    String costPerSeat,
    String charterCost) {

  static final Pattern FLIGHT_NUMBER = Pattern.compile("[A-Z0-9]{2,3} ?[0-9]{1,5}[A-Z]?");
  static final Pattern DECIMAL = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,4})?");
  static final int TEXT_LIMIT = 200;

  /** The flight these fields describe, held by {@code defaultMission} unless they name another. */
  FlightDetails read(String defaultMission, Missions missions) {
    Violations v = new Violations();
    String mission = blank(missionCode) ? defaultMission : missionCode.strip();
    if (!blank(missionCode) && !missions.exists(mission)) {
      v.add("missionCode", "unknown-mission", "no mission has the code " + mission);
    }
    FlightKind type = null;
    if (blank(kind)) {
      v.add("kind", "required", "CHARTER or SCHEDULED");
    } else {
      try {
        type = FlightKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        v.add("kind", "unknown-value", "CHARTER or SCHEDULED, not " + kind.strip());
      }
    }
    String party = blank(charterer) ? null : charterer.strip();
    if (type == FlightKind.CHARTER && party == null) {
      v.add("charterer", "required", "say who charters the flight");
    } else if (type == FlightKind.SCHEDULED && party != null) {
      v.add("charterer", "inconsistent", "a scheduled flight has no chartering party");
    } else if (party != null && party.length() > TEXT_LIMIT) {
      v.add("charterer", "too-long", "at most " + TEXT_LIMIT + " characters");
    }
    String number = null;
    if (!blank(flightNumber)) {
      number = flightNumber.strip().toUpperCase(Locale.ROOT);
      if (!FLIGHT_NUMBER.matcher(number).matches()) {
        v.add("flightNumber", "malformed", "a carrier's code and a number, e.g. AT 9412");
      }
    }
    String from = airport(v, "departureAirport", departureAirport);
    String to = airport(v, "arrivalAirport", arrivalAirport);
    if (from != null && from.equals(to)) {
      v.add("arrivalAirport", "inconsistent", "the flight lands elsewhere than it leaves");
    }
    String country = null;
    if (blank(arrivalCountry)) {
      v.add("arrivalCountry", "required", "the country of arrival (ISO 3166 alpha-3, e.g. CMR)");
    } else if (!CountryCode.isValid(arrivalCountry.strip().toUpperCase(Locale.ROOT))) {
      v.add("arrivalCountry", "unknown-country", "not an ISO 3166-1 alpha-3 country code");
    } else {
      country = arrivalCountry.strip().toUpperCase(Locale.ROOT);
    }
    LocalDateTime when = null;
    if (blank(departsAt)) {
      v.add("departsAt", "required", "the local date and time of departure, YYYY-MM-DDTHH:MM");
    } else {
      try {
        when = LocalDateTime.parse(departsAt.strip());
        if (when.getYear() < 2000 || when.getYear() > 2999) {
          v.add("departsAt", "out-of-range", "a date between 2000 and 2999");
          when = null;
        }
      } catch (DateTimeParseException e) {
        v.add("departsAt", "malformed-date", "not a date and time (YYYY-MM-DDTHH:MM)");
      }
    }
    ZoneId zone = null;
    if (blank(timeZone)) {
      v.add("timeZone", "required", "the time zone of the departure, e.g. Africa/Casablanca");
    } else {
      try {
        zone = ZoneId.of(timeZone.strip());
      } catch (DateTimeException e) {
        v.add("timeZone", "unknown-value", "not a time zone, e.g. Africa/Casablanca");
      }
    }
    if (seats == null) {
      v.add("seats", "required", "the number of seats");
    } else if (seats < 1 || seats > FlightDetails.MAX_SEATS) {
      v.add("seats", "out-of-range", "between 1 and " + FlightDetails.MAX_SEATS);
    }
    CurrencyUnit unit = null;
    if (blank(currency)) {
      v.add("currency", "required", "the currency of the cost (ISO 4217, e.g. MAD)");
    } else {
      try {
        unit = Monetary.getCurrency(currency.strip().toUpperCase(Locale.ROOT));
      } catch (UnknownCurrencyException e) {
        v.add("currency", "unknown-currency", "not an ISO 4217 currency code");
      }
    }
    MonetaryAmount perSeat = amount(v, "costPerSeat", costPerSeat, unit);
    MonetaryAmount charter = amount(v, "charterCost", charterCost, unit);
    if (blank(costPerSeat) && blank(charterCost)) {
      v.add("costPerSeat", "required", "the cost per seat, or the charter's cost");
    } else if (!blank(costPerSeat) && !blank(charterCost)) {
      v.add("charterCost", "inconsistent", "a cost per seat or a charter's cost, not both");
    } else if (type == FlightKind.SCHEDULED && !blank(charterCost)) {
      v.add("charterCost", "inconsistent", "a scheduled flight's seats have a cost each");
    }
    v.throwIfAny();
    return new FlightDetails(
        mission, type, party, number, from, to, country, when, zone, seats, perSeat, charter);
  }

  private static String airport(Violations v, String field, String value) {
    if (blank(value)) {
      v.add(field, "required", "the airport's IATA code, e.g. CMN");
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!FlightDetails.IATA_AIRPORT.matcher(code).matches()) {
      v.add(field, "malformed", "an airport's IATA code is three letters, e.g. DLA");
      return null;
    }
    return code;
  }

  private static MonetaryAmount amount(
      Violations v, String field, String value, CurrencyUnit unit) {
    if (blank(value)) {
      return null;
    }
    String text = value.strip();
    if (!DECIMAL.matcher(text).matches()) {
      v.add(field, "malformed", "a decimal amount with a point, e.g. 3200.00");
      return null;
    }
    return unit == null ? null : Money.of(new BigDecimal(text), unit);
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The fields of a flight as they stand, to fill a form with. */
  static FlightForm of(FlightDetails d) {
    return new FlightForm(
        d.missionCode(),
        d.kind().name(),
        d.charterer(),
        d.flightNumber(),
        d.departureAirport(),
        d.arrivalAirport(),
        d.arrivalCountry(),
        d.departsAt().toString(),
        d.timeZone().getId(),
        d.seats(),
        d.currency().getCurrencyCode(),
        Json.amount(d.costPerSeat()),
        Json.amount(d.charterCost()));
  }
}
