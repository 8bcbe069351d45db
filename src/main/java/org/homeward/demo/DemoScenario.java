package org.homeward.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.CaseDetails.ConsentDetails;
import org.homeward.registry.CaseDetails.DocumentDetails;
import org.homeward.registry.CaseDetails.MemberDetails;
import org.homeward.registry.generate.Origins;
import org.homeward.registry.generate.Origins.Origin;

/**
 * Generates the Morocco mission's caseload: the same households every time (a fixed seed), dated
 * relative to the day they are loaded so that waiting times look real. About one household in five
 * includes someone the reference scenario puts first: unaccompanied minors, pregnant women, women
 * with young children, sick people.
 */
final class DemoScenario {

  static final int HOUSEHOLDS = 300;
  static final long SEED = 2012L;

  /** The Cameroonian households who went home on the earlier charter to Douala. */
  static final int EARLIER = 4;

  /** How many days before the load they registered (the earlier charter left 440 days before). */
  static final int EARLIER_REGISTERED = 500;

  // the countries of origin, towns and names the generator of trial data uses too
  static final List<Origin> ORIGINS = Origins.ORIGINS;
  static final List<String> SITES = Origins.SITES;
  static final List<String> HOST_CITIES = Origins.HOST_CITIES;
  static final List<String> COUNSELLORS = Origins.COUNSELLORS;

  private final Random random = new Random(SEED);
  private final LocalDate today;

  DemoScenario(Clock clock) {
    this.today = LocalDate.now(clock);
  }

  /** A generated household and where its case stands. */
  record Household(CaseDetails details, List<String> steps) {}

  List<Household> households() {
    List<Household> households = new ArrayList<>(HOUSEHOLDS);
    for (int i = 0; i < HOUSEHOLDS; i++) {
      households.add(household(i));
    }
    return households;
  }

  /**
   * The households of the earlier charter to Douala: Cameroonians registered some sixteen months
   * before the load, counselled, eligible and ready in time to leave on it. Generated after the
   * main caseload, so that it stays the same.
   */
  List<Household> earlier() {
    Origin cameroon =
        ORIGINS.stream().filter(o -> o.country().equals("CMR")).findFirst().orElseThrow();
    List<Household> households = new ArrayList<>(EARLIER);
    for (int i = 0; i < EARLIER; i++) {
      LocalDate registered = today.minusDays(EARLIER_REGISTERED + 3L * i);
      boolean woman = i == 2;
      List<MemberDetails> members =
          List.of(
              member(
                  "PRINCIPAL",
                  woman ? pick(cameroon.givenFemale()) : pick(cameroon.given()),
                  pick(cameroon.family()),
                  woman ? "F" : "M",
                  adultBirth(registered),
                  cameroon,
                  "+2126" + (10000000 + random.nextInt(89999999)),
                  List.of()));
      CaseDetails details =
          new CaseDetails(
              "MAR",
              "CMR",
              pick(cameroon.cities()),
              pick(SITES),
              registered.toString(),
              members,
              null);
      households.add(
          new Household(
              details,
              List.of("COUNSELLED", "CONSENT", "ELIGIBLE", "READY_FOR_DEPARTURE", "BOOKED")));
    }
    return households;
  }

  private Household household(int index) {
    Origin origin = origin();
    String site = pick(SITES);
    LocalDate registered = today.minusDays(3 + random.nextInt(240));
    String family = pick(origin.family());
    List<MemberDetails> members = new ArrayList<>();
    int shape = random.nextInt(100);
    String phone = random.nextInt(10) < 8 ? "+2126" + (10000000 + random.nextInt(89999999)) : null;
    if (shape < 6) {
      // an unaccompanied minor
      members.add(
          member(
              "PRINCIPAL",
              pick(origin.given()),
              family,
              "M",
              registered.minusYears(14 + random.nextInt(4)).minusDays(random.nextInt(300)),
              origin,
              phone,
              List.of()));
    } else if (shape < 14) {
      // a woman with young children
      String mother = pick(origin.givenFemale());
      members.add(
          member(
              "PRINCIPAL", mother, family, "F", adultBirth(registered), origin, phone, List.of()));
      int children = 1 + random.nextInt(2);
      for (int c = 0; c < children; c++) {
        members.add(
            member(
                "CHILD",
                random.nextBoolean() ? pick(origin.given()) : pick(origin.givenFemale()),
                family,
                null,
                registered.minusMonths(3 + random.nextInt(50)),
                origin,
                null,
                List.of()));
      }
    } else if (shape < 21) {
      // a pregnant woman, alone or with her husband
      members.add(
          member(
              "PRINCIPAL",
              pick(origin.givenFemale()),
              family,
              "F",
              registered.minusYears(19 + random.nextInt(15)),
              origin,
              phone,
              List.of("PREGNANT")));
      if (random.nextBoolean()) {
        members.add(
            member(
                "SPOUSE",
                pick(origin.given()),
                family,
                "M",
                adultBirth(registered),
                origin,
                null,
                List.of()));
      }
    } else if (shape < 27) {
      // someone seriously ill
      members.add(
          member(
              "PRINCIPAL",
              pick(origin.given()),
              family,
              "M",
              adultBirth(registered),
              origin,
              phone,
              List.of("SERIOUS_MEDICAL_CONDITION")));
    } else if (shape < 30) {
      members.add(
          member(
              "PRINCIPAL",
              pick(origin.givenFemale()),
              family,
              "F",
              adultBirth(registered),
              origin,
              phone,
              List.of(random.nextBoolean() ? "TRAFFICKING_VICTIM" : "GBV_SURVIVOR")));
    } else if (shape < 40) {
      // a couple, sometimes with children
      members.add(
          member(
              "PRINCIPAL",
              pick(origin.given()),
              family,
              "M",
              adultBirth(registered),
              origin,
              phone,
              List.of()));
      members.add(
          member(
              "SPOUSE",
              pick(origin.givenFemale()),
              family,
              "F",
              adultBirth(registered),
              origin,
              null,
              List.of()));
      if (random.nextBoolean()) {
        members.add(
            member(
                "CHILD",
                pick(origin.given()),
                family,
                "M",
                registered.minusYears(6 + random.nextInt(8)),
                origin,
                null,
                List.of()));
      }
    } else {
      // most are young men travelling alone
      members.add(
          member(
              "PRINCIPAL",
              pick(origin.given()),
              family,
              "M",
              adultBirth(registered),
              origin,
              phone,
              random.nextInt(30) == 0 ? List.of("DISABILITY") : List.of()));
    }
    CaseDetails details =
        new CaseDetails(
            "MAR",
            origin.country(),
            pick(origin.cities()),
            site,
            registered.toString(),
            members,
            null);
    return new Household(details, steps(registered));
  }

  /** Where the case has got to: most are early in their journey, as in a real caseload. */
  private List<String> steps(LocalDate registered) {
    int stage = random.nextInt(100);
    List<String> steps = new ArrayList<>();
    if (stage < 35) {
      return steps;
    }
    steps.add("COUNSELLED");
    if (stage < 50) {
      return steps;
    }
    if (stage < 53) {
      steps.add("INELIGIBLE");
      return steps;
    }
    if (stage < 55) {
      steps.add("REFERRED");
      return steps;
    }
    if (stage < 58) {
      steps.add("WITHDRAWN");
      return steps;
    }
    steps.add("CONSENT");
    steps.add("ELIGIBLE");
    if (stage < 80) {
      return steps;
    }
    steps.add("READY_FOR_DEPARTURE");
    if (stage < 90) {
      return steps;
    }
    steps.add("BOOKED");
    return steps;
  }

  ConsentDetails consent(LocalDate declared, String language) {
    return new ConsentDetails(
        declared.toString(), pick(COUNSELLORS), language, random.nextInt(10) < 9);
  }

  private MemberDetails member(
      String relationship,
      String given,
      String family,
      String sex,
      LocalDate born,
      Origin origin,
      String phone,
      List<String> vulnerabilities) {
    boolean estimated = random.nextInt(4) == 0;
    LocalDate dob = estimated ? LocalDate.of(born.getYear(), 1, 1) : born;
    List<DocumentDetails> documents = new ArrayList<>();
    if (relationship.equals("PRINCIPAL") && random.nextInt(10) < 4) {
      documents.add(
          new DocumentDetails(
              random.nextBoolean() ? "PASSPORT" : "NATIONAL_ID",
              origin.country().substring(0, 2) + (100000 + random.nextInt(899999)),
              origin.country(),
              null));
    }
    return new MemberDetails(
        null,
        relationship,
        given,
        family,
        List.of(),
        sex == null ? (random.nextBoolean() ? "M" : "F") : sex,
        dob.toString(),
        estimated,
        origin.country(),
        pick(origin.cities()),
        List.of(origin.language(), "fr").stream().distinct().toList(),
        phone,
        pick(HOST_CITIES),
        documents,
        vulnerabilities,
        null);
  }

  private LocalDate adultBirth(LocalDate registered) {
    return registered.minusYears(19 + random.nextInt(30)).minusDays(random.nextInt(365));
  }

  private Origin origin() {
    int total = ORIGINS.stream().mapToInt(Origin::weight).sum();
    int roll = random.nextInt(total);
    for (Origin origin : ORIGINS) {
      roll -= origin.weight();
      if (roll < 0) {
        return origin;
      }
    }
    return ORIGINS.getFirst();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
