package org.homeward.movement.flights.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditEntry;
import org.homeward.funding.Expenditure;
import org.homeward.movement.FlightDetails;
import org.homeward.movement.FlightStatus;
import org.homeward.movement.flights.Booking;
import org.homeward.movement.flights.DepartureDay;
import org.homeward.movement.flights.Flight;
import org.homeward.movement.flights.Manifest;
import org.homeward.movement.flights.Passenger;
import org.homeward.registry.Vulnerability;

/** What the movement API answers: flights, bookings, manifests, departures and changes. */
final class Responses {

  private Responses() {}

  record SeatsResponse(
      int capacity,
      int taken,
      int left,
      int households,
      int passengers,
      int lapInfants,
      int medicalEscorts,
      int unaccompaniedMinors,
      int minorEscorts,
      boolean overCapacity,
      int lacking) {

    static SeatsResponse of(Manifest.Seats s) {
      return new SeatsResponse(
          s.capacity(),
          s.taken(),
          s.left(),
          s.households(),
          s.passengers(),
          s.lapInfants(),
          s.medicalEscorts(),
          s.unaccompaniedMinors(),
          s.minorEscorts(),
          s.overCapacity(),
          s.lacking());
    }
  }

  /**
   * A flight. {@code departsAt} is the local time at the departure airport in {@code timeZone};
   * {@code departure} the same moment with its offset.
   */
  record FlightResponse(
      long id,
      String missionCode,
      String kind,
      String charterer,
      String flightNumber,
      String departureAirport,
      String arrivalAirport,
      String arrivalCountry,
      String departsAt,
      String timeZone,
      String departure,
      String currency,
      String costPerSeat,
      String charterCost,
      String seatCost,
      String status,
      List<String> allowedSteps,
      int manifestRevision,
      SeatsResponse seats,
      Instant confirmedAt,
      Instant departedAt,
      Instant arrivedAt,
      Instant cancelledAt,
      String cancelReason,
      long version) {

    static FlightResponse of(Flight f, Manifest.Seats seats) {
      FlightDetails d = f.details();
      return new FlightResponse(
          f.id().value(),
          d.missionCode(),
          d.kind().name(),
          d.charterer(),
          d.flightNumber(),
          d.departureAirport(),
          d.arrivalAirport(),
          d.arrivalCountry(),
          d.departsAt().toString(),
          d.timeZone().getId(),
          d.departure().toOffsetDateTime().toString(),
          d.currency().getCurrencyCode(),
          Json.amount(d.costPerSeat()),
          Json.amount(d.charterCost()),
          Json.amount(d.seatCost()),
          f.status().name(),
          f.status().next().stream().map(FlightStatus::name).sorted().toList(),
          f.manifestRevision(),
          SeatsResponse.of(seats),
          f.confirmedAt(),
          f.departedAt(),
          f.arrivedAt(),
          f.cancelledAt(),
          f.cancelReason(),
          f.version());
    }
  }

  record PassengerResponse(
      String personId,
      boolean lapInfant,
      boolean medicalEscort,
      String boarding,
      Instant checkedInAt,
      String checkedInBy,
      Instant boardedAt,
      String boardedBy) {

    static PassengerResponse of(Passenger p) {
      return new PassengerResponse(
          p.personId().toString(),
          p.lapInfant(),
          p.medicalEscort(),
          p.boarding().name(),
          p.checkedInAt(),
          p.checkedInBy(),
          p.boardedAt(),
          p.boardedBy());
    }
  }

  /** A household on a flight, with the seats it takes and where its passengers stand. */
  record BookingResponse(
      long flightId,
      String caseId,
      String caseNumber,
      String status,
      int people,
      int lapInfants,
      int medicalEscorts,
      int unaccompaniedMinors,
      int seats,
      Instant bookedAt,
      String bookedBy,
      Instant closedAt,
      String closedBy,
      String closeReason,
      Instant arrivedAt,
      String arrivedBy,
      boolean overCapacity,
      List<PassengerResponse> passengers) {

    static BookingResponse of(Booking b) {
      return new BookingResponse(
          b.flightId().value(),
          b.caseId().toString(),
          b.caseNumber(),
          b.status().name(),
          b.need().people(),
          b.need().lapInfants(),
          b.need().medicalEscorts(),
          b.need().unaccompaniedMinors(),
          b.need().seats(),
          b.bookedAt(),
          b.bookedBy(),
          b.closedAt(),
          b.closedBy(),
          b.closeReason(),
          b.arrivedAt(),
          b.arrivedBy(),
          b.overCapacity(),
          b.passengers().stream().map(PassengerResponse::of).toList());
    }
  }

  /** One passenger of the manifest; special needs are never medical or protection details. */
  record ManifestLineResponse(
      String caseId,
      String caseNumber,
      String personId,
      String familyName,
      String givenName,
      String sex,
      LocalDate dateOfBirth,
      boolean dateOfBirthEstimated,
      String nationality,
      String documentType,
      String documentNumber,
      String seat,
      boolean medicalEscort,
      List<String> specialNeeds,
      String boarding) {

    static ManifestLineResponse of(Manifest.Line l) {
      return new ManifestLineResponse(
          l.caseId().toString(),
          l.caseNumber(),
          l.personId().toString(),
          l.familyName(),
          l.givenName(),
          l.sex() == null ? null : l.sex().name(),
          l.dateOfBirth(),
          l.dobEstimated(),
          l.nationality(),
          l.documentType() == null ? null : l.documentType().name(),
          l.documentNumber(),
          l.seat(),
          l.medicalEscort(),
          l.specialNeeds().stream().map(Vulnerability::name).sorted().toList(),
          l.boarding().name());
    }
  }

  record ManifestResponse(
      long flightId,
      String status,
      int revision,
      Instant at,
      SeatsResponse seats,
      List<ManifestLineResponse> passengers) {

    static ManifestResponse of(Manifest m) {
      return new ManifestResponse(
          m.flight().id().value(),
          m.flight().status().name(),
          m.revision(),
          m.at(),
          SeatsResponse.of(m.seats()),
          m.lines().stream().map(ManifestLineResponse::of).toList());
    }
  }

  /** A cost the departure recorded in funding's ledger. */
  record ExpenditureResponse(
      long id,
      String caseId,
      long projectId,
      String line,
      String amount,
      String currency,
      LocalDate spentOn,
      String sourceType,
      String sourceId) {

    static ExpenditureResponse of(Expenditure e) {
      return new ExpenditureResponse(
          e.id().value(),
          e.caseId() == null ? null : e.caseId().toString(),
          e.projectId().value(),
          e.line().name(),
          Json.amount(e.amount()),
          e.amount().getCurrency().getCurrencyCode(),
          e.spentOn(),
          e.source().type().name(),
          e.source().id());
    }
  }

  /**
   * What a departure did: the households that left, the costs recorded for them, and those no
   * project pays for (let through on an override when none could), whose costs nothing records.
   */
  record DepartureResponse(
      FlightResponse flight,
      List<BookingResponse> households,
      List<ExpenditureResponse> expenditures,
      List<String> unfunded) {

    static DepartureResponse of(DepartureDay.Departure d, Manifest.Seats seats) {
      return new DepartureResponse(
          FlightResponse.of(d.flight(), seats),
          d.departed().stream().map(BookingResponse::of).toList(),
          d.expenditures().stream().map(ExpenditureResponse::of).toList(),
          d.unfunded());
    }
  }

  /** One change to a flight or its bookings, as the audit trail holds it. */
  record ChangeResponse(
      Instant at, String actor, String action, String reason, Map<String, Object> details) {

    static ChangeResponse of(AuditEntry e) {
      return new ChangeResponse(e.at(), e.actor(), e.action(), e.reason(), e.details());
    }
  }
}
