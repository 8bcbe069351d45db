package org.homeward.demo.story;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.movement.FlightDetails;
import org.homeward.movement.FlightId;
import org.homeward.movement.FlightKind;
import org.homeward.movement.FlightStatus;
import org.homeward.movement.Flights;
import org.homeward.movement.HouseholdBooking;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.Case;
import org.homeward.registry.Person;
import org.javamoney.moneta.Money;

/**
 * The charters of the reference story, told around the day the demo is loaded: the Government of
 * Morocco charters flights home from Casablanca, and the mission fills them with the households
 * ready to go.
 *
 * <ul>
 *   <li>some fourteen months and a half ago a charter to Douala took home the Cameroonians
 *       registered a few weeks before it; the Cameroon mission confirmed each arrival for the day
 *       it landed;
 *   <li>three weeks ago a charter to Douala left and arrived; the Cameroon mission has confirmed
 *       the arrival of its households but the last two, which wait on its arrivals page;
 *   <li>nine days ago a charter to Abidjan left and landed; the Côte d'Ivoire mission has yet to
 *       confirm its households;
 *   <li>in four days a confirmed charter leaves for Lagos, its manifest final;
 *   <li>next week a charter to Douala and, in twelve days, one to Dakar are planned; the Dakar one
 *       has households booked already, the Douala one is for the planner to fill.
 * </ul>
 *
 * Every demo household that is BOOKED is booked on one of these; a household meant to have left
 * already is put on a past flight only if it was registered a fortnight before it (the others go on
 * the next flight to their country, or stay ready when there is none).
 */
public final class FlightStory {

  static final Actor MOVEMENT = new Actor("movement.mar", "MAR", Set.of(Role.MOVEMENT_OFFICER));
  static final Actor CAMEROON = new Actor("caseworker.cmr", "CMR", Set.of(Role.CASEWORKER));
  public static final String CHARTERER = "Government of Morocco";
  static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
  static final int ARRIVALS_LEFT_TO_CONFIRM = 2;

  /** The earlier charter to Douala left this many days before the load (some 14½ months). */
  public static final int EARLIER_DAYS = -440;

  /** One charter of the story: where to, how many days from the day of loading, its seats. */
  public record Charter(
      String number,
      String airport,
      String country,
      int days,
      int seats,
      String cost,
      FlightStatus status) {}

  public static final List<Charter> CHARTERS =
      List.of(
          new Charter(
              "AT 9391", "DLA", "CMR", EARLIER_DAYS, 150, "450000.00", FlightStatus.ARRIVED),
          new Charter("AT 9402", "DLA", "CMR", -21, 160, "480000.00", FlightStatus.ARRIVED),
          new Charter("AT 9418", "ABJ", "CIV", -9, 150, "435000.00", FlightStatus.ARRIVED),
          new Charter("AT 9431", "LOS", "NGA", 4, 180, "558000.00", FlightStatus.CONFIRMED),
          new Charter("AT 9440", "DLA", "CMR", 7, 170, "510000.00", FlightStatus.PLANNED),
          new Charter("AT 9447", "DSS", "SEN", 12, 150, "405000.00", FlightStatus.PLANNED));

  private final LocalDate today;

  public FlightStory(Clock clock) {
    this.today = LocalDate.now(clock.withZone(CASABLANCA));
  }

  /** Schedules the charters and books {@code toBook} (ready households) on them. */
  public int load(Flights flights, List<Case> toBook) {
    Map<Charter, List<Case>> passengers = new LinkedHashMap<>();
    CHARTERS.forEach(c -> passengers.put(c, new ArrayList<>()));
    for (Case household : toBook) {
      CHARTERS.stream()
          .filter(c -> c.country().equals(household.destinationCountry()))
          .filter(c -> c.days() >= 0 || registeredBefore(household, c))
          .findFirst()
          .ifPresent(c -> passengers.get(c).add(household));
    }
    int booked = 0;
    for (Charter charter : CHARTERS) {
      FlightId flight = flights.schedule(details(charter), MOVEMENT);
      List<Case> households = passengers.get(charter);
      if (!households.isEmpty()) {
        flights.book(
            flight, households.stream().map(h -> HouseholdBooking.of(h.id())).toList(), MOVEMENT);
        booked += households.size();
      }
      if (charter.status() == FlightStatus.PLANNED) {
        continue;
      }
      flights.step(flight, FlightStatus.CONFIRMED, null, MOVEMENT);
      if (charter.days() >= 0) {
        continue;
      }
      for (Case household : households) {
        for (Person member : household.members()) {
          flights.checkIn(flight, member.id(), MOVEMENT);
          flights.board(flight, member.id(), MOVEMENT);
        }
      }
      flights.depart(flight, MOVEMENT);
      // the Cameroon mission confirmed the arrivals of the earlier charter, and those of the last
      // but the last ones; the others land unconfirmed. Each is confirmed for the day it landed.
      int confirmed =
          !charter.country().equals("CMR")
              ? 0
              : charter.days() == EARLIER_DAYS
                  ? households.size()
                  : Math.max(0, households.size() - ARRIVALS_LEFT_TO_CONFIRM);
      LocalDate landed = today.plusDays(charter.days());
      for (Case household : households.subList(0, confirmed)) {
        flights.confirmArrival(flight, household.id(), landed, CAMEROON);
      }
      if (confirmed == 0) {
        flights.step(flight, FlightStatus.ARRIVED, null, MOVEMENT);
      }
    }
    return booked;
  }

  private boolean registeredBefore(Case household, Charter charter) {
    return household.registrationDate() != null
        && !household.registrationDate().isAfter(today.plusDays(charter.days() - 14L));
  }

  private FlightDetails details(Charter charter) {
    return new FlightDetails(
        "MAR",
        FlightKind.CHARTER,
        CHARTERER,
        charter.number(),
        "CMN",
        charter.airport(),
        charter.country(),
        today.plusDays(charter.days()).atTime(LocalTime.of(8, 30)),
        CASABLANCA,
        charter.seats(),
        null,
        Money.of(new BigDecimal(charter.cost()), "MAD"));
  }
}
