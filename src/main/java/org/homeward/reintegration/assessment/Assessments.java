package org.homeward.reintegration.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.FieldChange;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.ReintegrationDetails.AssessmentDetails;
import org.homeward.reintegration.assessment.internal.AssessmentRows;
import org.homeward.reintegration.internal.Fields;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.reintegration.internal.ReintegrationScope.Opened;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments that come before a plan, one per returnee, recorded by the mission that received
 * them: skills and wishes, family situation, vulnerability follow-up. The latest stands; each
 * change is audited field by field.
 */
@Service
public class Assessments {

  private final AssessmentRows rows;
  private final ReintegrationScope scope;
  private final AuditTrail audit;
  private final Clock clock;

  Assessments(AssessmentRows rows, ReintegrationScope scope, AuditTrail audit, Clock clock) {
    this.rows = rows;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
  }

  /** The assessments of the case's returnees, for a reader of the case. */
  @Transactional
  public List<Assessment> ofCase(CaseId id, Actor actor) {
    scope.readable(id, actor);
    return rows.ofCase(id);
  }

  /** Records the returnee's assessment, replacing theirs if still at {@code expectedVersion}. */
  @Transactional
  public Assessment record(
      CaseId caseId,
      PersonId person,
      Long expectedVersion,
      AssessmentDetails details,
      Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Opened opened = scope.changeable(caseId, actor);
    if (opened.household().members().stream().noneMatch(m -> m.id().equals(person))) {
      throw new NotFoundException("member of case " + opened.file().caseNumber(), person);
    }
    LocalDate today = LocalDate.now(clock);
    Violations v = new Violations();
    LocalDate on =
        Fields.blank(details.assessedOn())
            ? today
            : Fields.optionalDate(v, "assessedOn", details.assessedOn(), today, false);
    String skills = Fields.optionalText(v, "skills", details.skills(), Fields.LONG_TEXT);
    String education = Fields.optionalText(v, "education", details.education(), Fields.LONG_TEXT);
    String wishes = Fields.optionalText(v, "wishes", details.wishes(), Fields.LONG_TEXT);
    MaritalStatus marital =
        Fields.optionalChoice(v, "maritalStatus", details.maritalStatus(), MaritalStatus.class);
    Integer dependants = Fields.optionalInteger(v, "dependants", details.dependants(), 0, 50);
    String family =
        Fields.optionalText(v, "familySituation", details.familySituation(), Fields.LONG_TEXT);
    boolean followUpNeeded = Boolean.TRUE.equals(details.followUpNeeded());
    String followUp = Fields.optionalText(v, "followUp", details.followUp(), Fields.LONG_TEXT);
    if (followUpNeeded && followUp == null && Fields.blank(details.followUp())) {
      v.add("followUp", "required", "say how the vulnerability is followed up");
    }
    v.throwIfAny();
    Assessment before = rows.lock(person).orElse(null);
    long version = before == null ? 0 : before.version();
    if (expectedVersion != null && expectedVersion != version) {
      throw new StaleVersionException(version);
    }
    Assessment after =
        new Assessment(
            person,
            caseId,
            on,
            skills,
            education,
            wishes,
            marital,
            dependants,
            family,
            followUpNeeded,
            followUp,
            version + 1,
            actor.username(),
            clock.instant());
    rows.save(after);
    List<FieldChange> changes = new ArrayList<>();
    change(changes, "assessedOn", before == null ? null : before.assessedOn(), on);
    change(changes, "skills", before == null ? null : before.skills(), skills);
    change(changes, "education", before == null ? null : before.education(), education);
    change(changes, "wishes", before == null ? null : before.wishes(), wishes);
    change(changes, "maritalStatus", before == null ? null : before.maritalStatus(), marital);
    change(changes, "dependants", before == null ? null : before.dependants(), dependants);
    change(changes, "familySituation", before == null ? null : before.familySituation(), family);
    change(
        changes, "followUpNeeded", before == null ? null : before.followUpNeeded(), followUpNeeded);
    change(changes, "followUp", before == null ? null : before.followUp(), followUp);
    audit.record(
        AuditRecord.of(
                actor.username(), "reintegration.assessment-recorded", "case", caseId.toString())
            .inMission(opened.file().originMission())
            .withChanges(changes)
            .withDetails(Map.of("personId", person.toString())));
    return after;
  }

  private static void change(List<FieldChange> changes, String field, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      changes.add(
          new FieldChange(
              "assessment." + field,
              from == null ? null : from.toString(),
              to == null ? null : to.toString()));
    }
  }
}
