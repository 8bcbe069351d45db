package org.homeward.movement.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.movement.flights.FlightFixture.flights;
import static org.homeward.movement.flights.FlightFixture.members;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.movement.flights.FlightFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Retention through the API: a household going home to the Central African Republic got its
 * passports and a fitness check with medical details, was booked, did not show and withdrew; five
 * years after its case was closed the data-protection focal point anonymises it, and then nothing
 * personal of it remains in movement's tables, while the counts and statuses the statistics need
 * stay. Another household of the same flight keeps its data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RetentionOfTravelTest {

  static final String DETAILS = "asthma; inhaler in the cabin, seat near the aisle";
  static final String NO_SHOW = "stayed with his cousin Ibrahim in Tangier";

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  @Test
  void anAnonymisedCaseLeavesNothingPersonalInMovementAndKeepsItsCounts() {
    FlightFixture bangui = new FlightFixture(port, "CAF");
    bangui.fund();
    long flight = bangui.schedule(bangui.charter(10, 0));
    JsonNode leaving = bangui.ready(bangui.single());
    JsonNode staying = bangui.ready(bangui.single());
    String id = leaving.get("id").asString();
    String man = members(leaving).get(0);
    JsonNode person = leaving.get("members").get(0);
    Response fit =
        new org.homeward.movement.MovementFixture(port)
            .fitness(man, "FIT", LocalDate.now(), LocalDate.now().plusDays(20), DETAILS);
    assertThat(fit.status()).as(fit.text()).isEqualTo(201);
    for (JsonNode c : List.of(leaving, staying)) {
      assertThat(bangui.book(flight, c.get("id").asString()).status()).isEqualTo(201);
    }
    assertThat(bangui.confirm(flight).status()).isEqualTo(200);
    assertThat(
            bangui
                .movement
                .post(flights(flight) + "/passengers/" + man + "/check-in", null)
                .status())
        .isEqualTo(200);
    assertThat(
            bangui
                .movement
                .post(flights(flight) + "/bookings/" + id + "/no-show", Map.of("reason", NO_SHOW))
                .status())
        .isEqualTo(200);
    String passport = number(id);
    assertThat(passport).startsWith("P");
    assertThat(movementRows(id)).contains(passport, NO_SHOW);
    Response withdrawn =
        bangui.caseworker.post(
            "/api/v1/cases/" + id + "/transitions",
            Map.of("to", "WITHDRAWN", "reason", "decided to stay in Morocco"));
    assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
    assertThat(
            bangui
                .caseworker
                .post("/api/v1/cases/" + id + "/transitions", Map.of("to", "CLOSED"))
                .status())
        .isEqualTo(200);
    jdbc.sql(
            "UPDATE registry_case SET status_changed_at = now() - interval '6 years'"
                + " WHERE id = ?::uuid")
        .param(id)
        .update();

    ApiClient focalPoint = ApiClient.as(port, "dataprotection.mar");
    Response preview = focalPoint.post("/api/v1/retention/previews", null);
    assertThat(preview.status()).isEqualTo(201);
    Response done =
        focalPoint.post(
            "/api/v1/retention/previews/" + preview.json().get("id").asString() + "/anonymisation",
            null);
    assertThat(done.status()).as(done.text()).isEqualTo(200);
    assertThat(done.json().get("caseNumbers").toString())
        .contains(leaving.get("caseNumber").asString());

    // movement erases its part once the anonymisation has committed
    long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (movementRows(id).contains(passport) && System.nanoTime() < until) {
      sleep();
    }
    String rows = movementRows(id);
    assertThat(rows)
        .doesNotContain(passport)
        .doesNotContain(NO_SHOW)
        .doesNotContain("Ibrahim")
        .doesNotContain(person.get("familyName").asString())
        .doesNotContain(person.get("givenName").asString())
        .doesNotContain(person.get("dateOfBirth").asString());
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM movement_fitness_check WHERE case_id = ?::uuid"
                        + " AND (details IS NOT NULL OR details_key IS NOT NULL)")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
    // what the statistics count stays: one issued passport, two fitness checks, the no-show
    assertThat(column(id, "SELECT status FROM movement_travel_document WHERE case_id = ?::uuid"))
        .containsExactly("ISSUED");
    assertThat(column(id, "SELECT outcome FROM movement_fitness_check WHERE case_id = ?::uuid"))
        .containsExactly("FIT", "FIT");
    assertThat(
            column(
                id,
                "SELECT b.status || ' ' || b.people || ' ' || p.boarding FROM movement_booking b"
                    + " JOIN movement_passenger p ON p.booking_id = b.id WHERE b.case_id = ?::uuid"))
        .containsExactly("NO_SHOW 1 NO_SHOW");
    // the household that stays on the flight keeps its own
    assertThat(number(staying.get("id").asString())).startsWith("P");
    // the case's history says so, in words
    assertThat(bangui.caseworker.get("/api/v1/cases/" + id + "/history").text())
        .contains("movement.case-anonymised");
  }

  /** Every row movement keeps of the case, as text: documents, fitness, bookings, passengers. */
  private String movementRows(String caseId) {
    StringBuilder all = new StringBuilder();
    for (String sql :
        List.of(
            "SELECT row_to_json(t)::text FROM movement_travel_document t WHERE case_id = ?::uuid",
            "SELECT row_to_json(t)::text FROM movement_fitness_check t WHERE case_id = ?::uuid",
            "SELECT row_to_json(t)::text FROM movement_booking t WHERE case_id = ?::uuid",
            "SELECT row_to_json(p)::text FROM movement_passenger p"
                + " JOIN movement_booking b ON b.id = p.booking_id WHERE b.case_id = ?::uuid")) {
      column(caseId, sql).forEach(row -> all.append(row).append('\n'));
    }
    return all.toString();
  }

  private List<String> column(String caseId, String sql) {
    return jdbc.sql(sql).param(caseId).query(String.class).list();
  }

  private String number(String caseId) {
    return jdbc.sql("SELECT number FROM movement_travel_document WHERE case_id = ?::uuid")
        .param(caseId)
        .query(String.class)
        .single();
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
