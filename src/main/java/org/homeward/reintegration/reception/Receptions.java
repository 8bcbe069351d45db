package org.homeward.reintegration.reception;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.ReintegrationDetails.ReceptionDetails;
import org.homeward.reintegration.internal.Fields;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.reintegration.internal.ReintegrationScope.Opened;
import org.homeward.reintegration.queue.Queue;
import org.homeward.reintegration.reception.internal.ReceptionRows;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reception of a household on arrival, recorded by the mission that received it: airport
 * assistance, onward transport to the final destination, temporary accommodation. Recording it
 * again replaces it (the audit trail keeps what it replaced).
 */
@Service
public class Receptions {

  private final ReceptionRows rows;
  private final ReintegrationScope scope;
  private final Queue queue;
  private final AuditTrail audit;
  private final Clock clock;

  Receptions(
      ReceptionRows rows, ReintegrationScope scope, Queue queue, AuditTrail audit, Clock clock) {
    this.rows = rows;
    this.scope = scope;
    this.queue = queue;
    this.audit = audit;
    this.clock = clock;
  }

  /** The case's reception, if recorded, for a reader of the case. */
  @Transactional
  public Optional<Reception> of(CaseId id, Actor actor) {
    scope.readable(id, actor);
    return rows.find(id);
  }

  /** Records the reception (replacing the one recorded, if still at {@code expectedVersion}). */
  @Transactional
  public Reception record(CaseId id, Long expectedVersion, ReceptionDetails details, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Opened opened = scope.changeable(id, actor);
    LocalDate today = LocalDate.now(clock);
    Violations v = new Violations();
    boolean assisted = Boolean.TRUE.equals(details.airportAssistance());
    boolean onward = Boolean.TRUE.equals(details.onwardTransport());
    boolean accommodation = Boolean.TRUE.equals(details.accommodation());
    LocalDate metOn = Fields.optionalDate(v, "metOn", details.metOn(), today, false);
    String metBy = Fields.optionalText(v, "metBy", details.metBy(), Fields.SHORT_TEXT);
    TransportMode mode =
        onward
            ? Fields.choice(v, "transportMode", details.transportMode(), TransportMode.class)
            : null;
    if (!onward && !Fields.blank(details.transportMode())) {
      v.add("transportMode", "inconsistent", "a transport mode only with onward transport");
    }
    String destination =
        Fields.optionalText(v, "finalDestination", details.finalDestination(), Fields.SHORT_TEXT);
    LocalDate reachedOn = Fields.optionalDate(v, "reachedOn", details.reachedOn(), today, false);
    String place =
        accommodation
            ? Fields.text(v, "accommodationPlace", details.accommodationPlace(), Fields.SHORT_TEXT)
            : null;
    LocalDate from =
        accommodation
            ? Fields.optionalDate(v, "accommodationFrom", details.accommodationFrom(), today, true)
            : null;
    Integer nights =
        accommodation
            ? Fields.integer(v, "accommodationNights", details.accommodationNights(), 1, 365)
            : null;
    if (!accommodation
        && !(Fields.blank(details.accommodationPlace())
            && Fields.blank(details.accommodationNights()))) {
      v.add(
          "accommodation",
          "inconsistent",
          "tick temporary accommodation to record a place and nights");
    }
    String notes = Fields.optionalText(v, "notes", details.notes(), Fields.LONG_TEXT);
    if (metOn != null && reachedOn != null && reachedOn.isBefore(metOn)) {
      v.add("reachedOn", "out-of-range", "on or after the day they were met, " + metOn);
    }
    v.throwIfAny();
    Reception before = rows.lock(id).orElse(null);
    long version = before == null ? 0 : before.version();
    if (expectedVersion != null && expectedVersion != version) {
      throw new StaleVersionException(version);
    }
    Instant now = clock.instant();
    Reception after =
        new Reception(
            id,
            assisted,
            metOn,
            metBy,
            onward,
            mode,
            destination,
            reachedOn,
            accommodation,
            place,
            from,
            nights,
            notes,
            version + 1,
            before == null ? now : before.recordedAt(),
            before == null ? actor.username() : before.recordedBy(),
            now,
            actor.username());
    rows.save(after);
    queue.takeIfUnassigned(opened, actor);
    audit.record(
        AuditRecord.of(
                actor.username(),
                before == null
                    ? "reintegration.reception-recorded"
                    : "reintegration.reception-changed",
                "case",
                id.toString())
            .inMission(opened.file().originMission())
            .withDetails(
                Map.of(
                    "airportAssistance", assisted,
                    "onwardTransport", onward,
                    "accommodation", accommodation)));
    return after;
  }
}
