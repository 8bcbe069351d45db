package org.homeward.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.FieldChange;
import org.homeward.organisation.Actor;
import org.homeward.registry.internal.CaseRepository;
import org.homeward.registry.internal.RegistryMetrics;
import org.homeward.shared.web.ProblemCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a case changes status. A step must be allowed by the state machine ({@link
 * CaseStatus#next()}) and pass every {@link TransitionGuard}, the registry's own and those other
 * modules add; it is then recorded (who, when, why), audited and published as {@link
 * CaseStatusChanged}, all in the caller's transaction.
 */
@Service
public class CaseLifecycle {

  private final CaseAccess cases;
  private final CaseRepository repository;
  private final List<TransitionGuard> guards;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final RegistryMetrics metrics;
  private final Clock clock;

  CaseLifecycle(
      CaseAccess cases,
      CaseRepository repository,
      List<TransitionGuard> guards,
      AuditTrail audit,
      ApplicationEventPublisher events,
      RegistryMetrics metrics,
      Clock clock) {
    this.cases = cases;
    this.repository = repository;
    this.guards = List.copyOf(guards);
    this.audit = audit;
    this.events = events;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Requests the step {@code to}; the result says whether it happened and, if not, why. */
  @Transactional
  public TransitionResult transition(CaseId id, CaseStatus to, String reason, Actor actor) {
    return transition(id, null, to, reason, actor);
  }

  /**
   * As {@link #transition(CaseId, CaseStatus, String, Actor)}, if the case is still at that
   * version.
   */
  @Transactional
  public TransitionResult transition(
      CaseId id, Long expectedVersion, CaseStatus to, String reason, Actor actor) {
    return transition(id, expectedVersion, to, reason, null, actor);
  }

  /**
   * As {@link #transition(CaseId, Long, CaseStatus, String, Actor)}, asking the guards that allow
   * it to let the step through with the written justification {@code override} (see {@link
   * TransitionAttempt#override()}); a blank one is no override.
   */
  @Transactional
  public TransitionResult transition(
      CaseId id, Long expectedVersion, CaseStatus to, String reason, String override, Actor actor) {
    actor.require(org.homeward.organisation.Permission.CASE_TRANSITION);
    Case current = cases.lockForChange(id, expectedVersion, actor);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    String justification = override == null || override.isBlank() ? null : override.strip();
    if (!current.status().canMoveTo(to)) {
      return new TransitionResult.Refused(
          current.status(),
          to,
          List.of(
              new Refusal(
                  ProblemCode.ILLEGAL_STEP.code(),
                  "a case cannot go from " + current.status() + " to " + to)),
          current.allowedTransitions());
    }
    TransitionAttempt attempt = new TransitionAttempt(current, to, why, justification, actor);
    List<Refusal> refusals = new ArrayList<>();
    for (TransitionGuard guard : guards) {
      guard.check(attempt).ifPresent(refusals::add);
    }
    if (!refusals.isEmpty()) {
      return new TransitionResult.Refused(
          current.status(), to, refusals, current.allowedTransitions());
    }
    for (TransitionGuard guard : guards) {
      guard.admitted(attempt);
    }
    Instant now = clock.instant();
    Case moved = current.transitionTo(to, now, why);
    Consent consent = moved.consent();
    cases.saveCaseOnly(moved, current.version(), actor);
    repository.recordStatusChange(moved.id(), current.status(), to, why, actor.username(), now);
    audit.record(
        AuditRecord.of(
                actor.username(), "case.transitioned", CaseAccess.SUBJECT, moved.id().toString())
            .inMission(moved.missionCode())
            .because(why)
            .withChanges(List.of(new FieldChange("status", current.status().name(), to.name())))
            .withDetails(
                justification == null
                    ? Map.of("from", current.status().name(), "to", to.name())
                    : Map.of(
                        "from",
                        current.status().name(),
                        "to",
                        to.name(),
                        "override",
                        justification)));
    events.publishEvent(
        new CaseStatusChanged(
            moved.id(), moved.missionCode(), current.status(), to, why, actor.username(), now));
    metrics.transitioned(to);
    if (to == CaseStatus.WITHDRAWN) {
      if (consent != null) {
        repository.saveConsent(moved.id(), consent, now);
      }
      events.publishEvent(new ConsentWithdrawn(moved.id(), moved.missionCode(), why, now));
    }
    return new TransitionResult.Transitioned(cases.viewFor(moved, actor), current.status());
  }
}
