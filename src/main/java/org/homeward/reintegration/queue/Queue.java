package org.homeward.reintegration.queue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.FieldChange;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.Cases;
import org.homeward.registry.Person;
import org.homeward.reintegration.ReintegrationCase;
import org.homeward.reintegration.internal.CaseRows;
import org.homeward.reintegration.internal.Fields;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.reintegration.internal.ReintegrationScope.Opened;
import org.homeward.reintegration.queue.internal.ProfileRows;
import org.homeward.reintegration.queue.internal.QueueRows;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The origin mission's queue: the cases that arrived in its country, latest first, each with how
 * far its reintegration has come, and what the host mission handed over with each. Reading needs
 * {@link Permission#REINTEGRATION_READ}; taking a case, {@link Permission#REINTEGRATION_MANAGE} in
 * the mission that received it.
 */
@Service
public class Queue {

  private final CaseRows rows;
  private final QueueRows progress;
  private final ProfileRows profiles;
  private final ReintegrationScope scope;
  private final Cases cases;
  private final AuditTrail audit;
  private final Clock clock;

  Queue(
      CaseRows rows,
      QueueRows progress,
      ProfileRows profiles,
      ReintegrationScope scope,
      Cases cases,
      AuditTrail audit,
      Clock clock) {
    this.rows = rows;
    this.progress = progress;
    this.profiles = profiles;
    this.scope = scope;
    this.cases = cases;
    this.audit = audit;
    this.clock = clock;
  }

  /** The cases that arrived in the countries the actor's mission receives, latest first. */
  @Transactional(readOnly = true)
  public List<QueueEntry> list(Actor actor) {
    List<ReintegrationCase> open = rows.inCountries(scope.queueCountries(actor));
    Map<CaseId, QueueRows.Progress> done =
        progress.progress(open.stream().map(ReintegrationCase::caseId).toList());
    Actor reader = ReintegrationScope.withoutSensitive(actor);
    List<QueueEntry> entries = new ArrayList<>();
    for (ReintegrationCase c : open) {
      Case household;
      try {
        household = cases.get(c.caseId(), reader);
      } catch (NotFoundException e) {
        continue; // a case the registry does not let this reader open (merged, erased)
      }
      QueueRows.Progress p = done.get(c.caseId());
      entries.add(new QueueEntry(c, household, p.received(), p.assessed(), p.plans()));
    }
    return entries;
  }

  /** What the host mission handed over with the case, as the receiving mission sees it. */
  @Transactional
  public Handover handover(CaseId id, Actor actor) {
    Opened opened = scope.readable(id, actor);
    Map<org.homeward.registry.PersonId, Profile> byPerson = new java.util.HashMap<>();
    profiles.ofCase(id).forEach(p -> byPerson.put(p.personId(), p));
    List<Handover.Member> members = new ArrayList<>();
    for (Person p : opened.household().members()) {
      members.add(new Handover.Member(p, byPerson.get(p.id())));
    }
    return new Handover(opened.file(), opened.household(), members);
  }

  /** The case in reintegration, if the actor may open it. */
  @Transactional
  public ReintegrationCase get(CaseId id, Actor actor) {
    return scope.readable(id, actor).file();
  }

  /**
   * Names the officer who follows the case (the actor when {@code officer} is blank): the one whose
   * visits and tasks these are.
   */
  @Transactional
  public ReintegrationCase assign(CaseId id, String officer, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Opened opened = scope.changeable(id, actor);
    Violations v = new Violations();
    String who = Fields.optionalText(v, "officer", officer, 100);
    v.throwIfAny();
    String assigned = who == null ? actor.username() : who;
    ReintegrationCase before = rows.lock(id).orElseThrow();
    rows.assign(id, assigned, clock.instant(), actor.username());
    audit.record(
        AuditRecord.of(actor.username(), "reintegration.officer-assigned", "case", id.toString())
            .inMission(opened.file().originMission())
            .withChanges(List.of(new FieldChange("officer", before.officer(), assigned))));
    return rows.find(id).orElseThrow();
  }

  /** Takes the case for the actor if nobody follows it yet (the first to work on it). */
  public void takeIfUnassigned(Opened opened, Actor actor) {
    if (opened.file().officer() == null && actor.may(Permission.REINTEGRATION_MANAGE)) {
      rows.assign(opened.file().caseId(), actor.username(), clock.instant(), actor.username());
    }
  }
}
