package org.homeward.movement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.shared.CountryCode;
import org.javamoney.moneta.Money;

/**
 * What a flight is: who holds it (the host mission), a charter and its chartering party or a
 * scheduled flight, from which airport to which (IATA codes) in which country of return (ISO 3166
 * alpha-3, as the registry writes a case's destination), when it leaves (local time at the
 * departure airport, in its zone), how many seats it has and what they cost: a price per seat, or
 * the cost of the whole charter, which each seat shares.
 *
 * @param flightNumber the carrier's number, once known (e.g. {@code AT 9412}); may be null
 * @param charterer for a charter, who charters it (e.g. {@code Government of Morocco}); null for a
 *     scheduled flight
 * @param costPerSeat set when seats are priced one by one; otherwise {@code charterCost} is
 */
public record FlightDetails(
    String missionCode,
    FlightKind kind,
    String charterer,
    String flightNumber,
    String departureAirport,
    String arrivalAirport,
    String arrivalCountry,
    LocalDateTime departsAt,
    ZoneId timeZone,
    int seats,
    MonetaryAmount costPerSeat,
    MonetaryAmount charterCost) {

  /** At most this many seats: the largest airliners carry fewer. */
  public static final int MAX_SEATS = 900;

  public static final Pattern IATA_AIRPORT = Pattern.compile("[A-Z]{3}");

  public FlightDetails {
    Objects.requireNonNull(missionCode, "missionCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(departsAt, "departsAt");
    Objects.requireNonNull(timeZone, "timeZone");
    require(IATA_AIRPORT.matcher(String.valueOf(departureAirport)).matches(), "departureAirport");
    require(IATA_AIRPORT.matcher(String.valueOf(arrivalAirport)).matches(), "arrivalAirport");
    require(!departureAirport.equals(arrivalAirport), "arrivalAirport");
    require(CountryCode.isValid(arrivalCountry), "arrivalCountry");
    require(seats > 0 && seats <= MAX_SEATS, "seats");
    require((costPerSeat == null) != (charterCost == null), "costPerSeat");
    MonetaryAmount cost = costPerSeat == null ? charterCost : costPerSeat;
    require(!cost.isNegative(), "costPerSeat");
    if (kind == FlightKind.CHARTER) {
      require(charterer != null && !charterer.isBlank(), "charterer");
    } else {
      require(charterer == null && charterCost == null, "charterer");
    }
  }

  private static void require(boolean holds, String field) {
    if (!holds) {
      throw new IllegalArgumentException("a flight's " + field + " is not valid");
    }
  }

  public CurrencyUnit currency() {
    return (costPerSeat == null ? charterCost : costPerSeat).getCurrency();
  }

  /** What one seat costs: its price, or the charter's cost shared over its seats, to the cent. */
  public MonetaryAmount seatCost() {
    if (costPerSeat != null) {
      return costPerSeat;
    }
    BigDecimal share =
        charterCost
            .getNumber()
            .numberValue(BigDecimal.class)
            .divide(BigDecimal.valueOf(seats), 2, RoundingMode.HALF_EVEN);
    return Money.of(share, charterCost.getCurrency());
  }

  /** What the flight costs in all: the charter's cost, or every seat at its price. */
  public MonetaryAmount totalCost() {
    return costPerSeat != null ? costPerSeat.multiply(seats) : charterCost;
  }

  /** When it leaves, in the zone it is told in. */
  public ZonedDateTime departure() {
    return departsAt.atZone(timeZone);
  }

  /** The day it leaves, at the departure airport: the day ages and costs are counted on. */
  public LocalDate date() {
    return departsAt.toLocalDate();
  }
}
