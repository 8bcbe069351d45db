package org.homeward.movement.fitness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.movement.FitnessOutcome;
import org.homeward.movement.internal.Fields;
import org.homeward.movement.internal.FitnessCheckRows;
import org.homeward.movement.internal.People;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseLifecycle;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.PersonId;
import org.homeward.registry.RegisteredPerson;
import org.homeward.registry.TransitionResult;
import org.homeward.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fit-to-travel checks: recorded by a medical officer ({@link Permission#FITNESS_RECORD}) with the
 * outcome, the day it holds until and the medical details; read by anyone who follows the movement
 * of the case ({@link Permission#MOVEMENT_READ}), the details only by those with a need to know
 * them ({@link Permission#SENSITIVE_READ} on a case of their own mission), and every such read is
 * audited. The details are sealed before they reach the database and never enter the audit trail.
 *
 * <p>An UNFIT outcome defers the case, through the registry's lifecycle, in the same transaction.
 */
@Service
public class FitnessChecks {

  static final int DETAILS_LENGTH = 4000;

  /** A check as typed: every field raw, so that all mistakes are reported together. */
  public record Check(String checkedOn, String outcome, String validUntil, String details) {}

  /**
   * A recorded check, and what it did to the case: deferred it ({@code deferred}), or not, when the
   * outcome allows travel or the case's status cannot be deferred; {@code caseStatus} is the case's
   * status after the check.
   */
  public record Recorded(FitnessCheck check, boolean deferred, CaseStatus caseStatus) {}

  private final FitnessCheckRows rows;
  private final People people;
  private final CaseLifecycle lifecycle;
  private final AuditTrail audit;
  private final Clock clock;

  FitnessChecks(
      FitnessCheckRows rows,
      People people,
      CaseLifecycle lifecycle,
      AuditTrail audit,
      Clock clock) {
    this.rows = rows;
    this.people = people;
    this.lifecycle = lifecycle;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records a check of the person; an UNFIT one defers their case when its status allows. */
  @Transactional
  public Recorded record(PersonId person, Check check, Actor actor) {
    actor.require(Permission.FITNESS_RECORD);
    RegisteredPerson p = people.changeable(person, actor);
    LocalDate today = LocalDate.now(clock);
    Violations v = new Violations();
    LocalDate checkedOn = Fields.date(v, "checkedOn", check.checkedOn(), today, false);
    FitnessOutcome outcome = Fields.choice(v, "outcome", check.outcome(), FitnessOutcome.class);
    LocalDate validUntil = Fields.optionalDate(v, "validUntil", check.validUntil(), today, true);
    if (outcome != null
        && outcome.mayTravel()
        && validUntil == null
        && Fields.blank(check.validUntil())) {
      v.add("validUntil", "required", "say until when the person is fit to travel");
    }
    if (checkedOn != null && validUntil != null && validUntil.isBefore(checkedOn)) {
      v.add("validUntil", "out-of-range", "on or after the day of the check, " + checkedOn);
    }
    String details = Fields.optionalText(v, "details", check.details(), DETAILS_LENGTH);
    v.throwIfAny();
    FitnessCheck recorded =
        new FitnessCheck(
            UUID.randomUUID(),
            person,
            p.caseId(),
            checkedOn,
            outcome,
            validUntil,
            details != null,
            details,
            clock.instant(),
            actor.username());
    rows.insert(recorded);
    Map<String, Object> entry = new HashMap<>();
    entry.put("personId", person.toString());
    entry.put("checkId", recorded.id().toString());
    entry.put("outcome", outcome.name());
    entry.put("checkedOn", checkedOn.toString());
    if (validUntil != null) {
      entry.put("validUntil", validUntil.toString());
    }
    // that medical details were recorded, never what they say
    entry.put("details", details == null ? "none" : "sealed");
    audit.record(
        AuditRecord.of(actor.username(), "movement.fitness-recorded", "case", p.caseId().toString())
            .inMission(p.holding().missionCode())
            .withDetails(entry));
    if (outcome.mayTravel() || !p.status().canMoveTo(CaseStatus.DEFERRED)) {
      return new Recorded(recorded, false, p.status());
    }
    return defer(p, recorded, actor);
  }

  /**
   * The person's checks, newest first; with their medical details for a reader with a need to know
   * them (the read is audited), without for everyone else.
   */
  @Transactional
  public List<FitnessCheck> ofPerson(PersonId person, Actor actor) {
    actor.require(Permission.MOVEMENT_READ);
    RegisteredPerson p = people.readable(person, actor);
    boolean sensitive = people.seesSensitive(actor, p);
    List<FitnessCheck> checks = rows.ofPeople(List.of(person), sensitive);
    if (sensitive) {
      auditRead(actor, p, checks);
    }
    return checks;
  }

  /**
   * Writes that {@code actor} read the medical details of {@code checks} (those of one case), if
   * any of them has details.
   */
  public void auditRead(Actor actor, RegisteredPerson anyMember, List<FitnessCheck> checks) {
    List<String> read =
        checks.stream().filter(FitnessCheck::hasDetails).map(c -> c.id().toString()).toList();
    if (read.isEmpty()) {
      return;
    }
    audit.record(
        AuditRecord.of(
                actor.username(),
                "movement.fitness-sensitive-read",
                "case",
                anyMember.caseId().toString())
            .inMission(anyMember.holding().missionCode())
            .withDetails(Map.of("caseNumber", anyMember.caseNumber(), "checkIds", read)));
  }

  /**
   * Defers the case of a person found unfit, as the medical officer's finding requires: by the
   * officer when they may move cases, else by Homeward itself on their behalf, the reason naming
   * them.
   */
  private Recorded defer(RegisteredPerson p, FitnessCheck check, Actor actor) {
    Actor mover = actor.may(Permission.CASE_TRANSITION) ? actor : Actor.system();
    String reason =
        "found unfit to travel on "
            + check.checkedOn()
            + (check.validUntil() == null ? "" : ", until " + check.validUntil())
            + " (fit-to-travel check recorded by "
            + actor.username()
            + ")";
    return switch (lifecycle.transition(p.caseId(), CaseStatus.DEFERRED, reason, mover)) {
      case TransitionResult.Transitioned moved ->
          new Recorded(check, true, moved.updated().status());
      case TransitionResult.Refused refused -> new Recorded(check, false, refused.from());
    };
  }
}
