package org.homeward.reintegration.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.CaseScope;
import org.homeward.organisation.Holding;
import org.homeward.organisation.Mission;
import org.homeward.organisation.MissionKind;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Cases;
import org.homeward.reintegration.ReintegrationCase;
import org.homeward.reintegration.ReintegrationCaseOpened;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which cases in reintegration an actor reaches, asked of the registry and the {@link AccessPolicy}
 * rather than decided here: a case is read as the registry lets the actor open it, less its
 * sensitive part, which the host mission's records keep restricted in every reintegration view; its
 * reintegration is changed only by the mission that received it (its country of return) and only
 * while it is ARRIVED or IN_REINTEGRATION.
 */
@Component
public class ReintegrationScope {

  /** The statuses in which a case's reintegration is worked. */
  public static final Set<CaseStatus> WORKED =
      EnumSet.of(CaseStatus.ARRIVED, CaseStatus.IN_REINTEGRATION);

  /** A case in reintegration, and its household as the actor may see it (never sensitive). */
  public record Opened(ReintegrationCase file, Case household) {

    public Holding holding() {
      return household.holding();
    }
  }

  private final Cases cases;
  private final AccessPolicy access;
  private final Missions missions;
  private final CaseRows rows;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReintegrationScope(
      Cases cases,
      AccessPolicy access,
      Missions missions,
      CaseRows rows,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.cases = cases;
    this.access = access;
    this.missions = missions;
    this.rows = rows;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The same actor, without the right to see medical and protection details. */
  public static Actor withoutSensitive(Actor actor) {
    EnumSet<Permission> permissions = EnumSet.allOf(Permission.class);
    permissions.remove(Permission.SENSITIVE_READ);
    return actor.scopedTo(permissions);
  }

  /**
   * The case in reintegration, if the actor may open it: not found when the registry would say so,
   * or when it has not arrived. A case that arrived but is not yet in reintegration (its arrival's
   * event still on its way) is opened now. Needs the caller's transaction to be writable.
   */
  public Opened readable(CaseId id, Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    Case household = cases.get(id, withoutSensitive(actor));
    ReintegrationCase file =
        rows.find(id)
            .or(() -> openFromRegistry(household))
            .orElseThrow(() -> new NotFoundException("case in reintegration", id));
    return new Opened(file, household);
  }

  /**
   * The case, if the actor's mission received it and may change it, while its reintegration is
   * worked; refused (403) when the actor only reads it.
   *
   * @throws ConflictException {@code case-not-arrived} when the case is closed
   */
  public Opened changeable(CaseId id, Actor actor) {
    Opened opened = readable(id, actor);
    requireReceiving(actor, opened);
    return opened;
  }

  /** Refuses (403) an actor whose mission did not receive the case, or {@code case-not-arrived}. */
  public void requireReceiving(Actor actor, Opened opened) {
    if (!receives(actor, opened.holding())) {
      throw new AccessDeniedException(
          "only the mission that received case "
              + opened.file().caseNumber()
              + " changes its reintegration");
    }
    if (!WORKED.contains(opened.household().status())) {
      throw notArrived(opened.household());
    }
  }

  /** Does the actor work for the mission that receives the cases returning to this country? */
  public boolean receives(Actor actor, Holding holding) {
    if (!access.canChange(actor, holding)) {
      return false;
    }
    CaseScope scope = access.changeScope(actor);
    return scope.everything()
        || (holding.handedOver()
            && scope.receivingCountries().contains(holding.destinationCountry()));
  }

  /** The countries whose returnees the actor's queue lists; null for all of them. */
  public Set<String> queueCountries(Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    CaseScope scope = access.readScope(actor);
    return scope.everything() ? null : scope.receivingCountries();
  }

  /**
   * The missions whose records (partners, approvals, settings) the actor reads; null for all of
   * them.
   */
  public Set<String> missionsRead(Actor actor) {
    Set<String> oversight = access.oversight(actor);
    if (actor.isSystem()) {
      return null;
    }
    return oversight.isEmpty() ? (headquarters(actor) ? null : Set.of()) : oversight;
  }

  /** May the actor change the records (partners) of this mission: its own or a sub-office's. */
  public boolean changesMission(Actor actor, String missionCode) {
    if (actor.isSystem()) {
      return true;
    }
    Mission own = missions.find(actor.missionCode()).orElse(null);
    if (own == null
        || own.kind() == MissionKind.HEADQUARTERS
        || own.kind() == MissionKind.REGIONAL_OFFICE) {
      return false;
    }
    return access.oversight(actor).contains(missionCode);
  }

  private boolean headquarters(Actor actor) {
    return missions
        .find(actor.missionCode())
        .map(m -> m.kind() == MissionKind.HEADQUARTERS)
        .orElse(false);
  }

  /**
   * Opens a case in reintegration from the registry: for a case whose arrival is recorded but whose
   * arrival's event has not been handled yet, or that arrived without a flight of movement's.
   */
  public java.util.Optional<ReintegrationCase> openFromRegistry(Case household) {
    if (!household.handedOver()
        || !(WORKED.contains(household.status()) || household.status() == CaseStatus.CLOSED)) {
      return java.util.Optional.empty();
    }
    Instant arrivedAt =
        household.status() == CaseStatus.ARRIVED ? household.statusChangedAt() : clock.instant();
    String receiving =
        missions.all().stream()
            .filter(m -> m.kind() == MissionKind.COUNTRY_MISSION)
            .filter(m -> household.destinationCountry().equals(m.countryCode()))
            .map(Mission::code)
            .findFirst()
            .orElse(household.destinationCountry());
    open(
        new ReintegrationCase(
            household.id(),
            household.caseNumber(),
            household.missionCode(),
            household.destinationCountry(),
            receiving,
            arrivedAt,
            LocalDate.ofInstant(arrivedAt, clock.getZone()),
            null),
        null,
        Actor.SYSTEM_USERNAME);
    return rows.find(household.id());
  }

  /**
   * Opens the case in the origin mission's queue, once: audited on the case and published as {@link
   * ReintegrationCaseOpened}. True when this call opened it.
   */
  public boolean open(ReintegrationCase c, Long flightId, String by) {
    Instant now = clock.instant();
    if (!rows.open(c, flightId, now, by)) {
      if (flightId != null) {
        rows.arrivedWith(c, flightId);
      }
      return false;
    }
    audit.record(
        AuditRecord.of(by, "reintegration.case-opened", "case", c.caseId().toString())
            .inMission(c.originMission())
            .withDetails(
                Map.of(
                    "caseNumber", c.caseNumber(),
                    "originMission", c.originMission(),
                    "arrivedOn", c.arrivedOn().toString())));
    events.publishEvent(
        new ReintegrationCaseOpened(
            c.caseId(),
            c.caseNumber(),
            c.originMission(),
            c.destinationCountry(),
            c.arrivedOn(),
            now));
    return true;
  }

  public static ConflictException notArrived(Case household) {
    return new ConflictException(
        ProblemCode.CASE_NOT_ARRIVED,
        "case "
            + household.caseNumber()
            + " is "
            + household.status()
            + ": its reintegration is worked while it is ARRIVED or IN_REINTEGRATION",
        Map.of("status", household.status().name()));
  }
}
