package org.homeward.movement.flights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.movement.FlightId;
import org.homeward.movement.flights.internal.FlightStore;
import org.homeward.organisation.Actor;
import org.homeward.registry.Case;
import org.homeward.registry.Cases;
import org.homeward.registry.DocumentType;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.Person;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a flight's manifest from its bookings and, for who each passenger is, the registry as the
 * reader may see it: the households on the flight, or for the receiving mission those handed over
 * to it. Names and documents are read from the registry each time, never copied.
 */
@Service
public class Manifests {

  /** The bookings a manifest lists: those that fly, or flew. */
  static final Set<BookingStatus> LISTED =
      EnumSet.of(BookingStatus.BOOKED, BookingStatus.DEPARTED, BookingStatus.ARRIVED);

  /** The documents a passenger can travel on, the likeliest first. */
  static final List<DocumentType> TRAVEL_DOCUMENTS =
      List.of(
          DocumentType.PASSPORT,
          DocumentType.LAISSEZ_PASSER,
          DocumentType.CONSULAR_CARD,
          DocumentType.NATIONAL_ID,
          DocumentType.BIRTH_CERTIFICATE,
          DocumentType.OTHER);

  private final FlightStore store;
  private final FlightScope scope;
  private final FlightAudit audit;
  private final Cases cases;
  private final java.time.Clock clock;

  Manifests(
      FlightStore store, FlightScope scope, FlightAudit audit, Cases cases, java.time.Clock clock) {
    this.store = store;
    this.scope = scope;
    this.audit = audit;
    this.cases = cases;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Manifest of(FlightId id, Actor actor) {
    Flight flight =
        scope.requireRead(actor, store.find(id).orElseThrow(() -> FlightScope.notFound(id)));
    Actor reader = HouseholdBookings.withoutSensitive(actor);
    List<Manifest.Line> lines = new ArrayList<>();
    List<SeatNeed> needs = new ArrayList<>();
    for (Booking booking : store.bookings(id)) {
      if (!LISTED.contains(booking.status()) || !scope.sees(actor, booking)) {
        continue;
      }
      Case household;
      try {
        household = cases.get(booking.caseId(), reader);
      } catch (NotFoundException e) {
        continue;
      }
      needs.add(booking.need());
      for (Passenger p : booking.passengers()) {
        Optional<Person> member =
            household.members().stream().filter(m -> m.id().equals(p.personId())).findFirst();
        member.ifPresent(m -> lines.add(line(booking, p, m, flight)));
      }
    }
    return new Manifest(
        flight,
        flight.manifestRevision(),
        clock.instant(),
        lines,
        Manifest.Seats.of(flight.details().seats(), needs));
  }

  /**
   * The manifest for a file that leaves Homeward (to the airline, the border police): the export is
   * audited, with its format and how many passengers it names.
   */
  @Transactional
  public Manifest export(FlightId id, String format, Actor actor) {
    Manifest manifest = of(id, actor);
    audit.record(
        manifest.flight(),
        "manifest-exported",
        actor,
        Map.of("format", format, "passengers", manifest.lines().size()));
    return manifest;
  }

  private static Manifest.Line line(Booking booking, Passenger p, Person m, Flight flight) {
    Optional<IdentityDocument> document = travelDocument(m, flight.details().date());
    EnumSet<Vulnerability> needs = EnumSet.noneOf(Vulnerability.class);
    m.allVulnerabilities().stream().filter(v -> !v.isSensitive()).forEach(needs::add);
    return new Manifest.Line(
        booking.caseId(),
        booking.caseNumber(),
        p.personId(),
        m.familyName(),
        m.givenName(),
        m.sex(),
        m.dateOfBirth(),
        m.dobEstimated(),
        m.nationality(),
        document.map(IdentityDocument::type).orElse(null),
        document.map(IdentityDocument::number).orElse(null),
        p.lapInfant(),
        p.medicalEscort(),
        needs,
        p.boarding(),
        booking.status());
  }

  /**
   * The document a passenger travels on: a passport first, then a laissez-passer and so on, one
   * still valid on the day of the flight before an expired one.
   */
  static Optional<IdentityDocument> travelDocument(Person person, java.time.LocalDate day) {
    return person.documents().stream()
        .filter(d -> d.number() != null && !d.number().isBlank())
        .min(
            Comparator.comparing(
                    (IdentityDocument d) -> d.expiresOn() != null && d.expiresOn().isBefore(day))
                .thenComparing(d ->
                    TRAVEL_DOCUMENTS.indexOf(d.type() == null ? DocumentType.OTHER : d.type())));
  }
}
