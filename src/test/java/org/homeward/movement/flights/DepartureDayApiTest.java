package org.homeward.movement.flights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.movement.flights.FlightFixture.flights;
import static org.homeward.movement.flights.FlightFixture.members;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Departure day of a charter to Douala through the API: passengers are checked in and boarded, a
 * household that does not show goes back to the pool (its commitment released, and ready again with
 * a new one), the flight departs with the others (their cases DEPARTED, their seats and pocket
 * money in the ledger), and the Cameroon mission, which then sees the households handed over to it
 * and no other, confirms their arrival.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartureDayApiTest {

  @LocalServerPort int port;

  FlightFixture douala;

  @BeforeAll
  void fund() {
    douala = new FlightFixture(port, "CMR");
    douala.fund();
  }

  @Test
  void checkInNoShowDepartureAndArrivalMoveTheCasesAndRecordTheirCosts() {
    Map<String, Object> charter = douala.charter(20, 0);
    charter.put("arrivalAirport", "DLA");
    long flight = douala.schedule(charter);
    JsonNode single = douala.ready(douala.single());
    JsonNode family = douala.ready(douala.motherWithBabyAndBoy());
    JsonNode absent = douala.ready(douala.single());
    for (JsonNode c : List.of(single, family, absent)) {
      assertThat(douala.book(flight, c.get("id").asString()).status()).isEqualTo(201);
    }
    String man = members(single).get(0);
    assertThat(
            douala
                .movement
                .post(flights(flight) + "/passengers/" + man + "/check-in", null)
                .json()
                .get("code")
                .asString())
        .isEqualTo("flight-not-confirmed");
    assertThat(douala.confirm(flight).status()).isEqualTo(200);

    Response early =
        douala.movement.post(flights(flight) + "/passengers/" + man + "/boarding", null);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("code").asString()).isEqualTo("illegal-passenger-step");
    assertThat(checkIn(flight, man).status()).isEqualTo(200);
    // a second tap on the tablet changes nothing
    Response again = checkIn(flight, man);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("passengers").get(0).get("boarding").asString())
        .isEqualTo("CHECKED_IN");
    assertThat(board(flight, man).json().get("passengers").get(0).get("boarding").asString())
        .isEqualTo("BOARDED");

    Response waiting = douala.movement.post(flights(flight) + "/departure", null);
    assertThat(waiting.status()).isEqualTo(409);
    assertThat(waiting.json().get("code").asString()).isEqualTo("passengers-not-boarded");
    assertThat(waiting.json().get("passengers")).hasSize(4);

    String absentId = absent.get("id").asString();
    Response noReason =
        douala.movement.post(flights(flight) + "/bookings/" + absentId + "/no-show", Map.of());
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    Response noShow =
        douala.movement.post(
            flights(flight) + "/bookings/" + absentId + "/no-show",
            Map.of("reason", "did not come to the airport; his phone is off"));
    assertThat(noShow.status()).as(noShow.text()).isEqualTo(200);
    assertThat(noShow.json().get("status").asString()).isEqualTo("NO_SHOW");
    assertThat(noShow.json().get("passengers").get(0).get("boarding").asString())
        .isEqualTo("NO_SHOW");
    assertThat(douala.status(absentId)).isEqualTo("NO_SHOW");
    // funding gives its money back, and takes it again when the case is made ready again
    await(() -> commitments(absentId).get(0).get("status").asString().equals("RELEASED"));
    douala.step(absentId, "READY_FOR_DEPARTURE");
    assertThat(commitments(absentId).get(1).get("status").asString()).isEqualTo("RESERVED");

    for (String member : members(family)) {
      assertThat(checkIn(flight, member).status()).isEqualTo(200);
      assertThat(board(flight, member).status()).isEqualTo(200);
    }
    Response departed = douala.movement.post(flights(flight) + "/departure", null);

    assertThat(departed.status()).as(departed.text()).isEqualTo(200);
    JsonNode result = departed.json();
    assertThat(result.get("flight").get("status").asString()).isEqualTo("DEPARTED");
    assertThat(result.get("households")).hasSize(2);
    assertThat(result.get("unfunded")).isEmpty();
    assertThat(douala.status(single.get("id").asString())).isEqualTo("DEPARTED");
    assertThat(douala.status(family.get("id").asString())).isEqualTo("DEPARTED");
    assertThat(douala.status(absentId)).isEqualTo("READY_FOR_DEPARTURE");
    // the man: one seat and his pocket money; the family: two seats (the baby on a lap) and
    // three people's pocket money, each linked to the flight and dated the day it left
    assertThat(costs(single.get("id").asString(), flight)).containsExactly("300.00", "50.00");
    assertThat(costs(family.get("id").asString(), flight)).containsExactly("600.00", "150.00");

    // the receiving mission now sees the flight and the households handed over to it, no other
    ApiClient cmr = douala.receiving;
    assertThat(cmr.get(flights(flight)).status()).isEqualTo(200);
    JsonNode bookings = cmr.get(flights(flight) + "/bookings").json();
    List<String> seen = new ArrayList<>();
    bookings.forEach(b -> seen.add(b.get("caseNumber").asString()));
    assertThat(seen)
        .containsExactly(single.get("caseNumber").asString(), family.get("caseNumber").asString());
    JsonNode manifest = cmr.get(flights(flight) + "/manifest").json();
    assertThat(manifest.get("passengers")).hasSize(4);
    assertThat(manifest.toString()).doesNotContain(absent.get("caseNumber").asString());

    String singleId = single.get("id").asString();
    assertThat(douala.movement.post(arrival(flight, singleId), null).status()).isEqualTo(403);
    Response arrived = cmr.post(arrival(flight, singleId), null);
    assertThat(arrived.status()).as(arrived.text()).isEqualTo(200);
    assertThat(arrived.json().get("status").asString()).isEqualTo("ARRIVED");
    assertThat(arrived.json().get("arrivedBy").asString()).isEqualTo("caseworker.cmr");
    assertThat(cmr.get("/api/v1/cases/" + singleId).json().get("status").asString())
        .isEqualTo("ARRIVED");
    assertThat(cmr.get(flights(flight)).json().get("status").asString()).isEqualTo("ARRIVED");
    Response twice = cmr.post(arrival(flight, singleId), null);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("code").asString()).isEqualTo("illegal-transition");
    // a household that did not leave is not the receiving mission's to know
    assertThat(cmr.post(arrival(flight, absentId), null).status()).isEqualTo(404);
  }

  @Test
  void aCaseIsBookedDepartsIsANoShowAndArrivesOnlyWithItsFlight() {
    JsonNode ready = douala.ready(douala.single());
    String caseId = ready.get("id").asString();
    String caseNumber = ready.get("caseNumber").asString();

    Response byHand = transition(douala.caseworker, caseId, Map.of("to", "BOOKED"));
    assertThat(byHand.status()).isEqualTo(409);
    assertThat(byHand.json().get("code").asString()).isEqualTo("transition-refused");
    JsonNode refusal = byHand.json().get("refusals").get(0);
    assertThat(refusal.get("code").asString()).isEqualTo("needs-a-flight");
    assertThat(refusal.get("overridable").asBoolean()).isFalse();
    assertThat(refusal.get("reason").asString())
        .startsWith("a case is booked by putting it on a flight")
        .contains(caseNumber);
    // a chief of mission's override is for funding's refusals, not this one
    Response overridden =
        transition(
            douala.chief,
            caseId,
            Map.of("to", "BOOKED", "override", "the family must leave this week"));
    assertThat(overridden.status()).isEqualTo(409);
    assertThat(overridden.json().get("refusals").get(0).get("code").asString())
        .isEqualTo("needs-a-flight");
    assertThat(douala.status(caseId)).isEqualTo("READY_FOR_DEPARTURE");

    long flight = douala.schedule(douala.charter(10, 0));
    assertThat(douala.book(flight, caseId).status()).isEqualTo(201);
    assertThat(douala.status(caseId)).isEqualTo("BOOKED");
    Response departedByHand = transition(douala.caseworker, caseId, Map.of("to", "DEPARTED"));
    assertThat(departedByHand.status()).isEqualTo(409);
    assertThat(departedByHand.json().get("refusals").get(0).get("reason").asString())
        .startsWith("a case departs with its flight");
    Response noShowByHand =
        transition(
            douala.movement, caseId, Map.of("to", "NO_SHOW", "reason", "not at the airport"));
    assertThat(noShowByHand.status()).isEqualTo(409);
    assertThat(noShowByHand.json().get("refusals").get(0).get("code").asString())
        .isEqualTo("needs-a-flight");
    assertThat(douala.status(caseId)).isEqualTo("BOOKED");

    assertThat(douala.confirm(flight).status()).isEqualTo(200);
    String man = members(ready).get(0);
    assertThat(checkIn(flight, man).status()).isEqualTo(200);
    assertThat(board(flight, man).status()).isEqualTo(200);
    assertThat(douala.movement.post(flights(flight) + "/departure", null).status()).isEqualTo(200);
    assertThat(douala.status(caseId)).isEqualTo("DEPARTED");
    Response arrivedByHand = transition(douala.receiving, caseId, Map.of("to", "ARRIVED"));
    assertThat(arrivedByHand.status()).isEqualTo(409);
    assertThat(arrivedByHand.json().get("refusals").get(0).get("reason").asString())
        .startsWith("a case arrives with its flight");
    assertThat(douala.receiving.post(arrival(flight, caseId), null).status()).isEqualTo(200);
    assertThat(douala.status(caseId)).isEqualTo("ARRIVED");
  }

  @Test
  void aCheckInABoardingAndANoShowMarkedByMistakeAreUndoneBeforeTheFlightLeaves() {
    long flight = douala.schedule(douala.charter(2, 0));
    JsonNode traveller = douala.ready(douala.single());
    JsonNode mistaken = douala.ready(douala.single());
    String mistakenId = mistaken.get("id").asString();
    for (JsonNode c : List.of(traveller, mistaken)) {
      assertThat(douala.book(flight, c.get("id").asString()).status()).isEqualTo(201);
    }
    assertThat(douala.confirm(flight).status()).isEqualTo(200);
    String man = members(traveller).get(0);
    String other = members(mistaken).get(0);
    assertThat(checkIn(flight, man).status()).isEqualTo(200);
    assertThat(board(flight, man).status()).isEqualTo(200);

    // on board: brought off first, then no longer checked in
    Response tooSoon = douala.movement.delete(flights(flight) + "/passengers/" + man + "/check-in");
    assertThat(tooSoon.status()).isEqualTo(409);
    assertThat(tooSoon.json().get("code").asString()).isEqualTo("illegal-passenger-step");
    Response offBoard =
        douala.movement.delete(flights(flight) + "/passengers/" + man + "/boarding");
    assertThat(offBoard.status()).as(offBoard.text()).isEqualTo(200);
    JsonNode passenger = offBoard.json().get("passengers").get(0);
    assertThat(passenger.get("boarding").asString()).isEqualTo("CHECKED_IN");
    assertThat(absent(passenger.path("boardedAt"))).isTrue();
    Response notCheckedIn =
        douala.movement.delete(flights(flight) + "/passengers/" + man + "/check-in");
    assertThat(notCheckedIn.status()).isEqualTo(200);
    assertThat(notCheckedIn.json().get("passengers").get(0).get("boarding").asString())
        .isEqualTo("EXPECTED");
    // a second tap changes nothing
    assertThat(
            douala
                .movement
                .delete(flights(flight) + "/passengers/" + man + "/check-in")
                .json()
                .get("passengers")
                .get(0)
                .get("boarding")
                .asString())
        .isEqualTo("EXPECTED");

    // checked in, then marked a no-show by mistake: back on the flight, checked in, booked
    assertThat(checkIn(flight, other).status()).isEqualTo(200);
    Response noShow =
        douala.movement.post(
            flights(flight) + "/bookings/" + mistakenId + "/no-show",
            Map.of("reason", "taken for another family at the desk"));
    assertThat(noShow.status()).as(noShow.text()).isEqualTo(200);
    assertThat(douala.status(mistakenId)).isEqualTo("NO_SHOW");
    await(() -> commitments(mistakenId).get(0).get("status").asString().equals("RELEASED"));
    int revision = douala.movement.get(flights(flight)).json().get("manifestRevision").asInt();

    Response undone =
        douala.movement.delete(flights(flight) + "/bookings/" + mistakenId + "/no-show");

    assertThat(undone.status()).as(undone.text()).isEqualTo(200);
    assertThat(undone.json().get("status").asString()).isEqualTo("BOOKED");
    assertThat(absent(undone.json().path("closeReason"))).isTrue();
    assertThat(undone.json().get("passengers").get(0).get("boarding").asString())
        .isEqualTo("CHECKED_IN");
    assertThat(douala.status(mistakenId)).isEqualTo("BOOKED");
    // funding holds its cost again
    assertThat(commitments(mistakenId)).hasSize(2);
    assertThat(commitments(mistakenId).get(1).get("status").asString()).isEqualTo("RESERVED");
    JsonNode after = douala.movement.get(flights(flight)).json();
    assertThat(after.get("manifestRevision").asInt()).isEqualTo(revision + 1);
    assertThat(after.get("seats").get("taken").asInt()).isEqualTo(2);
    List<String> changes = new ArrayList<>();
    douala
        .movement
        .get(flights(flight) + "/changes")
        .json()
        .forEach(c -> changes.add(c.get("action").asString()));
    assertThat(changes)
        .containsSubsequence(
            "movement.passenger-boarded",
            "movement.passenger-boarding-undone",
            "movement.passenger-check-in-undone",
            "movement.household-no-show",
            "movement.household-no-show-undone");
    assertThat(
            douala
                .movement
                .delete(flights(flight) + "/bookings/" + mistakenId + "/no-show")
                .status())
        .isEqualTo(404);

    // once its seats are taken by another household, a no-show stays one
    assertThat(
            douala
                .movement
                .post(
                    flights(flight) + "/bookings/" + mistakenId + "/no-show",
                    Map.of("reason", "did not come back from the café"))
                .status())
        .isEqualTo(200);
    JsonNode late = douala.ready(douala.single());
    assertThat(douala.book(flight, late.get("id").asString()).status()).isEqualTo(201);
    Response full =
        douala.movement.delete(flights(flight) + "/bookings/" + mistakenId + "/no-show");
    assertThat(full.status()).isEqualTo(409);
    assertThat(full.json().get("code").asString()).isEqualTo("booking-refused");
    assertThat(full.json().get("refusals").get(0).get("code").asString()).isEqualTo("no-seats");
    assertThat(douala.status(mistakenId)).isEqualTo("NO_SHOW");
  }

  private static boolean absent(JsonNode value) {
    return value.isNull() || value.isMissingNode();
  }

  private static Response transition(ApiClient api, String caseId, Map<String, Object> body) {
    return api.post("/api/v1/cases/" + caseId + "/transitions", body);
  }

  private Response checkIn(long flight, String person) {
    return douala.movement.post(flights(flight) + "/passengers/" + person + "/check-in", null);
  }

  private Response board(long flight, String person) {
    return douala.movement.post(flights(flight) + "/passengers/" + person + "/boarding", null);
  }

  private static String arrival(long flight, String caseId) {
    return flights(flight) + "/bookings/" + caseId + "/arrival";
  }

  private JsonNode commitments(String caseId) {
    return douala.chief.get("/api/v1/funding/cases/" + caseId + "/commitments").json();
  }

  /** The amounts the ledger recorded for the case's journey on the flight, in order. */
  private List<String> costs(String caseId, long flight) {
    List<String> amounts = new ArrayList<>();
    for (JsonNode e :
        douala.chief.get("/api/v1/funding/cases/" + caseId + "/expenditures").json()) {
      assertThat(e.get("line").asString()).isEqualTo("MOVEMENT");
      assertThat(e.get("sourceType").asString()).isEqualTo("FLIGHT");
      assertThat(e.get("sourceId").asString()).isEqualTo(Long.toString(flight));
      assertThat(e.get("spentOn").asString()).isEqualTo(LocalDate.now().toString());
      amounts.add(e.get("amount").asString());
    }
    return amounts;
  }

  private static void await(Supplier<Boolean> condition) {
    Instant until = Instant.now().plus(Duration.ofSeconds(15));
    while (!condition.get()) {
      assertThat(Instant.now()).as("waited 15 s").isBefore(until);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
