package org.homeward.movement.flights.web;

import java.util.UUID;
import javax.money.MonetaryAmount;
import org.homeward.movement.FlightId;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.shared.AmountText;
import org.homeward.shared.NotFoundException;

/** How the module's answers write money, and how its paths name records. */
final class Json {

  private Json() {}

  /** A decimal string with at least 2 decimals ("3200.00"), never a JSON number. */
  static String amount(MonetaryAmount amount) {
    return AmountText.plain(amount);
  }

  static FlightId flightId(String id) {
    return FlightId.parse(id).orElseThrow(() -> new NotFoundException("flight", id));
  }

  static CaseId caseId(String id) {
    return CaseId.parse(id).orElseThrow(() -> new NotFoundException("case", id));
  }

  static PersonId personId(String id) {
    try {
      return new PersonId(UUID.fromString(id));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("passenger", id);
    }
  }
}
