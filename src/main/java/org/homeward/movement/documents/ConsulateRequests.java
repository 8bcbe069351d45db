package org.homeward.movement.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.movement.internal.Fields;
import org.homeward.movement.internal.People;
import org.homeward.movement.internal.TravelDocumentRows;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.registry.RegisteredPerson;
import org.homeward.shared.CountryCode;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists a movement officer sends to the consulates: per consulate, the people whose
 * laissez-passer or emergency travel document is requested and not yet issued, among the cases the
 * officer may open. Sending a list is said explicitly ({@link #markSent}), with the requests that
 * went and the day: that is the disclosure of their personal data to the consulate, recorded in the
 * audit trail on each case as {@code case.disclosed} (recipient, purpose, which data), the same
 * record the registry keeps of any disclosure. Downloading a list to check it discloses nothing;
 * the download is audited as an export.
 */
@Service
public class ConsulateRequests {

  /** What a consulate is told of each person on its list. */
  public static final List<String> DATA_SENT =
      List.of("names", "sex", "date of birth", "place of birth", "nationality", "case number");

  static final String PURPOSE = "request for a laissez-passer or emergency travel document";

  /** One request on a list: the document asked for and the person it is for. */
  public record Line(TravelDocument document, RegisteredPerson person) {}

  /** A consulate (by its country) and the requests waiting there, oldest first. */
  public record Consulate(String country, List<Line> lines) {
    public Consulate {
      lines = List.copyOf(lines);
    }

    /** The requests not yet sent. */
    public List<Line> unsent() {
      return lines.stream().filter(l -> l.document().sentOn() == null).toList();
    }
  }

  private final TravelDocumentRows rows;
  private final People people;
  private final AuditTrail audit;
  private final Clock clock;

  ConsulateRequests(TravelDocumentRows rows, People people, AuditTrail audit, Clock clock) {
    this.rows = rows;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every consulate with requests waiting among the cases the actor may open, by country. */
  @Transactional(readOnly = true)
  public List<Consulate> all(Actor actor) {
    actor.require(Permission.MOVEMENT_READ);
    Map<String, List<Line>> byConsulate = new LinkedHashMap<>();
    for (Line line : lines(rows.waiting(null), actor)) {
      byConsulate.computeIfAbsent(line.document().consulate(), c -> new ArrayList<>()).add(line);
    }
    return byConsulate.entrySet().stream()
        .map(e -> new Consulate(e.getKey(), e.getValue()))
        .toList();
  }

  /** The requests waiting at the consulate of {@code country} (ISO 3166-1 alpha-3). */
  @Transactional(readOnly = true)
  public Consulate of(String country, Actor actor) {
    actor.require(Permission.MOVEMENT_READ);
    String code = country(country);
    return new Consulate(code, lines(rows.waiting(code), actor));
  }

  /**
   * Records that the requests {@code documentIds} went to the consulate of {@code country} on
   * {@code sentOn} (today when blank): each is marked sent, and each case they belong to gets a
   * {@code case.disclosed} entry. Every id must be a request waiting at that consulate on a case
   * the actor may change; otherwise nothing is recorded and each wrong id is named.
   *
   * @return the requests marked
   */
  @Transactional
  public List<TravelDocument> markSent(
      String country, List<String> documentIds, String sentOn, Actor actor) {
    actor.require(Permission.MOVEMENT_MANAGE);
    String code = country(country);
    LocalDate today = LocalDate.now(clock);
    Violations v = new Violations();
    LocalDate day =
        Fields.blank(sentOn) ? today : Fields.optionalDate(v, "sentOn", sentOn, today, false);
    if (documentIds == null || documentIds.isEmpty()) {
      v.add("documentIds", "required", "name the requests that were sent");
    }
    List<Line> sent = new ArrayList<>();
    for (int i = 0; documentIds != null && i < documentIds.size(); i++) {
      String field = "documentIds[" + i + "]";
      Optional<Line> line = waitingLine(documentIds.get(i), code, actor);
      if (line.isEmpty()) {
        v.add(
            field,
            "unknown-document",
            "not a request waiting at the consulate of " + code + " on a case of yours");
      } else if (sent.stream()
          .anyMatch(l -> l.document().id().equals(line.get().document().id()))) {
        v.add(field, "duplicate", "this request is named twice");
      } else {
        sent.add(line.get());
      }
    }
    v.throwIfAny();
    Map<CaseId, List<Line>> byCase = new LinkedHashMap<>();
    List<TravelDocument> marked = new ArrayList<>();
    for (Line line : sent) {
      TravelDocument after = line.document().sent(day);
      rows.update(after, actor.username(), clock.instant());
      marked.add(after);
      byCase.computeIfAbsent(line.person().caseId(), c -> new ArrayList<>()).add(line);
    }
    String recipient = recipient(code);
    byCase.forEach((caseId, lines) -> {
      RegisteredPerson first = lines.getFirst().person();
      audit.record(
          AuditRecord.of(actor.username(), "case.disclosed", "case", caseId.toString())
              .inMission(first.holding().missionCode())
              .because(PURPOSE)
              .withDetails(
                  Map.of(
                      "recipient", recipient,
                      "data", DATA_SENT,
                      "caseNumber", first.caseNumber(),
                      "sentOn", day.toString(),
                      "personIds",
                          lines.stream().map(l -> l.person().personId().toString()).toList(),
                      "documentIds",
                          lines.stream().map(l -> l.document().id().toString()).toList())));
    });
    return marked;
  }

  /** Keeps in the audit trail that the list of {@code country} was downloaded as {@code format}. */
  @Transactional
  public void exported(Consulate consulate, String format, Actor actor) {
    audit.record(
        AuditRecord.of(
                actor.username(),
                "movement.consulate-list-exported",
                "consulate",
                consulate.country())
            .inMission(actor.missionCode())
            .withDetails(
                Map.of(
                    "format",
                    format,
                    "requests",
                    consulate.lines().size(),
                    "documentIds",
                    consulate.lines().stream().map(l -> l.document().id().toString()).toList())));
  }

  /** Who a list goes to, as the disclosure names it. */
  public static String recipient(String country) {
    return "Consulate of "
        + new CountryCode(country).displayName(Locale.ENGLISH)
        + " ("
        + country
        + ")";
  }

  private Optional<Line> waitingLine(String id, String consulate, Actor actor) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id == null ? "" : id.strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Optional<TravelDocument> d =
        rows.findForUpdate(uuid)
            .filter(TravelDocument::pending)
            .filter(doc -> doc.type().consular() && consulate.equals(doc.consulate()));
    if (d.isEmpty()) {
      return Optional.empty();
    }
    return people
        .findReadable(d.get().personId(), actor)
        .filter(p -> people.canChange(actor, p))
        .map(p -> new Line(d.get(), p));
  }

  private List<Line> lines(List<TravelDocument> documents, Actor actor) {
    List<Line> lines = new ArrayList<>();
    for (TravelDocument d : documents) {
      people.findReadable(d.personId(), actor).ifPresent(p -> lines.add(new Line(d, p)));
    }
    return lines;
  }

  private static String country(String country) {
    String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
    if (!CountryCode.isValid(code)) {
      // no such country, so no such consulate
      throw new NotFoundException("consulate", country);
    }
    return code;
  }
}
