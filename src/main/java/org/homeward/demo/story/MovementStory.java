package org.homeward.demo.story;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.homeward.movement.FitnessOutcome;
import org.homeward.movement.TravelDocumentType;
import org.homeward.movement.TravelRecords;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.Case;
import org.homeward.registry.Person;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.CountryCode;

/**
 * The travel documents and fitness checks of the demo cases, told like their registrations (dated
 * before the day of the load):
 *
 * <ul>
 *   <li>every member of a case that is ready for departure or booked holds a travel document issued
 *       and collected in the last weeks (mostly laissez-passer of the consulate of their country,
 *       some emergency travel documents and new passports), its request sent to the consulate on
 *       its list first, and a fit-to-travel check of the last days that holds for six weeks: a
 *       medical escort for the seriously ill, a note for pregnant women. A few ready (not booked)
 *       cases' documents expire within three weeks, so that a later charter cannot take them;
 *   <li>most eligible households going to Cameroon, Nigeria, Senegal or Côte d'Ivoire wait for a
 *       laissez-passer requested of their consulate, those asked for more than four days ago
 *       already sent on its list.
 * </ul>
 */
public final class MovementStory {

  static final Actor MOVEMENT = new Actor("movement.mar", "MAR", Set.of(Role.MOVEMENT_OFFICER));
  static final Actor MEDICAL = new Actor("medical.mar", "MAR", Set.of(Role.MEDICAL_OFFICER));

  /** The consulates whose lists the demo shows waiting. */
  static final Set<String> CONSULATES = Set.of("CMR", "NGA", "SEN", "CIV");

  private final Random random = new Random(2012_11L);
  private final LocalDate today;
  private final TravelRecords records;
  private final Map<String, List<UUID>> toSend = new LinkedHashMap<>();
  private int documents;
  private int waiting;

  public MovementStory(Clock clock, TravelRecords records) {
    this.today = LocalDate.now(clock);
    this.records = records;
  }

  /**
   * Documents and fitness for every member of {@code c}, before its step to READY_FOR_DEPARTURE.
   *
   * @param booked the case goes on to be booked on a flight: its documents hold for months
   */
  public void readyToTravel(Case c, boolean booked) {
    LocalDate registered = c.registrationDate();
    boolean expiresSoon = !booked && random.nextInt(8) == 0;
    for (Person p : c.members()) {
      String country = consulate(p, c);
      TravelDocumentType type = type();
      LocalDate requested =
          notAfter(latest(registered.plusDays(1), today.minusDays(20 + random.nextInt(15))), today);
      UUID id = records.requestDocument(p.id(), type, country, requested, MOVEMENT);
      LocalDate sent = notAfter(requested.plusDays(1), today);
      if (type.consular()) {
        // the consulate issues what it was sent on its list
        records.requestsSent(country, List.of(id), sent, MOVEMENT);
      }
      LocalDate issued = notAfter(sent.plusDays(5 + random.nextInt(6)), today);
      LocalDate expires =
          expiresSoon
              ? today.plusDays(10 + random.nextInt(8))
              : type == TravelDocumentType.PASSPORT ? issued.plusYears(5) : issued.plusMonths(4);
      records.documentIssued(id, number(type, country), issued, expires, MOVEMENT);
      records.documentCollected(
          id, notAfter(issued.plusDays(1 + random.nextInt(3)), today), MOVEMENT);
      LocalDate checked = latest(registered, today.minusDays(1 + random.nextInt(7)));
      records.fitnessChecked(
          p.id(), checked, outcome(p), checked.plusDays(45), details(p), MEDICAL);
      documents++;
    }
  }

  /**
   * A laissez-passer requested for each member of an eligible household going to one of the four
   * consulates, most of the time; not issued yet.
   */
  public void waitingForDocuments(Case c) {
    if (!CONSULATES.contains(c.destinationCountry()) || random.nextInt(10) < 3) {
      return;
    }
    LocalDate requested =
        latest(c.registrationDate().plusDays(1), today.minusDays(1 + random.nextInt(25)));
    requested = notAfter(requested, today);
    for (Person p : c.members()) {
      String country = consulate(p, c);
      UUID id =
          records.requestDocument(
              p.id(), TravelDocumentType.LAISSEZ_PASSER, country, requested, MOVEMENT);
      if (!requested.isAfter(today.minusDays(4))) {
        toSend.computeIfAbsent(country, k -> new ArrayList<>()).add(id);
      }
      waiting++;
    }
  }

  /**
   * The lists of the waiting requests asked for more than four days ago went out three days ago.
   */
  public void sendLists() {
    toSend.forEach(
        (country, ids) -> records.requestsSent(country, ids, today.minusDays(3), MOVEMENT));
    toSend.clear();
  }

  public int documents() {
    return documents;
  }

  public int waiting() {
    return waiting;
  }

  /** The consulate of the person's own country, else of the country the household returns to. */
  private static String consulate(Person p, Case c) {
    return CountryCode.isValid(p.nationality()) ? p.nationality() : c.destinationCountry();
  }

  private TravelDocumentType type() {
    int roll = random.nextInt(100);
    return roll < 75
        ? TravelDocumentType.LAISSEZ_PASSER
        : roll < 90 ? TravelDocumentType.EMERGENCY_TRAVEL_DOCUMENT : TravelDocumentType.PASSPORT;
  }

  private String number(TravelDocumentType type, String country) {
    String prefix =
        switch (type) {
          case LAISSEZ_PASSER -> "LP";
          case EMERGENCY_TRAVEL_DOCUMENT -> "ETD";
          case PASSPORT -> country.substring(0, 2);
        };
    return prefix + "-" + country + "-" + today.getYear() + "-" + (10000 + random.nextInt(89999));
  }

  private static FitnessOutcome outcome(Person p) {
    return p.vulnerabilities().contains(Vulnerability.SERIOUS_MEDICAL_CONDITION)
        ? FitnessOutcome.FIT_WITH_ESCORT
        : FitnessOutcome.FIT;
  }

  private static String details(Person p) {
    if (p.vulnerabilities().contains(Vulnerability.SERIOUS_MEDICAL_CONDITION)) {
      return "Insulin-dependent diabetes, stable. Fit to fly with a nurse escort who carries the"
          + " insulin in the cabin and checks blood sugar on arrival.";
    }
    if (p.vulnerabilities().contains(Vulnerability.PREGNANT)) {
      return "Pregnancy without complication, under 28 weeks on the day of the check: fit to fly;"
          + " aisle seat.";
    }
    return null;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate notAfter(LocalDate day, LocalDate last) {
    return day.isAfter(last) ? last : day;
  }
}
