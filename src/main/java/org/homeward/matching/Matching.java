package org.homeward.matching;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.FieldChange;
import org.homeward.matching.internal.MatchingStore;
import org.homeward.matching.internal.RegistryIndex;
import org.homeward.matching.internal.RunWorker;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.CaseScope;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseRegistered;
import org.homeward.registry.DocumentType;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.PeopleDirectory;
import org.homeward.registry.PersonIdentity;
import org.homeward.registry.RegisteredPerson;
import org.homeward.registry.Sex;
import org.homeward.shared.ConflictException;
import org.homeward.shared.CountryCode;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Duplicate detection in the application: checks a person against the registry before they are
 * registered, lists a case's possible duplicates, screens every new registration into the review
 * queue, and carries out reviewers' decisions. Every method checks the {@link AccessPolicy}: a
 * reader sees only candidates in cases they may open, and a reviewer only pairs whose both cases
 * are theirs. Every decision is audited in the same transaction.
 */
@Service
public class Matching implements SmartLifecycle {

  /** Candidates shown for one person at most: a reviewer reads the first few. */
  static final int MAX_CANDIDATES = 20;

  static final String SUBJECT = "duplicate-pair";

  private final RegistryIndex index;
  private final MatchingStore store;
  private final RunWorker runs;
  private final PeopleDirectory people;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final ReentrantLock screening = new ReentrantLock();
  private final java.util.concurrent.atomic.AtomicInteger screeningsUnderWay =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile boolean stopping;

  Matching(
      RegistryIndex index,
      MatchingStore store,
      RunWorker runs,
      PeopleDirectory people,
      AccessPolicy access,
      AuditTrail audit,
      Clock clock,
      PlatformTransactionManager transactionManager,
      MeterRegistry meters) {
    this.transactions = new TransactionTemplate(transactionManager);
    // registrations screened one at a time: how many wait for their turn in this process
    Gauge.builder("homeward.screening.waiting", screening, ReentrantLock::getQueueLength)
        .description("Registrations waiting in this process for their turn to be screened")
        .register(meters);
    this.index = index;
    this.store = store;
    this.runs = runs;
    this.people = people;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The registered people who may be the person described, most likely first: for a caseworker
   * about to register them. Nothing is saved. Fields are those of a member in a registration.
   */
  public List<PossibleDuplicate> check(CaseDetails.MemberDetails person, Actor actor) {
    require(actor, Permission.CASE_REGISTER);
    PersonIdentity identity = identityOf(person);
    List<PossibleDuplicate> found = new ArrayList<>();
    for (RegistryIndex.Found f : index.check(RegistryIndex.recordOf("checked", identity))) {
      if (access.canRead(actor, f.person().holding())) {
        found.add(possible(f));
      }
      if (found.size() == MAX_CANDIDATES) {
        break;
      }
    }
    return found;
  }

  /**
   * For each member of the case, the people elsewhere in the registry who may be them, leaving out
   * pairs a reviewer marked "not the same person".
   */
  @Transactional
  public List<MemberDuplicates> possibleDuplicates(CaseId caseId, Actor actor) {
    List<MemberDuplicates> result = new ArrayList<>();
    for (RegisteredPerson member : people.membersOf(caseId, actor)) {
      List<PossibleDuplicate> candidates = new ArrayList<>();
      if (member.mergedInto() == null) {
        for (RegistryIndex.Found f : screen(member)) {
          if (access.canRead(actor, f.person().holding()) && candidates.size() < MAX_CANDIDATES) {
            candidates.add(possible(f));
          }
        }
      }
      result.add(
          new MemberDuplicates(
              member.personId(),
              member.identity().givenName() + " " + member.identity().familyName(),
              candidates));
    }
    return result;
  }

  /**
   * Screens a new registration's members against the registry and queues what it finds, after the
   * registration commits and apart from it.
   */
  @Async
  @TransactionalEventListener
  void on(CaseRegistered registered) {
    screeningsUnderWay.incrementAndGet();
    try {
      // one registration at a time: two households saved moments apart are screened on separate
      // threads, and without this the second could be screened before the first joined the index.
      // The turn is taken before the transaction, so a burst of registrations (a mission loading
      // a list) waits without holding a database connection each.
      screening.lock();
      try {
        if (stopping) {
          // failing leaves the event's publication incomplete: it is screened after the restart
          throw new IllegalStateException(
              "the application is stopping; case " + registered.caseId() + " is screened on start");
        }
        transactions.executeWithoutResult(status ->
            screenAndIndex(people.membersOf(registered.caseId(), Actor.system()), clock.instant()));
      } finally {
        screening.unlock();
      }
    } finally {
      screeningsUnderWay.decrementAndGet();
    }
  }

  /**
   * When the application stops, the screening under way finishes its transaction and those waiting
   * for their turn give up without touching the registry, all before the database closes; their
   * events stay unfinished in the publication registry and are screened on the next start.
   */
  @Override
  public void stop() {
    stopping = true;
    long deadline = System.nanoTime() + RunWorker.STOP_WAIT.toNanos();
    while (screeningsUnderWay.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void start() {
    stopping = false;
  }

  @Override
  public boolean isRunning() {
    return !stopping;
  }

  @Override
  public int getPhase() {
    return RunWorker.PHASE;
  }

  private void screenAndIndex(List<RegisteredPerson> members, Instant now) {
    for (RegisteredPerson member : members) {
      for (RegistryIndex.Found f : screen(member)) {
        store.queue(
            f.person(),
            member,
            f.candidate().probability(),
            f.candidate().verdict(),
            f.candidate().explanation(),
            "registration",
            now);
      }
    }
    index.refresh(members.stream().map(RegisteredPerson::personId).toList());
  }

  private List<RegistryIndex.Found> screen(RegisteredPerson member) {
    List<RegistryIndex.Found> found = new ArrayList<>();
    for (RegistryIndex.Found f :
        index.check(RegistryIndex.recordOf(member.personId().toString(), member.identity()))) {
      if (!f.person().caseId().equals(member.caseId())
          && !store.isDistinct(member.personId(), f.person().personId())) {
        found.add(f);
      }
    }
    return found;
  }

  /** Open pairs the reviewer may see (both cases theirs), most likely first. */
  @Transactional(readOnly = true)
  public ReviewQueue reviews(int page, int size, Actor actor) {
    require(actor, Permission.DUPLICATE_REVIEW);
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
    require(actor, Permission.DUPLICATE_REVIEW);
    return store.candidate(id, false).flatMap(c -> item(c, actor)).orElseThrow(() -> notFound(id));
  }

  /** Carries out a reviewer's decision on an open pair; see {@link ReviewDecision}. */
  @Transactional
  public ReviewItem decide(long id, ReviewDecision decision, Actor actor) {
    require(actor, Permission.DUPLICATE_REVIEW);
    String what = decision == null || decision.decision() == null ? "" : decision.decision();
    Violations.require(v ->
        v.check(
            what.equals("SAME_PERSON") || what.equals("NOT_SAME_PERSON"),
            "decision",
            "unknown-value",
            "decision is SAME_PERSON or NOT_SAME_PERSON"));
    MatchingStore.Candidate candidate = store.candidate(id, true).orElseThrow(() -> notFound(id));
    RegisteredPerson a = people.find(candidate.personA(), actor).orElseThrow(() -> notFound(id));
    RegisteredPerson b = people.find(candidate.personB(), actor).orElseThrow(() -> notFound(id));
    if (!candidate.status().equals("OPEN")) {
      throw new ConflictException(
          "already-decided",
          "this pair was already decided: " + candidate.status(),
          Map.of("status", candidate.status()));
    }
    Instant now = clock.instant();
    Map<String, Object> details = new HashMap<>();
    details.put("personA", a.personId().toString());
    details.put("caseNumberA", a.caseNumber());
    details.put("personB", b.personId().toString());
    details.put("caseNumberB", b.caseNumber());
    details.put("probability", candidate.probability());
    if (what.equals("NOT_SAME_PERSON")) {
      store.markDistinct(a.personId(), b.personId(), id, actor.username(), now);
      store.decide(id, "NOT_SAME_PERSON", "NOT_SAME_PERSON", null, actor.username(), now);
      audit.record(
          new AuditRecord(
              actor.username(),
              "duplicate.not-same-person",
              SUBJECT,
              String.valueOf(id),
              b.holding().missionCode(),
              null,
              List.of(new FieldChange("status", "OPEN", "NOT_SAME_PERSON")),
              details));
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
    store.decide(id, "SAME_PERSON", "SAME_PERSON", mergeId, actor.username(), now);
    details.put("mergeId", mergeId);
    details.put("survivor", survivor.personId().toString());
    details.put("kept", kept);
    audit.record(
        new AuditRecord(
            actor.username(),
            "duplicate.merged",
            SUBJECT,
            String.valueOf(id),
            survivor.holding().missionCode(),
            null,
            List.of(new FieldChange("status", "OPEN", "SAME_PERSON")),
            details));
    index.refresh(List.of(survivor.personId(), duplicate.personId()));
    return review(id, actor);
  }

  /** A merge with the identities it started from. */
  @Transactional(readOnly = true)
  public MergeOutcome merge(long mergeId, Actor actor) {
    require(actor, Permission.DUPLICATE_REVIEW);
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
    require(actor, Permission.DUPLICATE_REVIEW);
    MatchingStore.Merge merge =
        store.merge(mergeId, true).orElseThrow(() -> new NotFoundException("merge", mergeId));
    RegisteredPerson survivor = visible(merge, actor);
    if (merge.undone()) {
      throw new ConflictException("already-undone", "this merge was already undone", Map.of());
    }
    people.undoMerge(
        merge.survivor(), merge.duplicate(), merge.survivorBefore(), merge.merged(), actor);
    Instant now = clock.instant();
    store.markUndone(mergeId, actor.username(), now);
    store.decide(merge.candidateId(), "OPEN", "MERGE_UNDONE", mergeId, actor.username(), now);
    audit.record(
        new AuditRecord(
            actor.username(),
            "duplicate.merge-undone",
            SUBJECT,
            String.valueOf(merge.candidateId()),
            survivor.holding().missionCode(),
            null,
            List.of(new FieldChange("status", "SAME_PERSON", "OPEN")),
            Map.of(
                "mergeId", mergeId,
                "survivor", merge.survivor().toString(),
                "duplicate", merge.duplicate().toString())));
    index.refresh(List.of(merge.survivor(), merge.duplicate()));
    return outcome(store.merge(mergeId, false).orElseThrow());
  }

  /**
   * Starts a search of the whole registry in the background, or resumes the last one if it was
   * stopped; refused while one is running.
   */
  @Transactional
  public MatchingRun startRun(Actor actor) {
    require(actor, Permission.DUPLICATE_REVIEW);
    Instant now = clock.instant();
    Optional<MatchingRun> latest = store.latestRun(true);
    long id;
    boolean resumed = false;
    if (latest.isPresent() && Set.of("RUNNING", "STOPPING").contains(latest.get().status())) {
      throw new ConflictException(
          "run-in-progress",
          "a search of the registry is already running",
          Map.of("runId", latest.get().id()));
    }
    if (latest.isPresent() && latest.get().status().equals("STOPPED")) {
      id = latest.get().id();
      store.moveRun(id, List.of("STOPPED"), "RUNNING", now);
      resumed = true;
    } else {
      id = store.createRun(actor.username(), now);
    }
    audit.record(
        new AuditRecord(
            actor.username(),
            resumed ? "duplicate.run-resumed" : "duplicate.run-started",
            "duplicate-run",
            String.valueOf(id),
            actor.missionCode(),
            null,
            List.of(),
            Map.of()));
    long runId = id;
    org.springframework.transaction.support.TransactionSynchronizationManager
        .registerSynchronization(
            new org.springframework.transaction.support.TransactionSynchronization() {
              @Override
              public void afterCommit() {
                runs.submit(runId);
              }
            });
    return store.run(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public MatchingRun run(long id, Actor actor) {
    require(actor, Permission.DUPLICATE_REVIEW);
    return store.run(id).orElseThrow(() -> new NotFoundException("run", id));
  }

  /** The latest search of the registry, for the review page's progress bar; empty before any. */
  @Transactional(readOnly = true)
  public Optional<MatchingRun> latestRun(Actor actor) {
    require(actor, Permission.DUPLICATE_REVIEW);
    return store.latestRun(false);
  }

  /** Asks a running search to stop after the step it is in; it can be resumed later. */
  @Transactional
  public MatchingRun stopRun(long id, Actor actor) {
    require(actor, Permission.DUPLICATE_REVIEW);
    MatchingRun run = store.run(id).orElseThrow(() -> new NotFoundException("run", id));
    if (!store.moveRun(id, List.of("RUNNING"), "STOPPING", clock.instant())) {
      throw new ConflictException(
          "run-not-running", "this run is " + run.status(), Map.of("status", run.status()));
    }
    audit.record(
        new AuditRecord(
            actor.username(),
            "duplicate.run-stopped",
            "duplicate-run",
            String.valueOf(id),
            actor.missionCode(),
            null,
            List.of(),
            Map.of("done", run.done(), "total", run.total())));
    return store.run(id).orElseThrow();
  }

  /** The nightly search of the whole registry; skipped when one is already running. */
  @Scheduled(cron = "${homeward.matching.nightly-run:0 30 2 * * *}")
  void nightlyRun() {
    try {
      startRun(Actor.system());
    } catch (ConflictException e) {
      // a run started by hand is still going: that one will do
    }
  }

  private Optional<ReviewItem> item(MatchingStore.Candidate c, Actor actor) {
    Optional<RegisteredPerson> a = people.find(c.personA(), actor);
    Optional<RegisteredPerson> b = people.find(c.personB(), actor);
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
        people
            .find(merge.survivor(), actor)
            .orElseThrow(() -> new NotFoundException("merge", merge.id()));
    people
        .find(merge.duplicate(), actor)
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

  private static PossibleDuplicate possible(RegistryIndex.Found f) {
    RegisteredPerson p = f.person();
    return new PossibleDuplicate(
        p.personId(),
        p.caseId(),
        p.caseNumber(),
        p.holding().missionCode(),
        p.identity(),
        f.candidate().probability(),
        f.candidate().verdict(),
        f.candidate().explanation());
  }

  /** Reads a person as typed in a registration, reporting every mistake at its field. */
  static PersonIdentity identityOf(CaseDetails.MemberDetails person) {
    Violations v = new Violations();
    if (person == null) {
      v.add("", "required", "send the person's fields, as for a member of a registration");
      v.throwIfAny();
    }
    v.check(
        !blank(person.givenName()) || !blank(person.familyName()),
        "familyName",
        "required",
        "a name is needed to look for the person");
    LocalDate born = null;
    if (!blank(person.dateOfBirth())) {
      try {
        born = LocalDate.parse(person.dateOfBirth().strip());
      } catch (DateTimeParseException e) {
        v.add(
            "dateOfBirth",
            "malformed-date",
            "'" + person.dateOfBirth() + "' is not a date in the form YYYY-MM-DD");
      }
    }
    Sex sex = null;
    if (!blank(person.sex())) {
      try {
        sex = Sex.valueOf(person.sex().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        v.add("sex", "unknown-value", "sex is F, M or X");
      }
    }
    String nationality =
        blank(person.nationality()) ? null : person.nationality().strip().toUpperCase(Locale.ROOT);
    if (nationality != null) {
      v.check(
          CountryCode.isValid(nationality),
          "nationality",
          "unknown-country",
          "'" + person.nationality() + "' is not an ISO 3166-1 alpha-3 country code");
    }
    List<IdentityDocument> documents = new ArrayList<>();
    if (person.documents() != null) {
      for (int i = 0; i < person.documents().size(); i++) {
        CaseDetails.DocumentDetails d = person.documents().get(i);
        if (d == null || blank(d.type()) || blank(d.number())) {
          continue;
        }
        try {
          documents.add(
              new IdentityDocument(
                  DocumentType.valueOf(d.type().strip().toUpperCase(Locale.ROOT)),
                  d.number().strip(),
                  d.issuingCountry(),
                  null));
        } catch (IllegalArgumentException e) {
          v.add(
              "documents[" + i + "].type",
              "unknown-value",
              "'" + d.type() + "' is not one of " + java.util.EnumSet.allOf(DocumentType.class));
        }
      }
    }
    v.throwIfAny();
    return new PersonIdentity(
        strip(person.givenName()),
        strip(person.familyName()),
        sex,
        born,
        Boolean.TRUE.equals(person.dobEstimated()),
        nationality,
        strip(person.placeOfBirth()),
        strip(person.phone()),
        documents);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String strip(String s) {
    return blank(s) ? null : s.strip();
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("review", id);
  }

  private static void require(Actor actor, Permission permission) {
    if (!actor.may(permission)) {
      throw new AccessDeniedException("your roles do not include " + permission);
    }
  }
}
