package org.homeward.registry;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal data leaving Homeward: a disclosure to a third party, recorded after the fact, and a
 * person's own record exported for a subject-access request. Both are audited with their purpose.
 */
@Service
class Disclosures {

  private final CaseAccess cases;
  private final AuditTrail audit;
  private final Clock clock;

  Disclosures(CaseAccess cases, AuditTrail audit, Clock clock) {
    this.cases = cases;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public void record(CaseId id, Disclosure disclosure, Actor actor) {
    actor.require(Permission.PERSON_EXPORT);
    Violations.require(v -> {
      v.check(
          disclosure.recipient() != null && !disclosure.recipient().isBlank(),
          "recipient",
          "required",
          "say to whom the data was disclosed");
      v.check(
          disclosure.purpose() != null && !disclosure.purpose().isBlank(),
          "purpose",
          "required",
          "say why the data was disclosed");
      if (v.check(
          disclosure.data() != null && !disclosure.data().isEmpty(),
          "data",
          "required",
          "list the data disclosed (e.g. names, date of birth, photo)")) {
        for (int i = 0; i < disclosure.data().size(); i++) {
          String item = disclosure.data().get(i);
          v.check(
              item != null && !item.isBlank(),
              "data[" + i + "]",
              "required",
              "name each kind of data disclosed");
        }
      }
    });
    Case c = cases.lockForChange(id, null, actor);
    audit.record(
        AuditRecord.of(actor.username(), "case.disclosed", CaseAccess.SUBJECT, c.id().toString())
            .inMission(c.missionCode())
            .because(disclosure.purpose().strip())
            .withDetails(
                Map.of(
                    "recipient",
                    disclosure.recipient().strip(),
                    "data",
                    List.copyOf(disclosure.data()),
                    "caseNumber",
                    c.caseNumber())));
  }

  @Transactional
  public PersonExport exportPerson(CaseId id, PersonId personId, String purpose, Actor actor) {
    actor.require(Permission.PERSON_EXPORT);
    Violations.require(v ->
        v.check(
            purpose != null && !purpose.isBlank() && purpose.length() <= 500,
            "purpose",
            "required",
            "say why the record is exported (e.g. the person's own request of 2012-06-01)"));
    Case c = cases.readable(id, actor);
    c.members().stream()
        .filter(m -> m.id().equals(personId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("person", personId));
    audit.record(
        AuditRecord.of(actor.username(), "person.exported", CaseAccess.SUBJECT, c.id().toString())
            .inMission(c.missionCode())
            .because(purpose.strip())
            .withDetails(Map.of("personId", personId.toString(), "caseNumber", c.caseNumber())));
    Case view = cases.viewFor(c, actor);
    Person shown =
        view.members().stream().filter(m -> m.id().equals(personId)).findFirst().orElseThrow();
    return new PersonExport(
        clock.instant(),
        actor.username(),
        purpose.strip(),
        shown,
        view,
        audit.history(CaseAccess.SUBJECT, c.id().toString()));
  }
}
