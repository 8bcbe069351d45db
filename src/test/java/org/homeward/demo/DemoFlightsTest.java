package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.homeward.ApiClient;
import org.homeward.demo.story.FlightStory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo's flights, as a new user meets them: the host government's charters to Douala, Lagos,
 * Dakar and Abidjan, some gone and arrived, one confirmed with its manifest, others planned; every
 * household that is BOOKED is on one of them, and the Cameroon mission has arrivals to confirm.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoFlightsTest {

  @LocalServerPort int port;

  @Test
  void everyBookedHouseholdIsOnARealFlight() {
    ApiClient movement = ApiClient.as(port, "movement.mar");
    Set<String> onFlights = new HashSet<>();
    for (JsonNode flight : movement.get("/api/v1/movement/flights").json()) {
      for (JsonNode b :
          movement
              .get("/api/v1/movement/flights/" + flight.get("id").asLong() + "/bookings")
              .json()) {
        if (b.get("status").asString().equals("BOOKED")) {
          onFlights.add(b.get("caseId").asString());
        }
      }
    }
    List<String> booked = new ArrayList<>();
    movement
        .get("/api/v1/cases?status=BOOKED&size=200")
        .json()
        .get("items")
        .forEach(c -> {
          if (demo(c.get("caseNumber").asString())) {
            booked.add(c.get("id").asString());
          }
        });
    assertThat(booked).isNotEmpty();
    assertThat(onFlights).containsAll(booked);
  }

  /**
   * A case of the demo, not one another test registered (whose flights, in the same database, this
   * test does not set out to read): the demo's cases are registered first, so they hold the first
   * numbers of this year's sequence, or numbers of an earlier year.
   */
  static boolean demo(String caseNumber) {
    String[] parts = caseNumber.split("-");
    int year = Integer.parseInt(parts[1]);
    return year < java.time.LocalDate.now().getYear()
        || Integer.parseInt(parts[2]) <= DemoScenario.HOUSEHOLDS;
  }

  @Test
  void theHostGovernmentChartersFlightsHomeSomeGoneOneConfirmedOthersPlanned() {
    ApiClient movement = ApiClient.as(port, "movement.mar");
    List<JsonNode> charters = new ArrayList<>();
    movement
        .get("/api/v1/movement/flights")
        .json()
        .forEach(f -> {
          if (FlightStory.CHARTERER.equals(f.path("charterer").asString())
              && f.get("flightNumber").asString().startsWith("AT 94")) {
            charters.add(f);
          }
        });
    assertThat(charters.stream().map(f -> f.get("arrivalAirport").asString()))
        .contains("DLA", "LOS", "DSS", "ABJ");
    assertThat(charters.stream().map(f -> f.get("status").asString()))
        .contains("ARRIVED", "CONFIRMED", "PLANNED");
    OffsetDateTime now = OffsetDateTime.now();
    for (JsonNode f : charters) {
      OffsetDateTime leaves = OffsetDateTime.parse(f.get("departure").asString());
      switch (f.get("status").asString()) {
        case "ARRIVED" -> assertThat(leaves).isBefore(now);
        case "CONFIRMED", "PLANNED" -> assertThat(leaves).isAfter(now);
        default -> throw new AssertionError("a demo charter is " + f.get("status"));
      }
    }
    JsonNode lagos =
        charters.stream()
            .filter(f -> f.get("status").asString().equals("CONFIRMED"))
            .findFirst()
            .orElseThrow();
    JsonNode manifest =
        movement.get("/api/v1/movement/flights/" + lagos.get("id").asLong() + "/manifest").json();
    assertThat(manifest.get("passengers")).isNotEmpty();
    assertThat(manifest.get("passengers").get(0).get("nationality").asString()).isEqualTo("NGA");

    // the households of the last charter to Douala that left have gone home, and the Cameroon
    // mission sees them: most arrived, the last ones still to confirm
    ApiClient cameroon = ApiClient.as(port, "caseworker.cmr");
    JsonNode douala =
        charters.stream()
            .filter(f -> f.get("arrivalAirport").asString().equals("DLA"))
            .filter(f -> f.get("status").asString().equals("ARRIVED"))
            .max(
                java.util.Comparator.comparing(
                    (JsonNode f) -> OffsetDateTime.parse(f.get("departure").asString())))
            .orElseThrow();
    List<String> statuses = new ArrayList<>();
    cameroon
        .get("/api/v1/movement/flights/" + douala.get("id").asLong() + "/bookings")
        .json()
        .forEach(b -> statuses.add(b.get("status").asString()));
    assertThat(statuses).isNotEmpty().containsOnly("ARRIVED", "DEPARTED");
    assertThat(statuses).filteredOn("DEPARTED"::equals).hasSizeLessThanOrEqualTo(2);
    assertThat(statuses).contains("DEPARTED");
  }
}
