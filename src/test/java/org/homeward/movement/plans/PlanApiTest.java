package org.homeward.movement.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.movement.flights.FlightFixture.flights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.movement.flights.FlightFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The flight planner through the API, as the Morocco mission's movement officer uses it. Each test
 * plans the returns to a country of its own (no other test and no demo project funds them), so that
 * its households and flights are the only ones of the plan: a proposal puts the most value on the
 * flights and says why each household left out is; a pin survives a re-solve, which moves as few
 * others as it can; a pin that breaks a rule is refused naming the household; confirming books
 * every household on its flight, a stale revision is refused and a refused booking books nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanApiTest {

  static final String PLANS = "/api/v1/movement/plans";

  @LocalServerPort int port;

  @Test
  void aProposalPutsTheMostValueOnTheFlightsAndSaysWhyTheOthersAreLeftOut() {
    FlightFixture car = fixture("CAF");
    long soon = car.schedule(car.charter(3, 10));
    // the fitness certificates hold 30 days: nobody may take this one
    long late = car.schedule(car.charter(10, 45));
    JsonNode family = car.ready(car.motherWithBabyAndBoy());
    JsonNode single = car.ready(car.single());
    JsonNode boy = car.ready(car.unaccompaniedBoy());

    Response proposed = car.movement.post(PLANS, Map.of("destination", "CAF"));

    assertThat(proposed.status()).as(proposed.text()).isEqualTo(201);
    assertThat(proposed.header("ETag")).isEqualTo("\"1\"");
    assertThat(proposed.header("Location")).startsWith(PLANS + "/");
    JsonNode plan = proposed.json();
    assertThat(plan.get("status").asString()).isEqualTo("PROPOSED");
    assertThat(plan.get("revision").asInt()).isEqualTo(1);
    assertThat(plan.get("from").asString()).isEqualTo(LocalDate.now().toString());
    assertThat(plan.get("to").asString()).isEqualTo(LocalDate.now().plusDays(30).toString());
    // the 45-day flight is beyond the default 30 days; asked for, it is in the plan
    assertThat(flightIds(plan)).containsExactly(soon);
    plan =
        car.movement
            .post(
                PLANS, Map.of("destination", "CAF", "to", LocalDate.now().plusDays(60).toString()))
            .json();
    assertThat(flightIds(plan)).containsExactly(soon, late);

    // the family (2 seats, the baby on a lap) and the man fill the 3 seats: worth more than the
    // boy, who needs an escort's seat beside his own
    assertThat(households(plan, soon)).containsExactlyInAnyOrder(number(family), number(single));
    JsonNode first = flight(plan, soon);
    assertThat(first.get("seatsFree").asInt()).isEqualTo(3);
    assertThat(first.get("seatsUsed").asInt()).isEqualTo(3);
    assertThat(households(plan, late)).isEmpty();
    Map<String, String> leftOut = leftOut(plan);
    assertThat(leftOut).containsOnlyKeys(number(boy));
    assertThat(leftOut.get(number(boy)))
        .contains("the seats went to households of more value")
        .contains("fit-to-travel certificate");
    JsonNode boyLeftOut = plan.get("unassigned").get(0);
    assertThat(new BigDecimal(boyLeftOut.get("value").asString())).isEqualByComparingTo("10");
    assertThat(boyLeftOut.get("seats").asInt()).isEqualTo(1);
    BigDecimal placed = BigDecimal.ZERO;
    for (JsonNode h : first.get("households")) {
      placed = placed.add(new BigDecimal(h.get("value").asString()));
    }
    assertThat(new BigDecimal(plan.get("value").asString())).isEqualByComparingTo(placed);
    // a proposal books nobody
    assertThat(car.status(id(family))).isEqualTo("READY_FOR_DEPARTURE");
    assertThat(car.movement.get(flights(soon) + "/bookings").json()).isEmpty();

    JsonNode read = car.movement.get(PLANS + "/" + plan.get("id").asLong()).json();
    assertThat(households(read, soon)).containsExactlyInAnyOrder(number(family), number(single));
    // those who see the mission's movement see its plans; only movement officers make them
    ApiClient caseworker = car.caseworker;
    assertThat(caseworker.get(PLANS + "/" + plan.get("id").asLong()).status()).isEqualTo(200);
    assertThat(caseworker.get(PLANS).json().toString()).contains(plan.get("id").asString());
    assertThat(caseworker.post(PLANS, Map.of("destination", "CAF")).status()).isEqualTo(403);
    Response cameroon = ApiClient.as(port, "caseworker.cmr").get(PLANS + "/" + plan.get("id"));
    assertThat(cameroon.status()).isEqualTo(404);
  }

  @Test
  void aPinSurvivesAResolveWhichMovesAsFewAsItCanAndAPinBreakingARuleIsRefused() {
    FlightFixture burundi = fixture("BDI");
    long first = burundi.schedule(burundi.charter(2, 10));
    long second = burundi.schedule(burundi.charter(2, 20));
    long late = burundi.schedule(burundi.charter(5, 45));
    String a = number(burundi.ready(burundi.single()));
    JsonNode b = burundi.ready(burundi.single());
    JsonNode boy = burundi.ready(burundi.unaccompaniedBoy());
    String to = LocalDate.now().plusDays(60).toString();
    JsonNode plan = burundi.movement.post(PLANS, Map.of("destination", "BDI", "to", to)).json();
    String path = PLANS + "/" + plan.get("id").asLong();
    // the boy, worth the most, leaves first; the two men on the next flight
    assertThat(households(plan, first)).containsExactly(number(boy));
    assertThat(households(plan, second)).containsExactlyInAnyOrder(a, number(b));
    String caseA = caseIdOf(plan, a);

    Response noRevision = burundi.movement.put(path + "/pins/" + caseA, Map.of("flightId", first));
    assertThat(noRevision.status()).isEqualTo(428);
    Response pinned =
        burundi.movement.put(
            path + "/pins/" + caseA, Map.of("flightId", first), "If-Match", "\"1\"");

    assertThat(pinned.status()).as(pinned.text()).isEqualTo(200);
    assertThat(pinned.header("ETag")).isEqualTo("\"2\"");
    plan = pinned.json();
    assertThat(households(plan, first)).containsExactlyInAnyOrder(number(boy), a);
    assertThat(pinnedOn(plan, first)).containsExactly(a);
    assertThat(plan.get("pinnedSinceSolve").asBoolean()).isTrue();
    // over its seats until the plan is re-solved
    assertThat(flight(plan, first).get("seatsUsed").asInt()).isEqualTo(3);

    Response resolved = burundi.movement.post(path + "/resolve", null, "If-Match", "\"2\"");

    assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
    plan = resolved.json();
    assertThat(plan.get("revision").asInt()).isEqualTo(3);
    // the pin holds; the most value is placed again, which takes moving the boy and the other man
    assertThat(pinnedOn(plan, first)).containsExactly(a);
    assertThat(households(plan, first)).containsExactlyInAnyOrder(a, number(b));
    assertThat(households(plan, second)).containsExactly(number(boy));
    assertThat(plan.get("lastChange").get("moved").asInt()).isEqualTo(2);
    assertThat(plan.get("lastChange").get("pinsReleased").asInt()).isZero();
    assertThat(plan.get("pinnedSinceSolve").asBoolean()).isFalse();
    assertThat(plan.get("unassigned")).isEmpty();

    // the late flight is after every fitness certificate ends: the pin is refused, naming him
    Response refused =
        burundi.movement.put(
            path + "/pins/" + id(b), Map.of("flightId", late), "If-Match", "\"3\"");
    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("pin-refused");
    assertThat(refused.json().get("caseNumber").asString()).isEqualTo(number(b));
    assertThat(refused.json().get("detail").asString())
        .contains("case " + number(b))
        .contains("fit-to-travel certificate");
    Response unknown =
        burundi.movement.put(
            path + "/pins/" + id(b), Map.of("flightId", 999_999_999), "If-Match", "\"3\"");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("flightId");
    assertThat(unknown.json().get("errors").get(0).get("code").asString())
        .isEqualTo("unknown-flight");
    // nothing was stored
    Response after = burundi.movement.get(path);
    assertThat(after.header("ETag")).isEqualTo("\"3\"");
    assertThat(pinnedOn(after.json(), first)).containsExactly(a);

    Response unpinned =
        burundi.movement.send("DELETE", path + "/pins/" + caseA, null, null, "If-Match", "\"3\"");
    assertThat(unpinned.status()).as(unpinned.text()).isEqualTo(200);
    assertThat(pinnedOn(unpinned.json(), first)).isEmpty();
    assertThat(households(unpinned.json(), first)).contains(a);
  }

  @Test
  void confirmingBooksEveryHouseholdOnItsFlightOnTheRevisionItSaw() {
    FlightFixture rwanda = fixture("RWA");
    long flight = rwanda.schedule(rwanda.charter(5, 10));
    JsonNode family = rwanda.ready(rwanda.motherWithBabyAndBoy());
    JsonNode single = rwanda.ready(rwanda.single());
    JsonNode plan = rwanda.movement.post(PLANS, Map.of("destination", "RWA")).json();
    String path = PLANS + "/" + plan.get("id").asLong();
    Response resolved = rwanda.movement.post(path + "/resolve", null, "If-Match", "\"1\"");
    assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
    assertThat(resolved.json().get("lastChange").get("moved").asInt()).isZero();

    Response stale = rwanda.movement.post(path + "/confirm", null, "If-Match", "\"1\"");

    assertThat(stale.status()).as(stale.text()).isEqualTo(412);
    assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
    assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
    assertThat(rwanda.status(id(family))).isEqualTo("READY_FOR_DEPARTURE");

    Response confirmed = rwanda.movement.post(path + "/confirm", null, "If-Match", "\"2\"");

    assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
    assertThat(rwanda.status(id(family))).isEqualTo("BOOKED");
    assertThat(rwanda.status(id(single))).isEqualTo("BOOKED");
    Map<String, Integer> seats = new LinkedHashMap<>();
    rwanda
        .movement
        .get(flights(flight) + "/bookings")
        .json()
        .forEach(bk -> seats.put(bk.get("caseNumber").asString(), bk.get("seats").asInt()));
    // the baby on her mother's lap, as the plan counted
    assertThat(seats).containsOnly(Map.entry(number(family), 2), Map.entry(number(single), 1));
    Response closed =
        rwanda.movement.post(path + "/resolve", null, "If-Match", confirmed.header("ETag"));
    assertThat(closed.status()).isEqualTo(409);
    assertThat(closed.json().get("code").asString()).isEqualTo("plan-closed");
    // each step is in the audit trail, with the revision it made
    List<String> audited = new ArrayList<>();
    ApiClient.as(port, "dataprotection.mar")
        .get("/api/v1/audit/entries?subjectType=plan&subjectId=" + plan.get("id").asLong())
        .json()
        .get("items")
        .forEach(e ->
            audited.add(
                e.get("action").asString() + " " + e.get("details").get("revision").asInt()));
    assertThat(audited)
        .containsExactlyInAnyOrder(
            "movement.plan-proposed 1", "movement.plan-resolved 2", "movement.plan-confirmed 3");
  }

  @Test
  void aResolveTakesInANewlyReadyHouseholdAndACancelledFlight() {
    FlightFixture ethiopia = fixture("ETH");
    long cancelled = ethiopia.schedule(ethiopia.charter(2, 10));
    long later = ethiopia.schedule(ethiopia.charter(3, 15));
    String a = number(ethiopia.ready(ethiopia.single()));
    String b = number(ethiopia.ready(ethiopia.single()));
    JsonNode plan = ethiopia.movement.post(PLANS, Map.of("destination", "ETH")).json();
    String path = PLANS + "/" + plan.get("id").asLong();
    assertThat(households(plan, cancelled)).containsExactlyInAnyOrder(a, b);

    Response cancel =
        ethiopia.movement.post(
            flights(cancelled) + "/status",
            Map.of("to", "CANCELLED", "reason", "the charter is withdrawn"));
    assertThat(cancel.status()).as(cancel.text()).isEqualTo(200);
    String c = number(ethiopia.ready(ethiopia.single()));
    Response resolved = ethiopia.movement.post(path + "/resolve", null, "If-Match", "\"1\"");

    assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
    plan = resolved.json();
    assertThat(flightIds(plan)).containsExactly(later);
    assertThat(households(plan, later)).containsExactlyInAnyOrder(a, b, c);
    // the cancelled flight's passengers had to move: not counted as moves the plan chose
    assertThat(plan.get("lastChange").get("moved").asInt()).isZero();
    assertThat(plan.get("lastChange").get("joined").asInt()).isEqualTo(1);
    assertThat(plan.get("lastChange").get("dropped").asInt()).isZero();
  }

  @Test
  void aRefusedBookingUndoesTheWholeConfirmationUntilTheResolveTakesTheChangeIn() {
    FlightFixture uganda = fixture("UGA");
    long first = uganda.schedule(uganda.charter(2, 10));
    long second = uganda.schedule(uganda.charter(2, 15));
    List<String> planned = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      planned.add(id(uganda.ready(uganda.single())));
    }
    JsonNode plan = uganda.movement.post(PLANS, Map.of("destination", "UGA")).json();
    String path = PLANS + "/" + plan.get("id").asLong();
    assertThat(households(plan, first)).hasSize(2);
    assertThat(households(plan, second)).hasSize(2);
    // meanwhile someone books two other men on the second flight by hand
    for (int i = 0; i < 2; i++) {
      String other = id(uganda.ready(uganda.single()));
      assertThat(uganda.book(second, other).status()).isEqualTo(201);
    }

    Response refused = uganda.movement.post(path + "/confirm", null, "If-Match", "\"1\"");

    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("booking-refused");
    assertThat(refused.json().get("flightId").asLong()).isEqualTo(second);
    JsonNode refusal = refused.json().get("refusals").get(0);
    assertThat(refusal.get("code").asString()).isEqualTo("no-seats");
    assertThat(households(plan, second)).contains(refusal.get("caseNumber").asString());
    // nothing is booked, not even on the first flight, and the plan is as it was
    for (String c : planned) {
      assertThat(uganda.status(c)).isEqualTo("READY_FOR_DEPARTURE");
    }
    assertThat(uganda.movement.get(flights(first) + "/bookings").json()).isEmpty();
    JsonNode unchanged = uganda.movement.get(path).json();
    assertThat(unchanged.get("status").asString()).isEqualTo("PROPOSED");
    assertThat(unchanged.get("revision").asInt()).isEqualTo(1);

    // re-solved, the plan sees the second flight full: two men leave on the first, two wait
    JsonNode resolved = uganda.movement.post(path + "/resolve", null, "If-Match", "\"1\"").json();
    assertThat(flight(resolved, second).get("seatsFree").asInt()).isZero();
    assertThat(households(resolved, first)).hasSize(2);
    assertThat(resolved.get("unassigned")).hasSize(2);
    assertThat(resolved.get("lastChange").get("moved").asInt()).isEqualTo(2);
    Response confirmed = uganda.movement.post(path + "/confirm", null, "If-Match", "\"2\"");
    assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
    assertThat(uganda.movement.get(flights(first) + "/bookings").json()).hasSize(2);
  }

  @Test
  void badInputNamesEveryFieldAndAScopeWithoutFlightsIsSaidSo() {
    ApiClient movement = ApiClient.as(port, "movement.mar");
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("destination", "XYZ");
    bad.put("from", LocalDate.now().minusDays(3).toString());
    bad.put("to", "soon");

    Response invalid = movement.post(PLANS, bad);

    assertThat(invalid.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).containsExactlyInAnyOrder("destination", "from", "to");
    Response backwards =
        movement.post(
            PLANS,
            Map.of(
                "from",
                LocalDate.now().plusDays(5).toString(),
                "to",
                LocalDate.now().plusDays(2).toString()));
    assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
    assertThat(movement.post(PLANS, Map.of("destinaton", "CMR")).status()).isEqualTo(400);

    Response nothing = movement.post(PLANS, Map.of("destination", "ERI"));
    assertThat(nothing.status()).isEqualTo(409);
    assertThat(nothing.json().get("code").asString()).isEqualTo("no-flights-to-plan");
    assertThat(movement.get(PLANS + "/999999999").status()).isEqualTo(404);
  }

  FlightFixture fixture(String country) {
    FlightFixture fixture = new FlightFixture(port, country);
    fixture.fund();
    return fixture;
  }

  static String number(JsonNode c) {
    return c.get("caseNumber").asString();
  }

  static String id(JsonNode c) {
    return c.get("id").asString();
  }

  static List<Long> flightIds(JsonNode plan) {
    List<Long> ids = new ArrayList<>();
    plan.get("flights").forEach(f -> ids.add(f.get("flightId").asLong()));
    return ids;
  }

  static JsonNode flight(JsonNode plan, long id) {
    for (JsonNode f : plan.get("flights")) {
      if (f.get("flightId").asLong() == id) {
        return f;
      }
    }
    throw new AssertionError("flight " + id + " is not in the plan: " + plan);
  }

  static List<String> households(JsonNode plan, long flight) {
    List<String> numbers = new ArrayList<>();
    flight(plan, flight)
        .get("households")
        .forEach(h -> numbers.add(h.get("caseNumber").asString()));
    return numbers;
  }

  static List<String> pinnedOn(JsonNode plan, long flight) {
    List<String> numbers = new ArrayList<>();
    flight(plan, flight)
        .get("households")
        .forEach(h -> {
          if (h.get("pinned").asBoolean()) {
            numbers.add(h.get("caseNumber").asString());
          }
        });
    return numbers;
  }

  static Map<String, String> leftOut(JsonNode plan) {
    Map<String, String> reasons = new LinkedHashMap<>();
    plan.get("unassigned")
        .forEach(u -> reasons.put(u.get("caseNumber").asString(), u.get("reason").asString()));
    return reasons;
  }

  static String caseIdOf(JsonNode plan, String caseNumber) {
    for (JsonNode f : plan.get("flights")) {
      for (JsonNode h : f.get("households")) {
        if (h.get("caseNumber").asString().equals(caseNumber)) {
          return h.get("caseId").asString();
        }
      }
    }
    throw new AssertionError(caseNumber + " is on no flight of " + plan);
  }
}
