package org.homeward.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.FieldChange;
import org.homeward.matching.internal.MatchingStore;
import org.homeward.matching.internal.RegistryIndex;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.CaseScope;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseQueries;
import org.homeward.registry.PeopleDirectory;
import org.homeward.registry.PersonId;
import org.homeward.registry.PersonIdentity;
import org.homeward.registry.RegisteredPerson;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ProblemCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue and reviewers' decisions on it: merge (keeping both records), undo a merge, or
 * "not the same person", never proposed again. A reviewer sees only pairs whose both cases are
 * theirs; every decision is audited in the same transaction.
 */
@Component
class Reviews {

  static final String SUBJECT = "duplicate-pair";

  private final RegistryIndex index;
  private final MatchingStore store;
  private final CaseQueries queries;
  private final PeopleDirectory people;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Clock clock;

  Reviews(
      RegistryIndex index,
      MatchingStore store,
      CaseQueries queries,
      PeopleDirectory people,
      AccessPolicy access,
      AuditTrail audit,
      Clock clock) {
    this.index = index;
    this.store = store;
    this.queries = queries;
    this.people = people;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Open pairs the reviewer may see (both cases theirs), most likely first. */
  @Transactional(readOnly = true)
  public ReviewQueue reviews(int page, int size, Actor actor) {
    actor.require(Permission.DUPLICATE_REVIEW);
    Violations.require(v -> {
      v.check(page >= 0, "page", "out-of-range", "page counts from 0");
      v.check(size >= 1 && size <= 100, "size", "out-of-range", "size is between 1 and 100");
    });
    CaseScope scope = access.readScope(actor);
    if (scope.isEmpty()) {
      return new ReviewQueue(List.of(), page, size, 0);
    }
    List<ReviewItem> items = new ArrayList<>();
    for (MatchingStore.Candidate c : store.openPairs(scope, page, size)) {
      item(c, actor).ifPresent(items::add);
    }
    return new ReviewQueue(items, page, size, store.countOpen(scope));
  }

  /** One pair of the queue, decided or not. */
  @Transactional(readOnly = true)
  public ReviewItem review(long id, Actor actor) {
    actor.require(Permission.DUPLICATE_REVIEW);
    return store.candidate(id, false).flatMap(c -> item(c, actor)).orElseThrow(() -> notFound(id));
  }

  /** The most people a review group gathers: more than one person registers as. */
  static final int GROUP_LIMIT = 16;

  /**
   * The group an open pair belongs to: the open pairs that link its two people with others, and
   * those others with more, breadth first (at most {@value #GROUP_LIMIT} people), most likely
   * first, the pair itself included. Each carries its explanation: why that link holds. Pairs the
   * reviewer may not see are left out, and so are the people only they would reach; so are pairs
   * whose record was merged away, as the queue leaves them out.
   */
  @Transactional(readOnly = true)
  public List<ReviewItem> group(long id, Actor actor) {
    ReviewItem pair = review(id, actor);
    Set<PersonId> reached = new LinkedHashSet<>(List.of(pair.a().personId(), pair.b().personId()));
    Deque<PersonId> next = new ArrayDeque<>(reached);
    Map<Long, ReviewItem> links = new LinkedHashMap<>();
    links.put(pair.id(), pair);
    while (!next.isEmpty()) {
      for (MatchingStore.Candidate c : store.openPairsOf(next.poll())) {
        if (links.containsKey(c.id())) {
          continue;
        }
        boolean joins = reached.contains(c.personA()) && reached.contains(c.personB());
        if (!joins && reached.size() >= GROUP_LIMIT) {
          continue;
        }
        Optional<ReviewItem> link = item(c, actor);
        if (link.isEmpty()) {
          continue;
        }
        links.put(c.id(), link.get());
        for (PersonId person : List.of(c.personA(), c.personB())) {
          if (reached.add(person)) {
            next.add(person);
          }
        }
      }
    }
    List<ReviewItem> group = new ArrayList<>(links.values());
    group.sort(Comparator.comparingDouble(ReviewItem::probability).reversed());
    return group;
  }

  /** Carries out a reviewer's decision on an open pair; see {@link ReviewDecision}. */
  @Transactional
  public ReviewItem decide(long id, ReviewDecision decision, Actor actor) {
    actor.require(Permission.DUPLICATE_REVIEW);
    ReviewDecision.Outcome what = decision == null ? null : decision.outcome().orElse(null);
    Violations.require(v ->
        v.check(
            what != null,
            "decision",
            "unknown-value",
            "decision is SAME_PERSON or NOT_SAME_PERSON"));
    MatchingStore.Candidate candidate = store.candidate(id, true).orElseThrow(() -> notFound(id));
    RegisteredPerson a =
        queries.findPerson(candidate.personA(), actor).orElseThrow(() -> notFound(id));
    RegisteredPerson b =
        queries.findPerson(candidate.personB(), actor).orElseThrow(() -> notFound(id));
    if (candidate.status() != ReviewStatus.OPEN) {
      throw new ConflictException(
          ProblemCode.ALREADY_DECIDED,
          "this pair was already decided: " + candidate.status(),
          Map.of("status", candidate.status().name()));
    }
    Instant now = clock.instant();
    Map<String, Object> details = new HashMap<>();
    details.put("personA", a.personId().toString());
    details.put("caseNumberA", a.caseNumber());
    details.put("personB", b.personId().toString());
    details.put("caseNumberB", b.caseNumber());
    details.put("probability", candidate.probability());
    if (what == ReviewDecision.Outcome.NOT_SAME_PERSON) {
      store.markDistinct(a.personId(), b.personId(), id, actor.username(), now);
      store.decide(id, ReviewStatus.NOT_SAME_PERSON, what.name(), null, actor.username(), now);
      audit.record(
          AuditRecord.of(actor.username(), "duplicate.not-same-person", SUBJECT, String.valueOf(id))
              .inMission(b.holding().missionCode())
              .withChanges(
                  List.of(
                      new FieldChange(
                          "status", ReviewStatus.OPEN.name(), ReviewStatus.NOT_SAME_PERSON.name())))
              .withDetails(details));
      return review(id, actor);
    }
    String survivorSide = decision.survivor() == null ? "a" : decision.survivor();
    Violations v = new Violations();
    v.check(
        survivorSide.equals("a") || survivorSide.equals("b"),
        "survivor",
        "unknown-value",
        "the surviving record is a or b");
    RegisteredPerson survivor = survivorSide.equals("b") ? b : a;
    RegisteredPerson duplicate = survivor == a ? b : a;
    PersonIdentity merged = survivor.identity();
    Map<String, String> kept = new LinkedHashMap<>();
    for (String field : PersonIdentity.FIELDS) {
      kept.put(field, survivor == a ? "a" : "b");
    }
    for (Map.Entry<String, String> choice : decision.keep().entrySet()) {
      String field = choice.getKey();
      String side = choice.getValue();
      if (!v.check(
              PersonIdentity.FIELDS.contains(field),
              "keep." + field,
              "unknown-field",
              "a merge chooses among " + PersonIdentity.FIELDS)
          || !v.check(
              "a".equals(side) || "b".equals(side),
              "keep." + field,
              "unknown-value",
              "keep a field's value from record a or b")) {
        continue;
      }
      merged = merged.with(field, side.equals("a") ? a.identity() : b.identity());
      kept.put(field, side);
    }
    v.throwIfAny();
    PersonIdentity before = people.merge(survivor.personId(), duplicate.personId(), merged, actor);
    long mergeId =
        store.insertMerge(
            id,
            survivor.personId(),
            duplicate.personId(),
            kept,
            before,
            duplicate.identity(),
            merged,
            actor.username(),
            now);
    store.decide(
        id,
        ReviewStatus.SAME_PERSON,
        ReviewDecision.Outcome.SAME_PERSON.name(),
        mergeId,
        actor.username(),
        now);
    details.put("mergeId", mergeId);
    details.put("survivor", survivor.personId().toString());
    details.put("kept", kept);
    audit.record(
        AuditRecord.of(actor.username(), "duplicate.merged", SUBJECT, String.valueOf(id))
            .inMission(survivor.holding().missionCode())
            .withChanges(
                List.of(
                    new FieldChange(
                        "status", ReviewStatus.OPEN.name(), ReviewStatus.SAME_PERSON.name())))
            .withDetails(details));
    index.refresh(List.of(survivor.personId(), duplicate.personId()));
    return review(id, actor);
  }

  /** A merge with the identities it started from. */
  @Transactional(readOnly = true)
  public MergeOutcome merge(long mergeId, Actor actor) {
    actor.require(Permission.DUPLICATE_REVIEW);
    MatchingStore.Merge merge =
        store.merge(mergeId, false).orElseThrow(() -> new NotFoundException("merge", mergeId));
    visible(merge, actor);
    return outcome(merge);
  }

  /**
   * Undoes a merge: the surviving record gets back every value it had, the other stands on its own
   * again, and the pair returns to the queue for a new decision.
   */
  @Transactional
  public MergeOutcome undoMerge(long mergeId, Actor actor) {
    actor.require(Permission.DUPLICATE_REVIEW);
    MatchingStore.Merge merge =
        store.merge(mergeId, true).orElseThrow(() -> new NotFoundException("merge", mergeId));
    RegisteredPerson survivor = visible(merge, actor);
    if (merge.undone()) {
      throw new ConflictException(
          ProblemCode.ALREADY_UNDONE, "this merge was already undone", Map.of());
    }
    people.undoMerge(
        merge.survivor(), merge.duplicate(), merge.survivorBefore(), merge.merged(), actor);
    Instant now = clock.instant();
    store.markUndone(mergeId, actor.username(), now);
    store.decide(
        merge.candidateId(), ReviewStatus.OPEN, "MERGE_UNDONE", mergeId, actor.username(), now);
    audit.record(
        AuditRecord.of(
                actor.username(),
                "duplicate.merge-undone",
                SUBJECT,
                String.valueOf(merge.candidateId()))
            .inMission(survivor.holding().missionCode())
            .withChanges(
                List.of(
                    new FieldChange(
                        "status", ReviewStatus.SAME_PERSON.name(), ReviewStatus.OPEN.name())))
            .withDetails(
                Map.of(
                    "mergeId",
                    mergeId,
                    "survivor",
                    merge.survivor().toString(),
                    "duplicate",
                    merge.duplicate().toString())));
    index.refresh(List.of(merge.survivor(), merge.duplicate()));
    return outcome(store.merge(mergeId, false).orElseThrow());
  }

  private Optional<ReviewItem> item(MatchingStore.Candidate c, Actor actor) {
    Optional<RegisteredPerson> a = queries.findPerson(c.personA(), actor);
    Optional<RegisteredPerson> b = queries.findPerson(c.personB(), actor);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ReviewItem(
            c.id(),
            c.probability(),
            c.verdict(),
            a.get(),
            b.get(),
            c.explanation(),
            c.status(),
            c.foundBy(),
            c.foundAt(),
            c.mergeId()));
  }

  private RegisteredPerson visible(MatchingStore.Merge merge, Actor actor) {
    RegisteredPerson survivor =
        queries
            .findPerson(merge.survivor(), actor)
            .orElseThrow(() -> new NotFoundException("merge", merge.id()));
    queries
        .findPerson(merge.duplicate(), actor)
        .orElseThrow(() -> new NotFoundException("merge", merge.id()));
    return survivor;
  }

  private static MergeOutcome outcome(MatchingStore.Merge merge) {
    return new MergeOutcome(
        merge.id(),
        merge.candidateId(),
        merge.survivor(),
        merge.duplicate(),
        merge.survivorBefore(),
        merge.duplicateIdentity(),
        merge.merged(),
        merge.undone());
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("review", id);
  }
}
