package org.homeward.registry.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.registry.Priority;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;
import org.homeward.registry.generate.GenerateCommand.CaseNumbers;
import org.homeward.registry.generate.GenerateCommand.Rows;
import org.homeward.registry.generate.Origins.Origin;
import org.homeward.registry.internal.HouseholdVulnerabilities;
import org.homeward.registry.internal.PriorityRule;
import org.homeward.registry.internal.SearchText;
import org.homeward.shared.crypto.FieldEncryption;

/**
 * Households like the Morocco mission's: a single adult most often, couples, parents with young
 * children, unaccompanied minors; registered over the past seven years at the given missions, each
 * moved along the return path as far as its age makes likely (older cases further, many closed).
 * Vulnerabilities are recorded as caseworkers do, derived ones (a young child's parent, an older
 * person) as the registry derives them, and the priority as the registry scores it.
 */
final class HouseholdGenerator {

  private static final String ACTOR = "generator";
  private static final List<CaseStatus> PATH =
      List.of(
          CaseStatus.REGISTERED,
          CaseStatus.COUNSELLED,
          CaseStatus.ELIGIBLE,
          CaseStatus.READY_FOR_DEPARTURE,
          CaseStatus.BOOKED,
          CaseStatus.DEPARTED,
          CaseStatus.ARRIVED,
          CaseStatus.IN_REINTEGRATION,
          CaseStatus.CLOSED);

  private final Random random;
  private final List<String> missions;
  private final LocalDate today;
  private final FieldEncryption encryption;
  private final PriorityRule priorities = new PriorityRule();
  private final int totalWeight = Origins.ORIGINS.stream().mapToInt(Origin::weight).sum();

  HouseholdGenerator(
      long seed, List<String> missions, LocalDate today, FieldEncryption encryption) {
    this.random = new Random(seed);
    this.missions = missions;
    this.today = today;
    this.encryption = encryption;
  }

  void next(CaseNumbers numbers, Rows rows) {
    String mission = pick(missions);
    LocalDate registered = today.minusDays(random.nextInt(7 * 365));
    Origin origin = origin();
    UUID caseId = new UUID(random.nextLong(), random.nextLong());
    List<Person> members = HouseholdVulnerabilities.derive(members(origin, registered), today);
    Priority priority = priorities.of(members);

    // older cases have gone further along the path
    int ageDays = (int) (today.toEpochDay() - registered.toEpochDay());
    int furthest = Math.min(PATH.size() - 1, random.nextInt(2 + ageDays / 60));
    Instant at =
        registered.atTime(9 + random.nextInt(8), random.nextInt(60)).toInstant(ZoneOffset.UTC);
    Instant created = at;
    CaseStatus status = null;
    boolean handedOver = false;
    int step = 0;
    for (; step <= furthest; step++) {
      CaseStatus to = PATH.get(step);
      history(rows, caseId, status, to, null, at);
      if (to == CaseStatus.COUNSELLED) {
        consent(rows, caseId, origin, at);
      }
      handedOver |= to == CaseStatus.DEPARTED;
      status = to;
      at =
          at.plusSeconds(86_400L * (1 + random.nextInt(Math.max(1, ageDays / (furthest + 2)) + 1)));
    }
    if (status != CaseStatus.CLOSED && !handedOver && random.nextInt(10) == 0) {
      // about one in ten stops short: withdrawn or deferred, with the reason the rules ask for
      CaseStatus to = random.nextBoolean() ? CaseStatus.WITHDRAWN : CaseStatus.DEFERRED;
      history(
          rows,
          caseId,
          status,
          to,
          to == CaseStatus.WITHDRAWN ? "changed their mind" : "awaiting documents",
          at);
      status = to;
    }
    Instant changedAt = at.isAfter(Instant.now()) ? Instant.now() : at;
    StringBuilder c = rows.cases;
    GenerateCommand.field(c, caseId, false);
    GenerateCommand.field(c, numbers.next(mission, registered.getYear()), false);
    GenerateCommand.field(c, mission, false);
    GenerateCommand.field(c, status.name(), false);
    GenerateCommand.field(c, changedAt, false);
    GenerateCommand.field(c, origin.country(), false);
    GenerateCommand.field(c, pick(origin.cities()), false);
    GenerateCommand.field(c, pick(Origins.SITES), false);
    GenerateCommand.field(c, registered, false);
    GenerateCommand.field(c, priority.score(), false);
    GenerateCommand.field(c, priority.level().name(), false);
    GenerateCommand.field(c, step, false);
    GenerateCommand.field(c, created, false);
    GenerateCommand.field(c, ACTOR, false);
    GenerateCommand.field(c, changedAt, false);
    GenerateCommand.field(c, ACTOR, false);
    GenerateCommand.field(c, handedOver, false);
    GenerateCommand.field(
        c,
        SearchText.caseNames(members.stream().map(HouseholdGenerator::searchName).toList()),
        true);
    for (int i = 0; i < members.size(); i++) {
      person(rows, caseId, i, members.get(i));
    }
    rows.people += members.size();
  }

  private List<Person> members(Origin origin, LocalDate registered) {
    List<Person> members = new ArrayList<>();
    String family = pick(origin.family());
    int shape = random.nextInt(100);
    if (shape < 8) {
      // an unaccompanied minor
      members.add(
          person(
              origin,
              family,
              Relationship.PRINCIPAL,
              sex(),
              birth(registered, 14, 17),
              registered,
              EnumSet.of(Vulnerability.UNACCOMPANIED_CHILD)));
      return members;
    }
    Sex principalSex = random.nextInt(100) < 65 ? Sex.M : Sex.F;
    members.add(
        person(
            origin,
            family,
            Relationship.PRINCIPAL,
            principalSex,
            birth(registered, 18, 66),
            registered,
            recorded(principalSex)));
    if (shape >= 60) {
      Sex other = principalSex == Sex.M ? Sex.F : Sex.M;
      if (shape >= 75) {
        members.add(
            person(
                origin,
                family,
                Relationship.SPOUSE,
                other,
                birth(registered, 18, 55),
                registered,
                recorded(other)));
      }
      int children = shape >= 75 ? random.nextInt(4) : 1 + random.nextInt(3);
      for (int i = 0; i < children; i++) {
        members.add(
            person(
                origin,
                family,
                Relationship.CHILD,
                sex(),
                birth(registered, 0, 15),
                registered,
                EnumSet.noneOf(Vulnerability.class)));
      }
    }
    return members;
  }

  private Set<Vulnerability> recorded(Sex sex) {
    EnumSet<Vulnerability> found = EnumSet.noneOf(Vulnerability.class);
    int roll = random.nextInt(100);
    if (sex == Sex.F && roll < 8) {
      found.add(Vulnerability.PREGNANT);
    } else if (roll < 12) {
      found.add(Vulnerability.SERIOUS_MEDICAL_CONDITION);
    } else if (roll < 14) {
      found.add(Vulnerability.DISABILITY);
    } else if (roll < 16) {
      found.add(Vulnerability.MENTAL_HEALTH);
    } else if (sex == Sex.F && roll < 19) {
      found.add(Vulnerability.GBV_SURVIVOR);
    } else if (roll < 20) {
      found.add(Vulnerability.TRAFFICKING_VICTIM);
    }
    return found;
  }

  private Person person(
      Origin origin,
      String family,
      Relationship relationship,
      Sex sex,
      LocalDate born,
      LocalDate registered,
      Set<Vulnerability> vulnerabilities) {
    String given = pick(sex == Sex.F ? origin.givenFemale() : origin.given());
    boolean adult = born.plusYears(18).isBefore(registered);
    return new Person(
        new PersonId(new UUID(random.nextLong(), random.nextLong())),
        relationship,
        given,
        family,
        List.of(),
        sex,
        born,
        random.nextInt(10) == 0,
        origin.country(),
        pick(origin.cities()),
        List.of(origin.language()),
        adult && random.nextInt(3) > 0 ? "+2126" + (10_000_000 + random.nextInt(90_000_000)) : null,
        pick(Origins.HOST_CITIES),
        List.of(),
        vulnerabilities,
        Set.of(),
        null,
        false);
  }

  private void person(Rows rows, UUID caseId, int position, Person p) {
    List<String> sensitive =
        p.vulnerabilities().stream()
            .filter(Vulnerability::isSensitive)
            .map(Enum::name)
            .sorted()
            .toList();
    byte[] sealed =
        sensitive.isEmpty()
            ? null
            : encryption.seal(
                "{\"vulnerabilities\":[\"" + String.join("\",\"", sensitive) + "\"]}",
                p.id().toString());
    StringBuilder r = rows.persons;
    GenerateCommand.field(r, p.id().value(), false);
    GenerateCommand.field(r, caseId, false);
    GenerateCommand.field(r, position, false);
    GenerateCommand.field(r, p.relationship().name(), false);
    GenerateCommand.field(r, p.givenName(), false);
    GenerateCommand.field(r, p.familyName(), false);
    GenerateCommand.field(r, "{}", false);
    GenerateCommand.field(r, p.sex().name(), false);
    GenerateCommand.field(r, p.dateOfBirth(), false);
    GenerateCommand.field(r, p.dobEstimated(), false);
    GenerateCommand.field(r, p.nationality(), false);
    GenerateCommand.field(r, p.placeOfBirth(), false);
    GenerateCommand.field(r, GenerateCommand.array(p.languages()), false);
    GenerateCommand.field(r, p.phone(), false);
    GenerateCommand.field(r, p.currentCity(), false);
    GenerateCommand.field(r, documents(p), false);
    GenerateCommand.field(
        r,
        GenerateCommand.array(
            p.vulnerabilities().stream()
                .filter(v -> !v.isSensitive())
                .map(Enum::name)
                .sorted()
                .toList()),
        false);
    GenerateCommand.field(
        r,
        GenerateCommand.array(
            p.derivedVulnerabilities().stream().map(Enum::name).sorted().toList()),
        false);
    GenerateCommand.field(r, sealed, false);
    GenerateCommand.field(r, sealed == null ? null : encryption.activeKeyId(), false);
    GenerateCommand.field(
        r,
        GenerateCommand.array(sensitive.stream().map(encryption::blindIndex).sorted().toList()),
        false);
    GenerateCommand.field(r, searchName(p), true);
  }

  /** As a registration stores it (the generated have no other names). */
  private static String searchName(Person p) {
    return SearchText.normalise(p.givenName() + " " + p.familyName() + " ");
  }

  /** About half the adults hold a passport of their country. */
  private String documents(Person p) {
    if (p.relationship() == Relationship.CHILD || random.nextBoolean()) {
      return "[]";
    }
    String number = p.nationality().substring(0, 2) + (1_000_000 + random.nextInt(9_000_000));
    LocalDate expires = today.plusDays(random.nextInt(3650) - 700);
    return "[{\"type\":\"PASSPORT\",\"number\":\""
        + number
        + "\",\"issuingCountry\":\""
        + p.nationality()
        + "\",\"expiresOn\":\""
        + expires
        + "\"}]";
  }

  private void history(
      Rows rows, UUID caseId, CaseStatus from, CaseStatus to, String reason, Instant at) {
    StringBuilder h = rows.history;
    GenerateCommand.field(h, caseId, false);
    GenerateCommand.field(h, from == null ? null : from.name(), false);
    GenerateCommand.field(h, to.name(), false);
    GenerateCommand.field(h, reason, false);
    GenerateCommand.field(h, ACTOR, false);
    GenerateCommand.field(h, at, true);
  }

  private void consent(Rows rows, UUID caseId, Origin origin, Instant at) {
    StringBuilder c = rows.consents;
    GenerateCommand.field(c, caseId, false);
    GenerateCommand.field(c, at.atOffset(ZoneOffset.UTC).toLocalDate(), false);
    GenerateCommand.field(c, pick(Origins.COUNSELLORS), false);
    GenerateCommand.field(c, origin.language(), false);
    GenerateCommand.field(c, true, false);
    GenerateCommand.field(c, ACTOR, false);
    GenerateCommand.field(c, at, true);
  }

  private LocalDate birth(LocalDate registered, int minAge, int maxAge) {
    return registered.minusYears(minAge).minusDays(random.nextInt((maxAge - minAge + 1) * 365));
  }

  private Sex sex() {
    return random.nextBoolean() ? Sex.M : Sex.F;
  }

  private Origin origin() {
    int roll = random.nextInt(totalWeight);
    for (Origin origin : Origins.ORIGINS) {
      roll -= origin.weight();
      if (roll < 0) {
        return origin;
      }
    }
    return Origins.ORIGINS.getLast();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
