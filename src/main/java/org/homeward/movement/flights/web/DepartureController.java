package org.homeward.movement.flights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.OptionalLong;
import org.homeward.movement.flights.Arrivals;
import org.homeward.movement.flights.DepartureDay;
import org.homeward.movement.flights.HouseholdBookings;
import org.homeward.movement.flights.web.Responses.BookingResponse;
import org.homeward.movement.flights.web.Responses.DepartureResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.ConflictException;
import org.homeward.shared.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/movement/flights/{id}")
@Tag(
    name = "Departure day",
    description =
        "Check-in, boarding and no-shows at the airport, the flight's departure, and the"
            + " receiving mission's confirmation of arrival")
class DepartureController {

  private final DepartureDay departures;
  private final Arrivals arrivals;
  private final HouseholdBookings bookings;

  DepartureController(DepartureDay departures, Arrivals arrivals, HouseholdBookings bookings) {
    this.departures = departures;
    this.arrivals = arrivals;
    this.bookings = bookings;
  }

  record NoShowRequest(String reason) {}

  /** The day the household arrived, when confirmed after the fact (ISO date; today if absent). */
  record ArrivalRequest(String arrivedOn) {}

  /** The day named, or null when none is; a date that does not parse is refused by name. */
  static java.time.LocalDate arrivedOn(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      org.homeward.shared.Violations.require(
          v -> v.add("arrivedOn", "invalid-date", "a date as YYYY-MM-DD"));
      return null;
    }
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/passengers/{personId}/check-in")
  @Operation(
      operationId = "checkInPassenger",
      summary = "Check a passenger in",
      description =
          "On a confirmed flight (`flight-not-confirmed` before); checking in again changes"
              + " nothing. Answers the passenger's household.")
  BookingResponse checkIn(@PathVariable String id, @PathVariable String personId, Actor actor)
      throws ConflictException {
    return BookingResponse.of(
        departures.checkIn(Json.flightId(id), Json.personId(personId), actor));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/passengers/{personId}/boarding")
  @Operation(
      operationId = "boardPassenger",
      summary = "Mark a checked-in passenger boarded",
      description =
          "A passenger not checked in yet cannot board (`illegal-passenger-step`, with from and"
              + " to). Answers the passenger's household.")
  BookingResponse board(@PathVariable String id, @PathVariable String personId, Actor actor)
      throws ConflictException {
    return BookingResponse.of(departures.board(Json.flightId(id), Json.personId(personId), actor));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/bookings/{caseId}/no-show")
  @Operation(
      operationId = "markHouseholdNoShow",
      summary = "Mark a household a no-show",
      description =
          "{\"reason\":\"…\"} (required): the household travels together, so every member not"
              + " on board is a no-show; its case moves to NO_SHOW with the reason (funding"
              + " releases its commitment) and goes back to the pool, from where it can be made"
              + " READY_FOR_DEPARTURE again. A new revision of the manifest, audited.")
  BookingResponse noShow(
      @PathVariable String id,
      @PathVariable String caseId,
      @RequestBody NoShowRequest request,
      Actor actor)
      throws ConflictException {
    return BookingResponse.of(
        departures.noShow(Json.flightId(id), Json.caseId(caseId), request.reason(), actor));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @DeleteMapping("/passengers/{personId}/check-in")
  @Operation(
      operationId = "undoPassengerCheckIn",
      summary = "Undo a passenger's check-in",
      description =
          "Before the flight departs, a check-in made by mistake: the passenger is expected"
              + " again. One on board is brought off first (`illegal-passenger-step`); undoing the"
              + " check-in of someone not checked in changes nothing. Audited on the flight."
              + " Answers the passenger's household.")
  BookingResponse undoCheckIn(@PathVariable String id, @PathVariable String personId, Actor actor)
      throws ConflictException {
    return BookingResponse.of(
        departures.undoCheckIn(Json.flightId(id), Json.personId(personId), actor));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @DeleteMapping("/passengers/{personId}/boarding")
  @Operation(
      operationId = "undoPassengerBoarding",
      summary = "Undo a passenger's boarding",
      description =
          "Before the flight departs, a boarding marked by mistake: the passenger is checked in"
              + " again, not on board; undoing the boarding of someone not on board changes"
              + " nothing. Audited on the flight. Answers the passenger's household.")
  BookingResponse undoBoarding(@PathVariable String id, @PathVariable String personId, Actor actor)
      throws ConflictException {
    return BookingResponse.of(
        departures.undoBoarding(Json.flightId(id), Json.personId(personId), actor));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @DeleteMapping("/bookings/{caseId}/no-show")
  @Operation(
      operationId = "undoHouseholdNoShow",
      summary = "Undo a household's no-show",
      description =
          "Before the flight departs, a no-show marked by mistake: the household is on the"
              + " flight again, each passenger checked in or expected as they were, and its case"
              + " moves back NO_SHOW → BOOKED through the lifecycle (funding reserves its cost"
              + " anew: `transition-refused` with `no-funds` when no project can). The seats it"
              + " freed must still be free (`booking-refused` with `no-seats`). A new revision"
              + " of the manifest, audited. A household that is no no-show on the flight is not"
              + " found.")
  BookingResponse undoNoShow(@PathVariable String id, @PathVariable String caseId, Actor actor)
      throws ConflictException {
    return BookingResponse.of(departures.undoNoShow(Json.flightId(id), Json.caseId(caseId), actor));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/departure")
  @Operation(
      operationId = "markFlightDeparted",
      summary = "Mark a flight departed",
      description =
          "In one transaction: every household still booked must be on board, all of it"
              + " (`passengers-not-boarded` lists who is not); each of their cases moves to"
              + " DEPARTED (handed over to the mission of the country of arrival), its seats"
              + " (the unit seat share of the project paying for it, per seat it takes) and"
              + " pocket money (per person) are recorded in funding's ledger on the day the"
              + " flight leaves, linked to the flight, and FlightDeparted is published. If any"
              + " step fails, nothing is stored. An If-Match that names an older version of the"
              + " flight gets 412.")
  ResponseEntity<DepartureResponse> depart(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor)
      throws ConflictException {
    OptionalLong expected = ETags.version(ifMatch);
    DepartureDay.Departure departure =
        departures.depart(
            Json.flightId(id), expected.isPresent() ? expected.getAsLong() : null, actor);
    return ResponseEntity.ok()
        .eTag(ETags.of(departure.flight().version()))
        .body(DepartureResponse.of(departure, bookings.seats(departure.flight())));
  }

  @Requires(Permission.ARRIVAL_CONFIRM)
  @PostMapping("/bookings/{caseId}/arrival")
  @Operation(
      operationId = "confirmArrival",
      summary = "Confirm that a household arrived",
      description =
          "By the receiving mission (the mission of the flight's country of arrival), for a"
              + " household that departed: its case moves DEPARTED → ARRIVED and CaseArrived is"
              + " published; the first arrival confirmed marks the flight ARRIVED. A household"
              + " not handed over to your mission is not found. Confirmed after the fact, the"
              + " optional body `{\"arrivedOn\":\"2026-11-10\"}` names the day it arrived"
              + " (today when absent): not in the future, not before the day the flight left"
              + " (400 `invalid-input` naming `arrivedOn`). Reintegration and monitoring date"
              + " the case's arrival, and its visits, from that day.")
  BookingResponse arrival(
      @PathVariable String id,
      @PathVariable String caseId,
      @RequestBody(required = false) ArrivalRequest request,
      Actor actor)
      throws ConflictException {
    return BookingResponse.of(
        arrivals.confirm(
            Json.flightId(id),
            Json.caseId(caseId),
            arrivedOn(request == null ? null : request.arrivedOn()),
            actor));
  }
}
