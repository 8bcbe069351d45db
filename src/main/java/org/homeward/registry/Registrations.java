package org.homeward.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.FieldChange;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Holding;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.registry.Cases.Registration;
import org.homeward.registry.internal.CaseChanges;
import org.homeward.registry.internal.CaseNumbers;
import org.homeward.registry.internal.CaseRepository;
import org.homeward.registry.internal.CaseRules;
import org.homeward.registry.internal.HouseholdVulnerabilities;
import org.homeward.registry.internal.IdempotencyKeys;
import org.homeward.registry.internal.PriorityRule;
import org.homeward.registry.internal.RegistryMetrics;
import org.homeward.shared.CleanText;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ProblemCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A household's details: registered once (a retried request with the same idempotency key finds the
 * first case) and edited afterwards, both checked by {@link CaseRules}.
 */
@Service
class Registrations {

  private final CaseRepository repository;
  private final CaseAccess cases;
  private final CaseReads reads;
  private final Consents consents;
  private final CaseNumbers caseNumbers;
  private final IdempotencyKeys idempotencyKeys;
  private final AccessPolicy access;
  private final Missions missions;
  private final AuditTrail audit;
  private final PriorityRule priorityRule;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final RegistryMetrics metrics;
  private final Clock clock;

  Registrations(
      CaseRepository repository,
      CaseAccess cases,
      CaseReads reads,
      Consents consents,
      CaseNumbers caseNumbers,
      IdempotencyKeys idempotencyKeys,
      AccessPolicy access,
      Missions missions,
      AuditTrail audit,
      PriorityRule priorityRule,
      ApplicationEventPublisher events,
      JsonMapper json,
      RegistryMetrics metrics,
      Clock clock) {
    this.repository = repository;
    this.cases = cases;
    this.reads = reads;
    this.consents = consents;
    this.caseNumbers = caseNumbers;
    this.idempotencyKeys = idempotencyKeys;
    this.access = access;
    this.missions = missions;
    this.audit = audit;
    this.priorityRule = priorityRule;
    this.events = events;
    this.json = json;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Transactional
  public Registration register(CaseDetails details, String idempotencyKey, Actor actor) {
    CleanText.require("Idempotency-Key", idempotencyKey);
    if (idempotencyKey != null) {
      String hash = hash(details);
      var earlier = idempotencyKeys.claim(actor.username(), idempotencyKey, hash);
      if (earlier.isPresent()) {
        if (!earlier.get().requestHash().equals(hash) || earlier.get().caseId() == null) {
          throw new ConflictException(
              ProblemCode.IDEMPOTENCY_KEY_REUSED,
              "this Idempotency-Key was already used for a different request",
              Map.of());
        }
        return new Registration(reads.get(earlier.get().caseId(), actor), false);
      }
    }
    actor.require(Permission.CASE_REGISTER);
    LocalDate today = LocalDate.now(clock);
    CaseRules.Checked checked = CaseRules.check(details, Set.of(), missions::exists, today);
    if (!access.canChange(
        actor, new Holding(checked.missionCode(), checked.destinationCountry(), false))) {
      throw InvalidInputException.of(
          "missionCode",
          "not-your-mission",
          "you cannot register cases for mission " + checked.missionCode());
    }
    Instant now = clock.instant();
    List<Person> members = arrange(checked.members(), today);
    Case c =
        Case.registered(
            CaseId.random(),
            caseNumbers.next(checked.missionCode(), checked.registrationDate().getYear()),
            checked.missionCode(),
            checked.destinationCountry(),
            checked.finalDestination(),
            checked.registrationSite(),
            checked.registrationDate(),
            members,
            Consents.of(checked.consent(), actor),
            priorityRule.of(members),
            actor.username(),
            now);
    repository.insert(c);
    if (c.consent() != null) {
      repository.saveConsent(c.id(), c.consent(), now);
    }
    repository.recordStatusChange(c.id(), null, CaseStatus.REGISTERED, null, actor.username(), now);
    audit.record(
        AuditRecord.of(actor.username(), "case.registered", CaseAccess.SUBJECT, c.id().toString())
            .inMission(c.missionCode())
            .withChanges(CaseChanges.created(c))
            .withDetails(Map.of("caseNumber", c.caseNumber(), "status", c.status().name())));
    if (c.consent() != null) {
      consents.audit(c, actor);
    }
    events.publishEvent(new CaseRegistered(c.id(), c.caseNumber(), c.missionCode(), now));
    metrics.registered();
    if (idempotencyKey != null) {
      idempotencyKeys.complete(actor.username(), idempotencyKey, c.id());
    }
    return new Registration(cases.viewFor(c, actor), true);
  }

  @Transactional
  public Case update(CaseId id, long expectedVersion, CaseDetails details, Actor actor) {
    actor.require(Permission.CASE_UPDATE);
    Case before = cases.lockForChange(id, expectedVersion, actor);
    LocalDate today = LocalDate.now(clock);
    Set<PersonId> existing = before.members().stream().map(Person::id).collect(Collectors.toSet());
    CaseRules.Checked checked = CaseRules.check(details, existing, missions::exists, today);
    Violations.require(v -> {
      v.check(
          checked.missionCode().equals(before.missionCode()),
          "missionCode",
          "read-only",
          "a case cannot move to another mission by editing it");
      v.check(
          details.consent() == null || Consents.isCurrent(before, checked.consent()),
          "consent",
          "read-only",
          "consent is recorded with its own request, not by editing the case");
    });
    List<Person> members =
        arrange(keepHiddenSensitiveData(checked.members(), before, actor), today);
    Instant now = clock.instant();
    Case after =
        before.withDetails(
            checked.destinationCountry(),
            checked.finalDestination(),
            checked.registrationSite(),
            checked.registrationDate(),
            members,
            priorityRule.of(members),
            now);
    List<FieldChange> changes = CaseChanges.between(before, after);
    if (changes.isEmpty()) {
      return cases.viewFor(before, actor);
    }
    cases.save(after, before.version(), actor);
    audit.record(
        AuditRecord.of(actor.username(), "case.updated", CaseAccess.SUBJECT, after.id().toString())
            .inMission(after.missionCode())
            .withChanges(changes));
    Set<PersonId> kept = after.members().stream().map(Person::id).collect(Collectors.toSet());
    events.publishEvent(
        new CaseUpdated(
            after.id(),
            after.caseNumber(),
            after.missionCode(),
            after.members().stream().map(Person::id).filter(p -> !existing.contains(p)).toList(),
            before.members().stream().map(Person::id).filter(p -> !kept.contains(p)).toList(),
            actor.username(),
            now));
    return cases.viewFor(after, actor);
  }

  /**
   * A reader without a need to know never saw the members' sensitive part, so what they send back
   * lacks it: keep what is stored rather than erase it.
   */
  private List<Person> keepHiddenSensitiveData(List<Person> members, Case before, Actor actor) {
    if (access.canSeeSensitive(actor, before.holding())) {
      return members;
    }
    Map<PersonId, Person> stored =
        before.members().stream().collect(Collectors.toMap(Person::id, p -> p));
    return members.stream()
        .map(m -> stored.containsKey(m.id()) ? m.withSensitiveDataOf(stored.get(m.id())) : m)
        .toList();
  }

  /** Derives what the household shows and puts the principal applicant first. */
  private static List<Person> arrange(List<Person> members, LocalDate today) {
    List<Person> derived = new ArrayList<>(HouseholdVulnerabilities.derive(members, today));
    derived.sort(Comparator.comparing(p -> p.relationship() != Relationship.PRINCIPAL));
    return derived;
  }

  private String hash(CaseDetails details) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(json.writeValueAsString(details).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
