package org.homeward.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.FieldChange;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseDetails.ConsentDetails;
import org.homeward.registry.internal.CaseRepository;
import org.homeward.registry.internal.CaseRules;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ProblemCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The migrant's declaration of consent to a voluntary return: recorded, corrected, audited. */
@Service
class Consents {

  private final CaseRepository repository;
  private final CaseAccess cases;
  private final AuditTrail audit;
  private final Clock clock;

  Consents(CaseRepository repository, CaseAccess cases, AuditTrail audit, Clock clock) {
    this.repository = repository;
    this.cases = cases;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Case record(CaseId id, Long expectedVersion, ConsentDetails details, Actor actor) {
    actor.require(Permission.CASE_UPDATE);
    Case before = cases.lockForChange(id, expectedVersion, actor);
    Violations violations = new Violations();
    if (details == null) {
      violations.add("", "required", "the consent declaration is missing");
    }
    violations.throwIfAny();
    CaseRules.CheckedConsent checked = CaseRules.consent(violations, details, LocalDate.now(clock));
    violations.throwIfAny();
    if (before.consent() != null && before.consent().isWithdrawn()) {
      throw new ConflictException(
          ProblemCode.CONSENT_WITHDRAWN,
          "consent was withdrawn; a withdrawn case is closed, register the migrant again if they change their mind",
          Map.of());
    }
    Instant now = clock.instant();
    Case after = before.withConsent(of(checked, actor), now);
    cases.saveCaseOnly(after, before.version(), actor);
    repository.saveConsent(after.id(), after.consent(), now);
    audit(after, actor);
    return cases.viewFor(after, actor);
  }

  /** The declaration as checked, recorded by {@code actor}; none if none was made. */
  static Consent of(CaseRules.CheckedConsent checked, Actor actor) {
    if (checked == null) {
      return null;
    }
    return new Consent(
        checked.declaredOn(),
        checked.counsellor(),
        checked.language(),
        checked.signed(),
        actor.username(),
        null,
        null);
  }

  /** Whether {@code consent} is the declaration already on the case. */
  static boolean isCurrent(Case c, CaseRules.CheckedConsent consent) {
    Consent current = c.consent();
    return current != null
        && consent != null
        && current.declaredOn().equals(consent.declaredOn())
        && current.counsellor().equals(consent.counsellor())
        && current.language().equals(consent.language())
        && current.signed() == consent.signed();
  }

  /** Writes the case's declaration of consent to its history. */
  void audit(Case c, Actor actor) {
    Consent consent = c.consent();
    audit.record(
        AuditRecord.of(
                actor.username(), "case.consent-recorded", CaseAccess.SUBJECT, c.id().toString())
            .inMission(c.missionCode())
            .withChanges(
                List.of(
                    new FieldChange(
                        "consent.declaredOn", null, String.valueOf(consent.declaredOn())),
                    new FieldChange("consent.counsellor", null, consent.counsellor()),
                    new FieldChange("consent.language", null, consent.language()),
                    new FieldChange("consent.signed", null, consent.signed()))));
  }
}
