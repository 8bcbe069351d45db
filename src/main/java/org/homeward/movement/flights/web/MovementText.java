package org.homeward.movement.flights.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javax.money.MonetaryAmount;
import org.homeward.movement.FlightDetails;
import org.homeward.movement.flights.Flight;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the movement pages write a flight: its departure in the local time of its airport, with the
 * zone named, its name, and money with its currency. Pages call it as {@code @movementText}.
 */
@Component("movementText")
public class MovementText {

  private final MessageSource messages;

  MovementText(MessageSource messages) {
    this.messages = messages;
  }

  /** "8 December 2026, 08:30 (Africa/Casablanca)", in the reader's language. */
  public String departure(FlightDetails d) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(LocaleContextHolder.getLocale())
            .format(d.departure())
        + " ("
        + d.timeZone().getId()
        + ")";
  }

  /** The flight's number when it has one; otherwise its kind and Homeward's number for it. */
  public String name(Flight f) {
    String kind =
        messages.getMessage(
            "flight-kind." + f.details().kind(), null, LocaleContextHolder.getLocale());
    return f.details().flightNumber() != null ? f.details().flightNumber() : kind + " " + f.id();
  }

  public String money(MonetaryAmount amount) {
    return amount == null ? "" : Json.amount(amount) + " " + amount.getCurrency().getCurrencyCode();
  }
}
