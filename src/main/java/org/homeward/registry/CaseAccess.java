package org.homeward.registry;

import java.util.Map;
import java.util.Optional;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.registry.internal.CaseRepository;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every use case asks before it reads or changes a case: may the actor see it (a case they may
 * not see is not found, and the attempt is logged and audited), may they change it, and is it still
 * at the version they saw. Saving a change checks the version once more.
 */
@Component
class CaseAccess {

  /** The subject every audit record about a case is filed under. */
  static final String SUBJECT = "case";

  // logged under Cases as before, so log levels and searches set for it still apply
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Cases.class);

  private final CaseRepository repository;
  private final AccessPolicy access;
  private final AuditTrail audit;

  CaseAccess(CaseRepository repository, AccessPolicy access, AuditTrail audit) {
    this.repository = repository;
    this.access = access;
    this.audit = audit;
  }

  /** The case if the actor may read it; otherwise not found, and a refusal is audited. */
  Case readable(CaseId id, Actor actor) {
    return readable(repository.find(id), id, actor);
  }

  /**
   * {@code c} as {@code actor} may see it: without its sensitive part unless they need to know it.
   */
  Case viewFor(Case c, Actor actor) {
    return access.canSeeSensitive(actor, c.holding()) ? c : c.withoutSensitiveData();
  }

  Case lockForChange(CaseId id, Long expectedVersion, Actor actor) {
    Case current =
        repository
            .findForUpdate(id)
            .filter(c -> access.canRead(actor, c.holding()))
            .orElseGet(() -> readable(repository.find(id), id, actor));
    if (!access.canChange(actor, current.holding())) {
      throw new AccessDeniedException("read-only access");
    }
    if (expectedVersion != null && expectedVersion != current.version()) {
      throw new StaleVersionException(current.version());
    }
    return current;
  }

  void save(Case after, long expectedVersion, Actor actor) {
    if (!repository.update(after, expectedVersion, actor.username())) {
      throw new StaleVersionException(repository.find(after.id()).map(Case::version).orElse(-1L));
    }
  }

  /** Saves a change that leaves every member as stored (status, consent): the case row alone. */
  void saveCaseOnly(Case after, long expectedVersion, Actor actor) {
    if (!repository.updateCase(after, expectedVersion, actor.username())) {
      throw new StaleVersionException(repository.find(after.id()).map(Case::version).orElse(-1L));
    }
  }

  private Case readable(Optional<Case> found, CaseId id, Actor actor) {
    if (found.isPresent() && access.canRead(actor, found.get().holding())) {
      return found.get();
    }
    if (found.isPresent()) {
      log.warn(
          "refused {} access to case {} of mission {}",
          actor.username(),
          id,
          found.get().missionCode());
      audit.recordSeparately(
          AuditRecord.of(actor.username(), "case.access-refused", SUBJECT, id.toString())
              .inMission(found.get().missionCode())
              .withDetails(Map.of("actorMission", actor.missionCode())));
    }
    throw new NotFoundException("case", id);
  }
}
