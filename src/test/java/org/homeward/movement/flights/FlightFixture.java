package org.homeward.movement.flights;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.funding.FundingFixture;
import org.homeward.movement.FlightDetails;
import org.homeward.movement.FlightId;
import org.homeward.movement.FlightKind;
import org.homeward.movement.FlightStatus;
import org.homeward.movement.Flights;
import org.homeward.movement.HouseholdBooking;
import org.homeward.movement.MovementFixture;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.Case;
import org.homeward.registry.Households;
import org.homeward.registry.Person;
import org.javamoney.moneta.Money;
import tools.jackson.databind.JsonNode;

/**
 * Households ready for departure and flights to put them on, set up through the API as the Morocco
 * mission's caseworker, finance and movement officers would. Each test class funds returns to a
 * country no other test and no demo project pays for, so that the project paying for its cases (USD
 * 300 a seat, 50 pocket money, 400 reintegration per person) is its own.
 */
public final class FlightFixture {

  public static final String SEAT_SHARE = "300.00";
  public static final String POCKET_MONEY = "50.00";

  public final ApiClient movement;
  public final ApiClient caseworker;
  public final ApiClient chief;
  public final ApiClient receiving;
  public final FundingFixture money;
  private final String destination;
  private final MovementFixture travel;

  public FlightFixture(int port, String destination) {
    this.travel = new MovementFixture(port);
    this.movement = ApiClient.as(port, "movement.mar");
    this.caseworker = ApiClient.as(port, "caseworker.mar");
    this.chief = ApiClient.as(port, "chief.mar");
    this.receiving = ApiClient.as(port, "caseworker.cmr");
    this.money = new FundingFixture(port);
    this.destination = destination;
  }

  /** A project paying for returns to the fixture's country, with money for many households. */
  public long fund() {
    long donor = money.donor("Movement donor " + destination);
    long project = money.project(donor, destination, "USD", SEAT_SHARE, POCKET_MONEY, "400.00");
    String today = LocalDate.now().toString();
    money.contribute(donor, project, "500000.00", "USD", today, today);
    return project;
  }

  /** A man of 35 travelling alone, with a passport. */
  public Map<String, Object> single() {
    Map<String, Object> man =
        member("Issa", "M", LocalDate.now().minusYears(35), "PRINCIPAL", List.of());
    man.put(
        "documents",
        List.of(
            Map.of(
                "type",
                "PASSPORT",
                "number",
                destination.substring(0, 2) + "4471902",
                "issuingCountry",
                destination,
                "expiresOn",
                LocalDate.now().plusYears(3).toString())));
    return household(List.of(man));
  }

  /** A pregnant mother with a baby of 8 months (on her lap) and a boy of 6. */
  public Map<String, Object> motherWithBabyAndBoy() {
    List<Map<String, Object>> members = new ArrayList<>();
    members.add(
        member("Awa", "F", LocalDate.now().minusYears(29), "PRINCIPAL", List.of("PREGNANT")));
    members.add(member("Bébé", "F", LocalDate.now().minusMonths(8), "CHILD", List.of()));
    members.add(member("Moussa", "M", LocalDate.now().minusYears(6), "CHILD", List.of()));
    return household(members);
  }

  /** A boy of 15 alone: the registry derives that he is an unaccompanied child. */
  public Map<String, Object> unaccompaniedBoy() {
    return household(
        List.of(member("Karim", "M", LocalDate.now().minusYears(15), "PRINCIPAL", List.of())));
  }

  /** A man with a serious medical condition, which a manifest never shows. */
  public Map<String, Object> sickMan() {
    return household(
        List.of(
            member(
                "Jean",
                "M",
                LocalDate.now().minusYears(50),
                "PRINCIPAL",
                List.of("SERIOUS_MEDICAL_CONDITION"))));
  }

  public Map<String, Object> household(List<Map<String, Object>> members) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("missionCode", "MAR");
    body.put("destinationCountry", destination);
    body.put("finalDestination", "Capital");
    body.put("members", members);
    return body;
  }

  private Map<String, Object> member(
      String given, String sex, LocalDate born, String relationship, List<String> needs) {
    Map<String, Object> member =
        Households.member(
            given, Households.uniqueFamilyName(), sex, born.toString(), relationship, null, needs);
    member.put("nationality", destination);
    return member;
  }

  /**
   * Registers the household and takes it to READY_FOR_DEPARTURE: counselled, consent signed,
   * eligible (the funding guard reserves its cost), ready. The one place tests make a case ready.
   */
  public JsonNode ready(Map<String, Object> household) {
    Response created = caseworker.post("/api/v1/cases", household);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().get("id").asString();
    step(id, "COUNSELLED");
    Response consent =
        caseworker.put(
            "/api/v1/cases/" + id + "/consent",
            Map.of(
                "declaredOn",
                LocalDate.now().toString(),
                "counsellor",
                "Amina Benali",
                "language",
                "fr",
                "signed",
                true));
    assertThat(consent.status()).as(consent.text()).isEqualTo(200);
    step(id, "ELIGIBLE");
    travel.readyToTravel(id);
    step(id, "READY_FOR_DEPARTURE");
    return caseworker.get("/api/v1/cases/" + id).json();
  }

  public void step(String caseId, String to) {
    Response moved = caseworker.post("/api/v1/cases/" + caseId + "/transitions", Map.of("to", to));
    assertThat(moved.status()).as("%s: %s", to, moved.text()).isEqualTo(200);
  }

  public String status(String caseId) {
    return chief.get("/api/v1/cases/" + caseId).json().get("status").asString();
  }

  /** A charter of the host government to the fixture's country, in {@code days} days. */
  public Map<String, Object> charter(int seats, int days) {
    Map<String, Object> flight = new LinkedHashMap<>();
    flight.put("kind", "CHARTER");
    flight.put("charterer", "Government of Morocco");
    flight.put("flightNumber", "AT 9" + (100 + days));
    flight.put("departureAirport", "CMN");
    flight.put("arrivalAirport", "LBV");
    flight.put("arrivalCountry", destination);
    flight.put(
        "departsAt",
        LocalDateTime.now()
            .plusDays(days)
            .withHour(8)
            .withMinute(30)
            .withSecond(0)
            .withNano(0)
            .toString());
    flight.put("timeZone", "Africa/Casablanca");
    flight.put("seats", seats);
    flight.put("currency", "MAD");
    flight.put("charterCost", String.valueOf(seats * 3000) + ".00");
    return flight;
  }

  /** Schedules {@code flight} as the movement officer; its id. */
  public long schedule(Map<String, Object> flight) {
    Response created = movement.post("/api/v1/movement/flights", flight);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  public Response book(long flight, String caseId, String... escorted) {
    return movement.post(
        flights(flight) + "/bookings",
        Map.of(
            "households", List.of(Map.of("caseId", caseId, "medicalEscorts", List.of(escorted)))));
  }

  public Response confirm(long flight) {
    return movement.post(flights(flight) + "/status", Map.of("to", "CONFIRMED"));
  }

  public static String flights(long flight) {
    return "/api/v1/movement/flights/" + flight;
  }

  /**
   * Takes a case that is READY_FOR_DEPARTURE home as the movement officer does, on a charter of its
   * own to the fixture's country leaving today: booked, the flight confirmed, every member checked
   * in and boarded, the flight marked departed. The only way a case becomes DEPARTED. The flight's
   * id, for the receiving mission to confirm the arrival on.
   */
  public long departed(String caseId) {
    long flight = schedule(charter(40, 0));
    Response booked = book(flight, caseId);
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    Response confirmed = confirm(flight);
    assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
    for (String person : members(caseworker.get("/api/v1/cases/" + caseId).json())) {
      for (String step : List.of("check-in", "boarding")) {
        Response done = movement.post(flights(flight) + "/passengers/" + person + "/" + step, null);
        assertThat(done.status()).as("%s: %s", step, done.text()).isEqualTo(200);
      }
    }
    Response departed = movement.post(flights(flight) + "/departure", null);
    assertThat(departed.status()).as(departed.text()).isEqualTo(200);
    return flight;
  }

  /** The receiving mission's confirmation that the household arrived on the flight. */
  public static Response arrival(ApiClient receiving, long flight, String caseId) {
    return receiving.post(flights(flight) + "/bookings/" + caseId + "/arrival", null);
  }

  /**
   * The same journey in-process, for a case read with {@code cases.get} that is
   * READY_FOR_DEPARTURE: on a scheduled flight of its own to the case's country leaving now,
   * booked, confirmed, boarded and departed by the Morocco mission's movement officer. The flight.
   */
  public static FlightId departed(Flights flights, Case household) {
    Actor movement = new Actor("movement.mar", "MAR", Set.of(Role.MOVEMENT_OFFICER));
    ZoneId zone = ZoneId.of("Africa/Casablanca");
    FlightId flight =
        flights.schedule(
            new FlightDetails(
                "MAR",
                FlightKind.SCHEDULED,
                null,
                "AT 550",
                "CMN",
                "DSS",
                household.destinationCountry(),
                LocalDateTime.now(zone).withSecond(0).withNano(0),
                zone,
                40,
                Money.of(new BigDecimal("250.00"), "USD"),
                null),
            movement);
    flights.book(flight, List.of(HouseholdBooking.of(household.id())), movement);
    flights.step(flight, FlightStatus.CONFIRMED, null, movement);
    for (Person member : household.members()) {
      flights.checkIn(flight, member.id(), movement);
      flights.board(flight, member.id(), movement);
    }
    flights.depart(flight, movement);
    return flight;
  }

  /** The members of a case as a caseworker sends them back when editing it. */
  public static List<Map<String, Object>> memberFields(JsonNode c) {
    List<Map<String, Object>> members = new ArrayList<>();
    for (JsonNode member : c.get("members")) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", member.get("id").asString());
      m.put("relationship", member.get("relationship").asString());
      m.put("givenName", member.get("givenName").asString());
      m.put("familyName", member.get("familyName").asString());
      m.put("sex", member.get("sex").asString());
      m.put("dateOfBirth", member.get("dateOfBirth").asString());
      m.put("nationality", member.get("nationality").asString());
      List<String> recorded = new ArrayList<>();
      member.get("vulnerabilities").forEach(v -> recorded.add(v.asString()));
      member.path("derivedVulnerabilities").forEach(v -> recorded.remove(v.asString()));
      m.put("vulnerabilities", recorded);
      members.add(m);
    }
    return members;
  }

  /** A grandmother of 63 of the household's family name, who joins it. */
  public Map<String, Object> grandmother(JsonNode c) {
    Map<String, Object> her =
        member("Mariam", "F", LocalDate.now().minusYears(63), "PARENT", List.of());
    her.put("familyName", c.get("members").get(0).get("familyName").asString());
    return her;
  }

  /** The caseworker edits the household's members (as {@link #memberFields} gives them). */
  public Response patchMembers(String caseId, List<Map<String, Object>> members) {
    String path = "/api/v1/cases/" + caseId;
    String etag = caseworker.get(path).header("ETag");
    Response patched = caseworker.patch(path, Map.of("members", members), "If-Match", etag);
    assertThat(patched.status()).as(patched.text()).isEqualTo(200);
    return patched;
  }

  /**
   * The case's booking on the flight once {@code done} holds: the booking follows the household
   * after the edit has committed.
   */
  public JsonNode awaitBooking(long flight, String caseId, Predicate<JsonNode> done) {
    long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (true) {
      for (JsonNode b : movement.get(flights(flight) + "/bookings").json()) {
        if (b.get("caseId").asString().equals(caseId) && done.test(b)) {
          return b;
        }
      }
      assertThat(System.nanoTime()).as("waited 15 s for the booking").isLessThan(until);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The ids of a case's members, in their order. */
  public static List<String> members(JsonNode c) {
    List<String> ids = new ArrayList<>();
    c.get("members").forEach(m -> ids.add(m.get("id").asString()));
    return ids;
  }
}
