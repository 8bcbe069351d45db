package org.homeward.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.internal.CaseLists;
import org.homeward.registry.internal.RegisteredPeople;
import org.homeward.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a case, listing and counting cases, a case's history, and the people in them, as the
 * actor may see them.
 */
@Service
class CaseReads implements CaseQueries {

  private final CaseLists lists;
  private final RegisteredPeople people;
  private final CaseAccess cases;
  private final AccessPolicy access;
  private final AuditTrail audit;

  CaseReads(
      CaseLists lists,
      RegisteredPeople people,
      CaseAccess cases,
      AccessPolicy access,
      AuditTrail audit) {
    this.lists = lists;
    this.people = people;
    this.cases = cases;
    this.access = access;
    this.audit = audit;
  }

  /**
   * The case, if the actor may see it; without its sensitive part unless the actor has a need to
   * know it, in which case the read is audited.
   */
  @Transactional
  public Case get(CaseId id, Actor actor) {
    actor.require(Permission.CASE_READ);
    Case c = cases.readable(id, actor);
    if (!c.hasSensitiveData()) {
      return c;
    }
    if (!access.canSeeSensitive(actor, c.holding())) {
      return c.withoutSensitiveData();
    }
    audit.record(
        AuditRecord.of(
                actor.username(), "case.sensitive-read", CaseAccess.SUBJECT, c.id().toString())
            .inMission(c.missionCode())
            .withDetails(Map.of("caseNumber", c.caseNumber())));
    return c;
  }

  @Transactional(readOnly = true)
  public ResultPage<CaseSummary> search(CaseSearch search, Actor actor) {
    actor.require(Permission.CASE_READ);
    Violations.require(v -> {
      v.check(search.page() >= 0, "page", "out-of-range", "page counts from 0");
      v.check(
          search.size() >= 1 && search.size() <= CaseSearch.MAX_SIZE,
          "size",
          "out-of-range",
          "size is between 1 and " + CaseSearch.MAX_SIZE);
    });
    if (search.vulnerability() != null && search.vulnerability().isSensitive()) {
      Violations.require(v ->
          v.check(
              actor.may(Permission.SENSITIVE_READ),
              "vulnerability",
              "restricted",
              "only those with a need to know may search on " + search.vulnerability()));
    }
    return lists.search(search, access.readScope(actor), access.changeScope(actor));
  }

  @Transactional(readOnly = true)
  public Map<CaseStatus, Long> countByStatus(Actor actor) {
    actor.require(Permission.CASE_READ);
    return lists.countByStatus(access.readScope(actor));
  }

  @Transactional(readOnly = true)
  public ResultPage<CaseSummary> pendingWork(Actor actor, int size) {
    Violations.require(v ->
        v.check(
            size >= 1 && size <= CaseSearch.MAX_SIZE,
            "size",
            "out-of-range",
            "size is between 1 and " + CaseSearch.MAX_SIZE));
    actor.require(Permission.CASE_READ);
    return lists.waitingFor(
        actor.username(), CaseStatus.AWAITING_CASEWORKER, access.readScope(actor), size);
  }

  @Transactional
  public List<AuditEntry> history(CaseId id, Actor actor) {
    Case c = get(id, actor);
    return audit.history(CaseAccess.SUBJECT, c.id().toString());
  }

  @Override
  @Transactional(readOnly = true)
  public void forEachPerson(Actor actor, Consumer<RegisteredPerson> sink) {
    people.forEachPerson(access.readScope(actor), sink);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RegisteredPerson> findPerson(PersonId id, Actor actor) {
    return people.findPerson(id).filter(p -> access.canRead(actor, p.holding()));
  }

  @Override
  @Transactional(readOnly = true)
  public List<RegisteredPerson> membersOf(CaseId id, Actor actor) {
    actor.require(Permission.CASE_READ);
    List<RegisteredPerson> members = people.ofCase(id);
    if (members.isEmpty() || !access.canRead(actor, members.getFirst().holding())) {
      // refused or unknown, exactly as opening the case would be
      cases.readable(id, actor);
    }
    return members;
  }
}
