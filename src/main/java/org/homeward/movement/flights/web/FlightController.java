package org.homeward.movement.flights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.homeward.movement.FlightStatus;
import org.homeward.movement.flights.Flight;
import org.homeward.movement.flights.FlightSchedule;
import org.homeward.movement.flights.HouseholdBookings;
import org.homeward.movement.flights.web.Responses.ChangeResponse;
import org.homeward.movement.flights.web.Responses.FlightResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.web.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/movement/flights")
@Tag(
    name = "Flights",
    description =
        "The flights that take households home: charters and scheduled flights, their seats,"
            + " costs and status")
class FlightController {

  private final FlightSchedule schedule;
  private final HouseholdBookings bookings;
  private final Missions missions;

  FlightController(FlightSchedule schedule, HouseholdBookings bookings, Missions missions) {
    this.schedule = schedule;
    this.bookings = bookings;
    this.missions = missions;
  }

  /** A step of a flight: CONFIRMED, CANCELLED (with a reason) or ARRIVED. */
  record StepRequest(String to, String reason) {}

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping
  @Operation(
      operationId = "listFlights",
      summary = "The flights you see",
      description =
          "Your mission's flights, the next to leave first, those gone or cancelled after; a"
              + " receiving mission sees the flights that left for its country. Each with its"
              + " seats taken and left (escorts included).")
  List<FlightResponse> list(Actor actor) {
    return schedule.list(actor).stream().map(this::response).toList();
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping
  @Operation(
      operationId = "scheduleFlight",
      summary = "Schedule a flight",
      description =
          "{\"kind\":\"CHARTER\",\"charterer\":\"Government of Morocco\",\"flightNumber\":\"AT"
              + " 9412\",\"departureAirport\":\"CMN\",\"arrivalAirport\":\"DLA\","
              + "\"arrivalCountry\":\"CMR\",\"departsAt\":\"2026-12-08T08:30\","
              + "\"timeZone\":\"Africa/Casablanca\",\"seats\":160,\"currency\":\"MAD\","
              + "\"charterCost\":\"480000.00\"}. Airports are IATA codes, the country ISO 3166"
              + " alpha-3 (as a case's destination); departsAt is the local time at the departure"
              + " airport, in timeZone. A scheduled flight has costPerSeat instead of a charterer"
              + " and a charterCost; a charter may have either cost (its cost is shared per seat)."
              + " missionCode defaults to yours. The flight starts PLANNED.")
  @ApiResponse(responseCode = "201", description = "Scheduled: Location names it, ETag its version")
  ResponseEntity<FlightResponse> create(@RequestBody FlightForm request, Actor actor) {
    Flight flight = schedule.schedule(request.read(actor.missionCode(), missions), actor);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/movement/flights/" + flight.id()))
        .eTag(ETags.of(flight.version()))
        .body(response(flight));
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/{id}")
  @Operation(
      operationId = "getFlight",
      summary = "One flight",
      description =
          "With its status, the steps it may take next, its seats and the revision of its"
              + " manifest. ETag: its version, which every change to it or its bookings moves.")
  ResponseEntity<FlightResponse> get(@PathVariable String id, Actor actor) {
    Flight flight = schedule.get(Json.flightId(id), actor);
    return ResponseEntity.ok().eTag(ETags.of(flight.version())).body(response(flight));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PutMapping("/{id}")
  @Operation(
      operationId = "replaceFlight",
      summary = "Change a flight",
      description =
          "The whole flight, as for scheduleFlight, while it is planned or confirmed"
              + " (`flight-closed` after); send the ETag you read in If-Match (412 when someone"
              + " changed it since, 428 without it). Its country of arrival cannot change while"
              + " households are booked (`flight-has-bookings`), nor its seats fall below those"
              + " taken (`seats-taken`). Once confirmed, a change is a new revision of the"
              + " manifest.")
  ResponseEntity<FlightResponse> replace(
      @PathVariable String id,
      @RequestHeader("If-Match") String ifMatch,
      @RequestBody FlightForm request,
      Actor actor)
      throws ConflictException {
    Flight current = schedule.get(Json.flightId(id), actor);
    long version = ETags.version(ifMatch).orElse(current.version());
    Flight flight =
        schedule.change(
            current.id(), version, request.read(current.missionCode(), missions), actor);
    return ResponseEntity.ok().eTag(ETags.of(flight.version())).body(response(flight));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/{id}/status")
  @Operation(
      operationId = "changeFlightStatus",
      summary = "Confirm, cancel or mark a flight arrived",
      description =
          "{\"to\":\"CONFIRMED\"}, {\"to\":\"CANCELLED\",\"reason\":\"…\"} or"
              + " {\"to\":\"ARRIVED\"}. PLANNED → CONFIRMED or CANCELLED, CONFIRMED → CANCELLED,"
              + " DEPARTED → ARRIVED; anything else is `illegal-flight-step` with the steps"
              + " allowed (a flight departs through markFlightDeparted). Cancelling takes every"
              + " booked household off the flight, back to READY_FOR_DEPARTURE. An If-Match that"
              + " names an older version gets 412.")
  ResponseEntity<FlightResponse> step(
      @PathVariable String id,
      @RequestBody StepRequest request,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor)
      throws ConflictException {
    FlightStatus to = status(request.to());
    OptionalLong expected = ETags.version(ifMatch);
    Flight flight =
        schedule.step(
            Json.flightId(id),
            expected.isPresent() ? expected.getAsLong() : null,
            to,
            request.reason(),
            actor);
    return ResponseEntity.ok().eTag(ETags.of(flight.version())).body(response(flight));
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/{id}/changes")
  @Operation(
      operationId = "listFlightChanges",
      summary = "What changed once the flight was confirmed",
      description =
          "Every change to the flight and its bookings since its confirmation, oldest first, as"
              + " the audit trail holds it: who, when, what (`movement.household-booked`,"
              + " `movement.booking-cancelled`, `movement.household-no-show`, …), why, the case"
              + " it concerns and the manifest's revision after it. Empty before confirmation.")
  List<ChangeResponse> changes(@PathVariable String id, Actor actor) {
    return schedule.changesSinceConfirmation(Json.flightId(id), actor).stream()
        .map(ChangeResponse::of)
        .toList();
  }

  static FlightStatus status(String to) {
    if (FlightForm.blank(to)) {
      throw InvalidInputException.of("to", "required", "CONFIRMED, CANCELLED or ARRIVED");
    }
    try {
      return FlightStatus.valueOf(to.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "to", "unknown-value", "CONFIRMED, CANCELLED or ARRIVED, not " + to.strip());
    }
  }

  private FlightResponse response(Flight flight) {
    return FlightResponse.of(flight, bookings.seats(flight));
  }
}
