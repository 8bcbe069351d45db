package org.homeward.movement.flights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.movement.flights.FlightFixture.flights;
import static org.homeward.movement.flights.FlightFixture.members;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A field office confirms an arrival after the fact: the day it names is kept, and reintegration's
 * follow-up dates the case and its visits from it; a day in the future, before the flight left, or
 * not a date is refused with a 400 naming {@code arrivedOn}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LateArrivalApiTest {

  @LocalServerPort int port;

  @Test
  void anArrivalConfirmedAfterTheFactKeepsItsDayAndTheVisitsFollowIt() throws Exception {
    FlightFixture douala = new FlightFixture(port, "CMR");
    douala.fund();
    long flight = douala.schedule(douala.charter(10, -10));
    JsonNode ready = douala.ready(douala.single());
    String caseId = ready.get("id").asString();
    assertThat(douala.book(flight, caseId).status()).isEqualTo(201);
    assertThat(douala.confirm(flight).status()).isEqualTo(200);
    String man = members(ready).get(0);
    douala.movement.post(flights(flight) + "/passengers/" + man + "/check-in", null);
    douala.movement.post(flights(flight) + "/passengers/" + man + "/boarding", null);
    assertThat(douala.movement.post(flights(flight) + "/departure", null).status()).isEqualTo(200);
    String arrival = flights(flight) + "/bookings/" + caseId + "/arrival";
    LocalDate today = LocalDate.now();

    for (String wrong :
        new String[] {today.plusDays(1).toString(), today.minusDays(11).toString(), "last week"}) {
      Response refused = douala.receiving.post(arrival, Map.of("arrivedOn", wrong));
      assertThat(refused.status()).as(wrong).isEqualTo(400);
      assertThat(refused.json().get("code").asString()).isEqualTo("invalid-input");
      assertThat(refused.json().get("errors").get(0).get("field").asString())
          .isEqualTo("arrivedOn");
    }
    assertThat(douala.status(caseId)).isEqualTo("DEPARTED");

    LocalDate arrivedOn = today.minusDays(8);
    Response arrived = douala.receiving.post(arrival, Map.of("arrivedOn", arrivedOn.toString()));
    assertThat(arrived.status()).isEqualTo(200);
    assertThat(douala.status(caseId)).isEqualTo("ARRIVED");

    // monitoring schedules its visits from the day it arrived, not from the day it was confirmed
    ApiClient officer = ApiClient.as(port, "reintegration.cmr");
    JsonNode followUp = null;
    Instant until = Instant.now().plus(Duration.ofSeconds(15));
    while (followUp == null) {
      Response r = officer.get("/api/v1/reintegration/cases/" + caseId + "/monitoring");
      if (r.status() == 200) {
        followUp = r.json();
      } else {
        assertThat(Instant.now()).as("the follow-up opens").isBefore(until);
        Thread.sleep(100);
      }
    }
    assertThat(followUp.get("arrivedOn").asString()).isEqualTo(arrivedOn.toString());
    assertThat(followUp.get("visits").get(0).get("dueOn").asString())
        .isEqualTo(arrivedOn.plusMonths(3).toString());
    assertThat(followUp.get("visits").get(2).get("dueOn").asString())
        .isEqualTo(arrivedOn.plusMonths(12).toString());
  }
}
