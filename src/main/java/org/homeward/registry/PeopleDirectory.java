package org.homeward.registry;

import java.time.Clock;
import java.time.Instant;
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
import org.homeward.registry.internal.MergePointers;
import org.homeward.registry.internal.RegisteredPeople;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's people one by one rather than by household, for merging the two records of a
 * person registered twice once a reviewer confirms it ({@link CaseQueries} finds them). A merge
 * keeps both records: the surviving one takes the chosen value of each identity field, the other
 * points to it, and both cases' histories say so; undoing it puts every original value back.
 */
@Service
public class PeopleDirectory {

  private final RegisteredPeople people;
  private final MergePointers mergePointers;
  private final CaseAccess cases;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Clock clock;

  PeopleDirectory(
      RegisteredPeople people,
      MergePointers mergePointers,
      CaseAccess cases,
      AccessPolicy access,
      AuditTrail audit,
      Clock clock) {
    this.people = people;
    this.mergePointers = mergePointers;
    this.cases = cases;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Merges {@code duplicate} into {@code survivor}: the survivor's identity becomes {@code
   * surviving}, the duplicate's record stays as it was and points to the survivor. Both cases must
   * be the actor's to change.
   *
   * @return the survivor's identity before the merge, for undoing it
   */
  @Transactional
  public PersonIdentity merge(
      PersonId survivor, PersonId duplicate, PersonIdentity surviving, Actor actor) {
    actor.require(Permission.DUPLICATE_REVIEW);
    RegisteredPerson kept = changeable(survivor, actor);
    RegisteredPerson merged = changeable(duplicate, actor);
    if (kept.caseId().equals(merged.caseId())) {
      throw new ConflictException(
          ProblemCode.SAME_HOUSEHOLD, "two members of one household are not merged", Map.of());
    }
    lockCases(kept, merged, actor);
    if (kept.mergedInto() != null || !mergePointers.markMerged(duplicate, survivor)) {
      throw new ConflictException(
          ProblemCode.ALREADY_MERGED,
          "one of these records was already merged into another",
          Map.of());
    }
    PersonIdentity before = replaceIdentity(kept, surviving, actor);
    Instant now = clock.instant();
    audit.record(
        AuditRecord.of(
                actor.username(), "person.merged", CaseAccess.SUBJECT, kept.caseId().toString())
            .inMission(kept.holding().missionCode())
            .withChanges(changes(survivor, before, surviving))
            .withDetails(
                Map.of(
                    "personId",
                    survivor.toString(),
                    "duplicatePersonId",
                    duplicate.toString(),
                    "duplicateCaseNumber",
                    merged.caseNumber())));
    audit.record(
        AuditRecord.of(
                actor.username(),
                "person.merged-into",
                CaseAccess.SUBJECT,
                merged.caseId().toString())
            .inMission(merged.holding().missionCode())
            .withChanges(
                List.of(
                    new FieldChange(
                        "members[" + duplicate + "].mergedInto", null, survivor.toString())))
            .withDetails(
                Map.of(
                    "personId",
                    duplicate.toString(),
                    "survivorPersonId",
                    survivor.toString(),
                    "survivorCaseNumber",
                    kept.caseNumber(),
                    "at",
                    now.toString())));
    return before;
  }

  /**
   * Undoes a merge: the survivor gets back {@code original}, provided its identity is still the
   * {@code merged} one (else someone corrected it since, and that correction is not overwritten),
   * and the duplicate stands on its own again.
   */
  @Transactional
  public void undoMerge(
      PersonId survivor,
      PersonId duplicate,
      PersonIdentity original,
      PersonIdentity merged,
      Actor actor) {
    actor.require(Permission.DUPLICATE_REVIEW);
    RegisteredPerson kept = changeable(survivor, actor);
    RegisteredPerson other = changeable(duplicate, actor);
    lockCases(kept, other, actor);
    if (!kept.identity().equals(merged)) {
      throw new ConflictException(
          ProblemCode.CHANGED_SINCE_MERGE,
          "the surviving record was changed after the merge; correct it by editing the case",
          Map.of("personId", survivor.toString()));
    }
    if (!mergePointers.clearMerged(duplicate, survivor)) {
      throw new ConflictException(
          ProblemCode.NOT_MERGED, "this record is not merged into that one any more", Map.of());
    }
    replaceIdentity(kept, original, actor);
    audit.record(
        AuditRecord.of(
                actor.username(),
                "person.merge-undone",
                CaseAccess.SUBJECT,
                kept.caseId().toString())
            .inMission(kept.holding().missionCode())
            .withChanges(changes(survivor, merged, original))
            .withDetails(
                Map.of(
                    "personId", survivor.toString(), "duplicatePersonId", duplicate.toString())));
    audit.record(
        AuditRecord.of(
                actor.username(),
                "person.merge-undone",
                CaseAccess.SUBJECT,
                other.caseId().toString())
            .inMission(other.holding().missionCode())
            .withChanges(
                List.of(
                    new FieldChange(
                        "members[" + duplicate + "].mergedInto", survivor.toString(), null)))
            .withDetails(
                Map.of("personId", duplicate.toString(), "survivorPersonId", survivor.toString())));
  }

  private PersonIdentity replaceIdentity(
      RegisteredPerson person, PersonIdentity identity, Actor actor) {
    Case before = cases.lockForChange(person.caseId(), null, actor);
    List<Person> members = new ArrayList<>();
    PersonIdentity previous = null;
    for (Person member : before.members()) {
      if (member.id().equals(person.personId())) {
        previous = PersonIdentity.of(member);
        members.add(identity.applyTo(member));
      } else {
        members.add(member);
      }
    }
    if (previous == null) {
      throw new NotFoundException("person", person.personId());
    }
    Case after = before.withMembers(members, clock.instant());
    cases.save(after, before.version(), actor);
    return previous;
  }

  /**
   * Locks the rows of both people's cases, always in the same order, before any member row. An edit
   * locks its case's row and then writes its members; a merge writes a member of each of two cases,
   * so without this it could hold one case's member while waiting for the other case, and a merge
   * and two edits (or two merges) could end up waiting on each other in a circle.
   */
  private void lockCases(RegisteredPerson a, RegisteredPerson b, Actor actor) {
    java.util.stream.Stream.of(a.caseId(), b.caseId())
        .distinct()
        .sorted(java.util.Comparator.comparing(CaseId::value))
        .forEach(id -> cases.lockForChange(id, null, actor));
  }

  private RegisteredPerson changeable(PersonId id, Actor actor) {
    RegisteredPerson person =
        people
            .findPerson(id)
            .filter(p -> access.canRead(actor, p.holding()))
            .orElseThrow(() -> new NotFoundException("person", id));
    if (!access.canChange(actor, person.holding())) {
      throw new AccessDeniedException("read-only access to case " + person.caseNumber());
    }
    return person;
  }

  private static List<FieldChange> changes(
      PersonId id, PersonIdentity before, PersonIdentity after) {
    List<FieldChange> changes = new ArrayList<>();
    String prefix = "members[" + id + "].";
    add(changes, prefix + "givenName", before.givenName(), after.givenName());
    add(changes, prefix + "familyName", before.familyName(), after.familyName());
    add(changes, prefix + "sex", before.sex(), after.sex());
    add(changes, prefix + "dateOfBirth", before.dateOfBirth(), after.dateOfBirth());
    add(changes, prefix + "dobEstimated", before.dobEstimated(), after.dobEstimated());
    add(changes, prefix + "nationality", before.nationality(), after.nationality());
    add(changes, prefix + "placeOfBirth", before.placeOfBirth(), after.placeOfBirth());
    add(changes, prefix + "phone", before.phone(), after.phone());
    add(changes, prefix + "documents", before.documents(), after.documents());
    return changes;
  }

  private static void add(List<FieldChange> changes, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(
          new FieldChange(
              field,
              before == null ? null : before.toString(),
              after == null ? null : after.toString()));
    }
  }
}
