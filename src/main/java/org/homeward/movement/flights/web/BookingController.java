package org.homeward.movement.flights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.homeward.movement.HouseholdBooking;
import org.homeward.movement.flights.HouseholdBookings;
import org.homeward.movement.flights.web.Responses.BookingResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Violations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/movement/flights/{id}")
@Tag(
    name = "Bookings",
    description =
        "Households on flights: booked (alone or a whole confirmed plan at once), taken off, their"
            + " medical escorts")
class BookingController {

  private final HouseholdBookings bookings;

  BookingController(HouseholdBookings bookings) {
    this.bookings = bookings;
  }

  /** The households to book, each with the members who travel with a medical escort. */
  record BookRequest(List<HouseholdRequest> households) {}

  record HouseholdRequest(String caseId, List<String> medicalEscorts) {}

  record CancelRequest(String reason) {}

  record EscortRequest(Boolean medicalEscort) {}

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/bookings")
  @Operation(
      operationId = "listFlightBookings",
      summary = "The households booked on a flight",
      description =
          "Every booking the flight has had, in the order made: BOOKED, NO_SHOW (with its"
              + " reason), DEPARTED, ARRIVED or CANCELLED, each with the seats it takes and where"
              + " its passengers stand. A receiving mission sees the households handed over to"
              + " it.")
  List<BookingResponse> list(@PathVariable String id, Actor actor) {
    return bookings.of(Json.flightId(id), actor).stream().map(BookingResponse::of).toList();
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/bookings")
  @Operation(
      operationId = "bookHouseholds",
      summary = "Book households on a flight",
      description =
          "{\"households\":[{\"caseId\":\"…\",\"medicalEscorts\":[\"<personId>\"]}]}: every"
              + " household or none, in one transaction; each case moves READY_FOR_DEPARTURE →"
              + " BOOKED. A household takes a seat per member, less the infants under 2 on an"
              + " adult's lap (16 or over, one infant each), plus one escort seat per member in"
              + " medicalEscorts; every started group of 5 unaccompanied minors on the flight adds"
              + " an escort seat. Refused (`booking-refused`, every refusal of every household"
              + " listed with its index: `flight-not-open`, `already-booked`, `case-not-ready`,"
              + " `wrong-destination`, `no-seats`); a step the lifecycle refuses is"
              + " `transition-refused` or `illegal-transition`, naming the case.")
  @ApiResponse(responseCode = "201", description = "Booked")
  ResponseEntity<List<BookingResponse>> book(
      @PathVariable String id, @RequestBody BookRequest request, Actor actor)
      throws ConflictException {
    List<HouseholdBooking> households = households(request);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            bookings.book(Json.flightId(id), households, actor).stream()
                .map(BookingResponse::of)
                .toList());
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/bookings/{caseId}/cancellation")
  @Operation(
      operationId = "cancelBooking",
      summary = "Take a household off a flight",
      description =
          "{\"reason\":\"…\"} (optional): before the flight leaves; the case goes back to"
              + " READY_FOR_DEPARTURE, for another flight. Once the flight is confirmed this is a"
              + " new revision of its manifest, audited.")
  BookingResponse cancel(
      @PathVariable String id,
      @PathVariable String caseId,
      @RequestBody(required = false) CancelRequest request,
      Actor actor)
      throws ConflictException {
    return BookingResponse.of(
        bookings.cancel(
            Json.flightId(id),
            Json.caseId(caseId),
            request == null ? null : request.reason(),
            actor));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PutMapping("/passengers/{personId}/medical-escort")
  @Operation(
      operationId = "setMedicalEscort",
      summary = "Say whether a passenger travels with a medical escort",
      description =
          "{\"medicalEscort\":true}: the escort takes a seat, refused (`booking-refused`,"
              + " `no-seats`) when the flight has none left.")
  BookingResponse escort(
      @PathVariable String id,
      @PathVariable String personId,
      @RequestBody EscortRequest request,
      Actor actor)
      throws ConflictException {
    if (request.medicalEscort() == null) {
      throw InvalidInputException.of("medicalEscort", "required", "true or false");
    }
    return BookingResponse.of(
        bookings.escort(
            Json.flightId(id), Json.personId(personId), request.medicalEscort(), actor));
  }

  private static List<HouseholdBooking> households(BookRequest request) {
    Violations v = new Violations();
    if (request.households() == null || request.households().isEmpty()) {
      throw InvalidInputException.of("households", "required", "name at least one household");
    }
    List<HouseholdBooking> households = new ArrayList<>();
    for (int i = 0; i < request.households().size(); i++) {
      Violations at = v.at("households[" + i + "]");
      HouseholdRequest h = request.households().get(i);
      if (h == null) {
        at.add("", "required", "a household");
        continue;
      }
      CaseId caseId = null;
      if (FlightForm.blank(h.caseId())) {
        at.add("caseId", "required", "the case's id");
      } else {
        caseId = CaseId.parse(h.caseId().strip()).orElse(null);
        at.check(caseId != null, "caseId", "malformed", "a case id is a UUID");
      }
      List<PersonId> escorts = new ArrayList<>();
      List<String> named = h.medicalEscorts() == null ? List.of() : h.medicalEscorts();
      for (int j = 0; j < named.size(); j++) {
        try {
          escorts.add(new PersonId(java.util.UUID.fromString(String.valueOf(named.get(j)))));
        } catch (IllegalArgumentException e) {
          at.add("medicalEscorts[" + j + "]", "malformed", "a member's id is a UUID");
        }
      }
      if (caseId != null) {
        households.add(new HouseholdBooking(caseId, escorts));
      }
    }
    v.throwIfAny();
    return households;
  }
}
