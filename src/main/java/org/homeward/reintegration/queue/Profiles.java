package org.homeward.reintegration.queue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.FieldChange;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseQueries;
import org.homeward.registry.PersonId;
import org.homeward.registry.RegisteredPerson;
import org.homeward.reintegration.ReintegrationDetails.ProfileDetails;
import org.homeward.reintegration.internal.Fields;
import org.homeward.reintegration.queue.internal.ProfileRows;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.Violations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profile a returnee's host mission records during counselling (skills, education, work, what
 * they wish to do at home), handed over with the case. Recorded by whoever may update the case
 * ({@link Permission#CASE_UPDATE} and the access rules' leave to change it); read by whoever may
 * open it. It holds nothing sensitive: medical and protection details stay in the registry.
 */
@Service
public class Profiles {

  private final ProfileRows rows;
  private final CaseQueries registry;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Clock clock;

  Profiles(
      ProfileRows rows, CaseQueries registry, AccessPolicy access, AuditTrail audit, Clock clock) {
    this.rows = rows;
    this.registry = registry;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** The profiles of the case's members, if the actor may open the case. */
  @Transactional(readOnly = true)
  public List<Profile> ofCase(CaseId id, Actor actor) {
    actor.require(Permission.CASE_READ);
    registry.membersOf(id, actor); // not found as opening the case would be
    return rows.ofCase(id);
  }

  /** The case that holds the person, if the actor may open it. */
  @Transactional(readOnly = true)
  public java.util.Optional<CaseId> caseOf(PersonId person, Actor actor) {
    actor.require(Permission.CASE_READ);
    return registry.findPerson(person, actor).map(RegisteredPerson::caseId);
  }

  /**
   * Records the person's profile, replacing the one before (if still at {@code expectedVersion}
   * when given).
   */
  @Transactional
  public Profile record(
      PersonId person, Long expectedVersion, ProfileDetails details, Actor actor) {
    actor.require(Permission.CASE_UPDATE);
    RegisteredPerson p =
        registry
            .findPerson(person, actor)
            .orElseThrow(() -> new NotFoundException("person", person));
    if (!access.canChange(actor, p.holding())) {
      throw new AccessDeniedException("read-only access to case " + p.caseNumber());
    }
    Violations v = new Violations();
    String skills = Fields.optionalText(v, "skills", details.skills(), Fields.LONG_TEXT);
    String education = Fields.optionalText(v, "education", details.education(), Fields.LONG_TEXT);
    String work =
        Fields.optionalText(v, "workExperience", details.workExperience(), Fields.LONG_TEXT);
    String wishes = Fields.optionalText(v, "wishes", details.wishes(), Fields.LONG_TEXT);
    v.throwIfAny();
    Profile before = rows.find(person).orElse(null);
    long version = before == null ? 0 : before.version();
    if (expectedVersion != null && expectedVersion != version) {
      throw new StaleVersionException(version);
    }
    Profile after =
        new Profile(
            person,
            p.caseId(),
            skills,
            education,
            work,
            wishes,
            actor.missionCode(),
            version + 1,
            clock.instant(),
            actor.username());
    rows.save(after);
    List<FieldChange> changes = new ArrayList<>();
    change(changes, "skills", before == null ? null : before.skills(), skills);
    change(changes, "education", before == null ? null : before.education(), education);
    change(changes, "workExperience", before == null ? null : before.workExperience(), work);
    change(changes, "wishes", before == null ? null : before.wishes(), wishes);
    audit.record(
        AuditRecord.of(
                actor.username(), "reintegration.profile-recorded", "case", p.caseId().toString())
            .inMission(p.holding().missionCode())
            .withChanges(changes)
            .withDetails(Map.of("personId", person.toString())));
    return after;
  }

  private static void change(List<FieldChange> changes, String field, String from, String to) {
    if (!Objects.equals(from, to)) {
      changes.add(new FieldChange("profile." + field, from, to));
    }
  }
}
