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
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.FieldChange;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Holding;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseDetails.ConsentDetails;
import org.homeward.registry.internal.CaseChanges;
import org.homeward.registry.internal.CaseRepository;
import org.homeward.registry.internal.CaseRules;
import org.homeward.registry.internal.HouseholdVulnerabilities;
import org.homeward.registry.internal.PriorityRule;
import org.homeward.registry.internal.RegistryMetrics;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers households, changes their details and consent, and finds them. Every method checks the
 * {@link AccessPolicy} first; a case the actor may not see is reported as not found.
 */
@Service
public class Cases {

  static final String SUBJECT = "case";

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Cases.class);

  private final CaseRepository repository;
  private final AccessPolicy access;
  private final Missions missions;
  private final AuditTrail audit;
  private final PriorityRule priorityRule;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final RegistryMetrics metrics;
  private final Clock clock;

  Cases(
      CaseRepository repository,
      AccessPolicy access,
      Missions missions,
      AuditTrail audit,
      PriorityRule priorityRule,
      ApplicationEventPublisher events,
      JsonMapper json,
      RegistryMetrics metrics,
      Clock clock) {
    this.repository = repository;
    this.access = access;
    this.missions = missions;
    this.audit = audit;
    this.priorityRule = priorityRule;
    this.events = events;
    this.json = json;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** The outcome of a registration: the case, and whether this call created it. */
  public record Registration(Case registered, boolean created) {}

  @Transactional
  public Case register(CaseDetails details, Actor actor) {
    return register(details, null, actor).registered();
  }

  /**
   * Registers a household. With an {@code idempotencyKey}, a retry of the same request returns the
   * case the first one created instead of a second case; the same key with another request is a
   * conflict.
   */
  @Transactional
  public Registration register(CaseDetails details, String idempotencyKey, Actor actor) {
    if (idempotencyKey != null) {
      String hash = hash(details);
      var earlier = repository.claimIdempotencyKey(actor.username(), idempotencyKey, hash);
      if (earlier.isPresent()) {
        if (!earlier.get().requestHash().equals(hash) || earlier.get().caseId() == null) {
          throw new ConflictException(
              "idempotency-key-reused",
              "this Idempotency-Key was already used for a different request",
              Map.of());
        }
        return new Registration(get(earlier.get().caseId(), actor), false);
      }
    }
    require(actor, Permission.CASE_REGISTER);
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
        new Case(
            CaseId.random(),
            repository.nextCaseNumber(checked.missionCode(), checked.registrationDate().getYear()),
            checked.missionCode(),
            CaseStatus.REGISTERED,
            now,
            checked.destinationCountry(),
            checked.finalDestination(),
            checked.registrationSite(),
            checked.registrationDate(),
            members,
            consentOf(checked.consent(), actor),
            priorityRule.of(members),
            1,
            now,
            actor.username(),
            now,
            false);
    repository.insert(c);
    if (c.consent() != null) {
      repository.saveConsent(c.id(), c.consent(), now);
    }
    repository.recordStatusChange(c.id(), null, CaseStatus.REGISTERED, null, actor.username(), now);
    audit.record(
        new AuditRecord(
            actor.username(),
            "case.registered",
            SUBJECT,
            c.id().toString(),
            c.missionCode(),
            null,
            CaseChanges.created(c),
            Map.of("caseNumber", c.caseNumber(), "status", c.status().name())));
    if (c.consent() != null) {
      auditConsent(c, actor, "case.consent-recorded", null);
    }
    events.publishEvent(new CaseRegistered(c.id(), c.caseNumber(), c.missionCode(), now));
    metrics.registered();
    if (idempotencyKey != null) {
      repository.completeIdempotencyKey(actor.username(), idempotencyKey, c.id());
    }
    return new Registration(viewFor(c, actor), true);
  }

  /**
   * The case, if the actor may see it; without its sensitive part unless the actor has a need to
   * know it, in which case the read is audited. A case the actor may not see is not found, exactly
   * as one that does not exist, and the attempt is logged and audited.
   */
  @Transactional
  public Case get(CaseId id, Actor actor) {
    require(actor, Permission.CASE_READ);
    Case c = readable(repository.find(id), id, actor);
    if (!c.hasSensitiveData()) {
      return c;
    }
    if (!access.canSeeSensitive(actor, c.holding())) {
      return c.withoutSensitiveData();
    }
    audit.record(
        new AuditRecord(
            actor.username(),
            "case.sensitive-read",
            SUBJECT,
            c.id().toString(),
            c.missionCode(),
            null,
            List.of(),
            Map.of("caseNumber", c.caseNumber())));
    return c;
  }

  /**
   * {@code c} as {@code actor} may see it: without its sensitive part unless they need to know it.
   */
  Case viewFor(Case c, Actor actor) {
    return access.canSeeSensitive(actor, c.holding()) ? c : c.withoutSensitiveData();
  }

  private Case readable(java.util.Optional<Case> found, CaseId id, Actor actor) {
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
          new AuditRecord(
              actor.username(),
              "case.access-refused",
              SUBJECT,
              id.toString(),
              found.get().missionCode(),
              null,
              List.of(),
              Map.of("actorMission", actor.missionCode())));
    }
    throw new NotFoundException("case", id);
  }

  private static void require(Actor actor, Permission permission) {
    if (!actor.may(permission)) {
      throw new org.springframework.security.access.AccessDeniedException(
          "your roles do not include " + permission);
    }
  }

  /**
   * Replaces the case's details with {@code details} (members sent back with their id keep it;
   * those left out are removed), provided the case is still at {@code expectedVersion}.
   */
  @Transactional
  public Case update(CaseId id, long expectedVersion, CaseDetails details, Actor actor) {
    require(actor, Permission.CASE_UPDATE);
    Case before = lockForChange(id, expectedVersion, actor);
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
          details.consent() == null || sameConsent(before, checked.consent()),
          "consent",
          "read-only",
          "consent is recorded with its own request, not by editing the case");
    });
    List<Person> members =
        arrange(keepHiddenSensitiveData(checked.members(), before, actor), today);
    Instant now = clock.instant();
    Case after =
        new Case(
            before.id(),
            before.caseNumber(),
            before.missionCode(),
            before.status(),
            before.statusChangedAt(),
            checked.destinationCountry(),
            checked.finalDestination(),
            checked.registrationSite(),
            checked.registrationDate(),
            members,
            before.consent(),
            priorityRule.of(members),
            before.version() + 1,
            before.createdAt(),
            before.createdBy(),
            now,
            before.handedOver());
    List<FieldChange> changes = CaseChanges.between(before, after);
    if (changes.isEmpty()) {
      return viewFor(before, actor);
    }
    save(after, before.version(), actor);
    audit.record(
        new AuditRecord(
            actor.username(),
            "case.updated",
            SUBJECT,
            after.id().toString(),
            after.missionCode(),
            null,
            changes,
            Map.of()));
    return viewFor(after, actor);
  }

  /** Records (or corrects) the migrant's declaration of consent to a voluntary return. */
  @Transactional
  public Case recordConsent(CaseId id, Long expectedVersion, ConsentDetails details, Actor actor) {
    require(actor, Permission.CASE_UPDATE);
    Case before = lockForChange(id, expectedVersion, actor);
    Violations violations = new Violations();
    if (details == null) {
      violations.add("", "required", "the consent declaration is missing");
    }
    violations.throwIfAny();
    CaseRules.CheckedConsent checked = CaseRules.consent(violations, details, LocalDate.now(clock));
    violations.throwIfAny();
    if (before.consent() != null && before.consent().isWithdrawn()) {
      throw new ConflictException(
          "consent-withdrawn",
          "consent was withdrawn; a withdrawn case is closed, register the migrant again if they change their mind",
          Map.of());
    }
    Instant now = clock.instant();
    Case after = withConsent(before, consentOf(checked, actor), now);
    save(after, before.version(), actor);
    repository.saveConsent(after.id(), after.consent(), now);
    auditConsent(after, actor, "case.consent-recorded", null);
    return viewFor(after, actor);
  }

  /** One page of the cases the actor may see, most vulnerable first unless sorted otherwise. */
  @Transactional(readOnly = true)
  public ResultPage<CaseSummary> search(CaseSearch search, Actor actor) {
    require(actor, Permission.CASE_READ);
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
    return repository.search(search, access.readScope(actor), access.changeScope(actor));
  }

  /** How many cases the actor may see are in each status; statuses with none are left out. */
  @Transactional(readOnly = true)
  public Map<CaseStatus, Long> countByStatus(Actor actor) {
    require(actor, Permission.CASE_READ);
    return repository.countByStatus(access.readScope(actor));
  }

  /**
   * The actor's own open cases that wait for the caseworker's next step (counselling, an
   * eligibility decision, a deferred case to pick up again), waiting longest first.
   */
  @Transactional(readOnly = true)
  public ResultPage<CaseSummary> pendingWork(Actor actor, int size) {
    Violations.require(v ->
        v.check(
            size >= 1 && size <= CaseSearch.MAX_SIZE,
            "size",
            "out-of-range",
            "size is between 1 and " + CaseSearch.MAX_SIZE));
    require(actor, Permission.CASE_READ);
    return repository.waitingFor(
        actor.username(), CaseStatus.AWAITING_CASEWORKER, access.readScope(actor), size);
  }

  /** Everything that happened to the case, oldest first. */
  @Transactional
  public List<AuditEntry> history(CaseId id, Actor actor) {
    Case c = get(id, actor);
    return audit.history(SUBJECT, c.id().toString());
  }

  /**
   * Records that the case's personal data was disclosed to a third party outside Homeward (a
   * consulate asked for a travel document, a protection agency took a referral): to whom, why, and
   * which data. Nothing is sent; the disclosure is written to the audit trail, where the
   * data-protection focal point finds it.
   */
  @Transactional
  public void recordDisclosure(CaseId id, Disclosure disclosure, Actor actor) {
    require(actor, Permission.PERSON_EXPORT);
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
      v.check(
          disclosure.data() != null && !disclosure.data().isEmpty(),
          "data",
          "required",
          "list the data disclosed (e.g. names, date of birth, photo)");
    });
    Case c = lockForChange(id, null, actor);
    audit.record(
        new AuditRecord(
            actor.username(),
            "case.disclosed",
            SUBJECT,
            c.id().toString(),
            c.missionCode(),
            disclosure.purpose().strip(),
            List.of(),
            Map.of(
                "recipient", disclosure.recipient().strip(),
                "data", List.copyOf(disclosure.data()),
                "caseNumber", c.caseNumber())));
  }

  /**
   * Everything held about one member of a case, for a subject-access request; the export itself is
   * audited with its purpose.
   */
  @Transactional
  public PersonExport exportPerson(CaseId id, PersonId personId, String purpose, Actor actor) {
    require(actor, Permission.PERSON_EXPORT);
    Violations.require(v ->
        v.check(
            purpose != null && !purpose.isBlank() && purpose.length() <= 500,
            "purpose",
            "required",
            "say why the record is exported (e.g. the person's own request of 2012-06-01)"));
    Case c = readable(repository.find(id), id, actor);
    Person person =
        c.members().stream()
            .filter(m -> m.id().equals(personId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("person", personId));
    audit.record(
        new AuditRecord(
            actor.username(),
            "person.exported",
            SUBJECT,
            c.id().toString(),
            c.missionCode(),
            purpose.strip(),
            List.of(),
            Map.of("personId", personId.toString(), "caseNumber", c.caseNumber())));
    Case view = viewFor(c, actor);
    Person shown =
        view.members().stream().filter(m -> m.id().equals(personId)).findFirst().orElseThrow();
    return new PersonExport(
        clock.instant(),
        actor.username(),
        purpose.strip(),
        shown,
        view,
        audit.history(SUBJECT, c.id().toString()));
  }

  /** The case's editable details in the shape of a registration, members with their ids. */
  public static CaseDetails detailsOf(Case c) {
    List<CaseDetails.MemberDetails> members = new ArrayList<>();
    for (Person p : c.members()) {
      members.add(
          new CaseDetails.MemberDetails(
              p.id().toString(),
              p.relationship().name(),
              p.givenName(),
              p.familyName(),
              p.otherNames(),
              p.sex() == null ? null : p.sex().name(),
              p.dateOfBirth() == null ? null : p.dateOfBirth().toString(),
              p.dobEstimated(),
              p.nationality(),
              p.placeOfBirth(),
              p.languages(),
              p.phone(),
              p.currentCity(),
              p.documents().stream()
                  .map(d ->
                      new CaseDetails.DocumentDetails(
                          d.type().name(),
                          d.number(),
                          d.issuingCountry(),
                          d.expiresOn() == null ? null : d.expiresOn().toString()))
                  .toList(),
              p.vulnerabilities().stream().map(Enum::name).sorted().toList(),
              p.vulnerabilityNotes()));
    }
    return new CaseDetails(
        c.missionCode(),
        c.destinationCountry(),
        c.finalDestination(),
        c.registrationSite(),
        c.registrationDate().toString(),
        members,
        null);
  }

  Case lockForChange(CaseId id, Long expectedVersion, Actor actor) {
    Case current =
        repository
            .findForUpdate(id)
            .filter(c -> access.canRead(actor, c.holding()))
            .orElseGet(() -> readable(repository.find(id), id, actor));
    if (!access.canChange(actor, current.holding())) {
      throw new org.springframework.security.access.AccessDeniedException("read-only access");
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

  void auditConsent(Case c, Actor actor, String action, String reason) {
    Consent consent = c.consent();
    audit.record(
        new AuditRecord(
            actor.username(),
            action,
            SUBJECT,
            c.id().toString(),
            c.missionCode(),
            reason,
            List.of(
                new FieldChange("consent.declaredOn", null, String.valueOf(consent.declaredOn())),
                new FieldChange("consent.counsellor", null, consent.counsellor()),
                new FieldChange("consent.language", null, consent.language()),
                new FieldChange("consent.signed", null, consent.signed())),
            Map.of()));
  }

  static Case withConsent(Case c, Consent consent, Instant now) {
    return new Case(
        c.id(),
        c.caseNumber(),
        c.missionCode(),
        c.status(),
        c.statusChangedAt(),
        c.destinationCountry(),
        c.finalDestination(),
        c.registrationSite(),
        c.registrationDate(),
        c.members(),
        consent,
        c.priority(),
        c.version() + 1,
        c.createdAt(),
        c.createdBy(),
        now,
        c.handedOver());
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

  private static Consent consentOf(CaseRules.CheckedConsent checked, Actor actor) {
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

  private static boolean sameConsent(Case c, CaseRules.CheckedConsent consent) {
    Consent current = c.consent();
    return current != null
        && consent != null
        && current.declaredOn().equals(consent.declaredOn())
        && current.counsellor().equals(consent.counsellor())
        && current.language().equals(consent.language())
        && current.signed() == consent.signed();
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
