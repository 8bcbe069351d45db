package org.homeward.movement.flights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.movement.flights.FlightFixture.flights;
import static org.homeward.movement.flights.FlightFixture.members;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Flights, bookings and manifests through the API, as the Morocco mission's movement officer uses
 * them on returns to Gabon (which no other test funds): a booking moves the case to BOOKED and
 * takes the seats the rules count, a refused booking says every reason at once, the manifest lists
 * each passenger (as JSON, CSV and a PDF) without a medical detail, and once the flight is
 * confirmed every change to it is a new revision, audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlightApiTest {

  @LocalServerPort int port;

  FlightFixture gabon;

  @BeforeAll
  void fund() {
    gabon = new FlightFixture(port, "GAB");
    gabon.fund();
  }

  @Test
  void bookingMovesTheCaseToBookedAndCountsTheLapInfantAndTheMedicalEscort() {
    long flight = gabon.schedule(gabon.charter(20, 30));
    JsonNode family = gabon.ready(gabon.motherWithBabyAndBoy());
    String caseId = family.get("id").asString();
    String mother = members(family).get(0);

    Response booked = gabon.book(flight, caseId, mother);

    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    JsonNode booking = booked.json().get(0);
    assertThat(booking.get("status").asString()).isEqualTo("BOOKED");
    assertThat(booking.get("people").asInt()).isEqualTo(3);
    assertThat(booking.get("lapInfants").asInt()).isEqualTo(1);
    assertThat(booking.get("medicalEscorts").asInt()).isEqualTo(1);
    // the mother and the boy on seats, the baby on her lap, and the mother's escort
    assertThat(booking.get("seats").asInt()).isEqualTo(3);
    assertThat(booking.get("passengers").get(1).get("lapInfant").asBoolean()).isTrue();
    assertThat(gabon.status(caseId)).isEqualTo("BOOKED");
    JsonNode seats = gabon.movement.get(flights(flight)).json().get("seats");
    assertThat(seats.get("taken").asInt()).isEqualTo(3);
    assertThat(seats.get("left").asInt()).isEqualTo(17);
    // the case's history says which flight
    JsonNode history = gabon.caseworker.get("/api/v1/cases/" + caseId + "/history").json();
    assertThat(history.get(history.size() - 1).get("reason").asString())
        .contains("booked on flight " + flight);
  }

  @Test
  void refusesEveryHouseholdOfARequestThatBreaksARuleSayingWhyAndBooksNoneOfThem() {
    long flight = gabon.schedule(gabon.charter(2, 31));
    String single = gabon.ready(gabon.single()).get("id").asString();
    String family = gabon.ready(gabon.motherWithBabyAndBoy()).get("id").asString();
    Map<String, Object> elsewhere = gabon.single();
    elsewhere.put("destinationCountry", "CMR");
    Response registered = gabon.caseworker.post("/api/v1/cases", elsewhere);
    String notReady = registered.json().get("id").asString();

    Response refused =
        gabon.movement.post(
            flights(flight) + "/bookings",
            Map.of(
                "households",
                List.of(
                    Map.of("caseId", single),
                    Map.of("caseId", notReady),
                    Map.of("caseId", family))));

    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("booking-refused");
    List<String> refusals = new ArrayList<>();
    refused
        .json()
        .get("refusals")
        .forEach(r -> refusals.add(r.get("household").asInt() + " " + r.get("code").asString()));
    // counted as if the others were booked: the family's 2 seats would not fit after them
    assertThat(refusals).containsExactly("1 case-not-ready", "1 wrong-destination", "2 no-seats");
    assertThat(gabon.status(single)).isEqualTo("READY_FOR_DEPARTURE");
    assertThat(gabon.movement.get(flights(flight) + "/bookings").json()).isEmpty();

    assertThat(gabon.book(flight, single).status()).isEqualTo(201);
    Response twice = gabon.book(flight, single);
    assertThat(twice.json().get("refusals").get(0).get("code").asString())
        .isEqualTo("already-booked");
  }

  @Test
  void unaccompaniedMinorsTakeOneEscortSeatPerStartedGroupOfFive() {
    long flight = gabon.schedule(gabon.charter(3, 32));
    String first = gabon.ready(gabon.unaccompaniedBoy()).get("id").asString();
    String second = gabon.ready(gabon.unaccompaniedBoy()).get("id").asString();
    String third = gabon.ready(gabon.unaccompaniedBoy()).get("id").asString();

    assertThat(gabon.book(flight, first).status()).isEqualTo(201);
    JsonNode seats = gabon.movement.get(flights(flight)).json().get("seats");
    assertThat(seats.get("unaccompaniedMinors").asInt()).isEqualTo(1);
    assertThat(seats.get("minorEscorts").asInt()).isEqualTo(1);
    assertThat(seats.get("taken").asInt()).isEqualTo(2);
    // the second boy joins the first one's escort
    assertThat(gabon.book(flight, second).status()).isEqualTo(201);
    assertThat(gabon.movement.get(flights(flight)).json().get("seats").get("taken").asInt())
        .isEqualTo(3);
    Response full = gabon.book(flight, third);
    assertThat(full.status()).isEqualTo(409);
    assertThat(full.json().get("refusals").get(0).get("code").asString()).isEqualTo("no-seats");
  }

  @Test
  void badInputNamesEveryField() {
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("kind", "BALLOON");
    bad.put("departureAirport", "Casablanca");
    bad.put("arrivalAirport", "DLA");
    bad.put("arrivalCountry", "XYZ");
    bad.put("departsAt", "next tuesday");
    bad.put("timeZone", "Mars/Olympus");
    bad.put("seats", 0);
    bad.put("currency", "DOLLARS");
    bad.put("costPerSeat", "three hundred");
    Response invalid = gabon.movement.post("/api/v1/movement/flights", bad);

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("code").asString()).isEqualTo("invalid-input");
    List<String> fields = new ArrayList<>();
    invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "kind",
            "departureAirport",
            "arrivalCountry",
            "departsAt",
            "timeZone",
            "seats",
            "currency",
            "costPerSeat");

    Response wrongType = gabon.movement.post("/api/v1/movement/flights", Map.of("seats", "many"));
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("seats");

    long flight = gabon.schedule(gabon.charter(10, 33));
    Response malformed =
        gabon.movement.post(
            flights(flight) + "/bookings",
            Map.of("households", List.of(Map.of("caseId", "not-a-case"))));
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("errors").get(0).get("field").asString())
        .isEqualTo("households[0].caseId");
    String single = gabon.ready(gabon.single()).get("id").asString();
    Response stranger = gabon.book(flight, single, java.util.UUID.randomUUID().toString());
    assertThat(stranger.status()).isEqualTo(400);
    assertThat(stranger.json().get("errors").get(0).get("field").asString())
        .isEqualTo("households[0].medicalEscorts[0]");
    assertThat(stranger.json().get("errors").get(0).get("code").asString())
        .isEqualTo("unknown-member");
    Response noReason = gabon.movement.post(flights(flight) + "/status", Map.of("to", "CANCELLED"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
  }

  @Test
  void theManifestListsEachPassengerAsJsonCsvAndPdfButNoMedicalDetail() throws Exception {
    long flight = gabon.schedule(gabon.charter(30, 34));
    JsonNode single = gabon.ready(gabon.single());
    JsonNode family = gabon.ready(gabon.motherWithBabyAndBoy());
    JsonNode sick = gabon.ready(gabon.sickMan());
    for (JsonNode c : List.of(single, family, sick)) {
      assertThat(gabon.book(flight, c.get("id").asString()).status()).isEqualTo(201);
    }

    JsonNode manifest = gabon.movement.get(flights(flight) + "/manifest").json();
    JsonNode lines = manifest.get("passengers");
    assertThat(lines).hasSize(5);
    JsonNode man = lines.get(0);
    assertThat(man.get("familyName").asString())
        .isEqualTo(single.get("members").get(0).get("familyName").asString());
    assertThat(man.get("documentType").asString()).isEqualTo("PASSPORT");
    assertThat(man.get("documentNumber").asString()).isEqualTo("GA4471902");
    assertThat(man.get("nationality").asString()).isEqualTo("GAB");
    assertThat(lines.get(1).get("specialNeeds").toString()).contains("PREGNANT", "SINGLE_PARENT");
    assertThat(lines.get(2).get("seat").asString()).isEqualTo("LAP_INFANT");
    assertThat(lines.get(3).get("seat").asString()).isEqualTo("SEAT");
    assertThat(lines.get(4).get("specialNeeds")).isEmpty();
    assertThat(manifest.toString()).doesNotContain("SERIOUS_MEDICAL_CONDITION");
    assertThat(manifest.get("seats").get("taken").asInt()).isEqualTo(4);
    assertThat(manifest.get("seats").get("lapInfants").asInt()).isEqualTo(1);

    HttpResponse<byte[]> csv = get("movement.mar", flights(flight) + "/manifest.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    List<String> rows = List.of(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"));
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0))
        .isEqualTo(
            "flight,case_number,family_name,given_name,sex,date_of_birth,"
                + "date_of_birth_estimated,nationality,document_type,document_number,seat,"
                + "medical_escort,special_needs,boarding");
    assertThat(rows.get(1))
        .startsWith(flight + "," + single.get("caseNumber").asString() + ",")
        .contains(",M,", ",GAB,PASSPORT,GA4471902,SEAT,false,,EXPECTED");
    assertThat(rows.get(2)).contains(",PREGNANT;SINGLE_PARENT,");
    assertThat(rows.get(3)).contains(",LAP_INFANT,");
    assertThat(String.join("\n", rows)).doesNotContain("SERIOUS_MEDICAL_CONDITION");

    HttpResponse<byte[]> pdf = get("movement.mar", flights(flight) + "/manifest.pdf?lang=fr");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
    PdfReader reader = new PdfReader(pdf.body());
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    assertThat(text)
        .contains("Manifeste des passagers")
        .contains("CMN → LBV")
        .contains(single.get("members").get(0).get("familyName").asString())
        .contains("GA4471902")
        .contains("Government of Morocco");

    JsonNode exports =
        ApiClient.as(port, "dataprotection.mar")
            .get(
                "/api/v1/audit/entries?action=movement.manifest-exported&subjectType=flight"
                    + "&subjectId="
                    + flight)
            .json()
            .get("items");
    assertThat(exports).hasSize(2);
  }

  @Test
  void everyChangeToTheBookingsOfAConfirmedFlightIsANewRevisionAudited() {
    long flight = gabon.schedule(gabon.charter(30, 35));
    JsonNode first = gabon.ready(gabon.single());
    JsonNode second = gabon.ready(gabon.single());
    assertThat(gabon.book(flight, first.get("id").asString()).status()).isEqualTo(201);
    assertThat(gabon.movement.get(flights(flight) + "/changes").json()).isEmpty();

    Response confirmed = gabon.confirm(flight);
    assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
    assertThat(confirmed.json().get("manifestRevision").asInt()).isZero();

    assertThat(gabon.book(flight, second.get("id").asString()).status()).isEqualTo(201);
    Response cancelled =
        gabon.movement.post(
            flights(flight) + "/bookings/" + first.get("id").asString() + "/cancellation",
            Map.of("reason", "his mother is ill; he travels next month"));
    assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
    assertThat(gabon.status(first.get("id").asString())).isEqualTo("READY_FOR_DEPARTURE");
    Response escorted =
        gabon.movement.put(
            flights(flight) + "/passengers/" + members(second).get(0) + "/medical-escort",
            Map.of("medicalEscort", true));
    assertThat(escorted.status()).as(escorted.text()).isEqualTo(200);
    assertThat(escorted.json().get("seats").asInt()).isEqualTo(2);

    JsonNode after = gabon.movement.get(flights(flight)).json();
    assertThat(after.get("manifestRevision").asInt()).isEqualTo(3);
    List<String> changes = new ArrayList<>();
    gabon
        .movement
        .get(flights(flight) + "/changes")
        .json()
        .forEach(c ->
            changes.add(
                c.get("action").asString()
                    + " "
                    + c.get("details").path("manifestRevision").asInt()
                    + " "
                    + c.get("actor").asString()));
    assertThat(changes)
        .containsExactly(
            "movement.flight-confirmed 0 movement.mar",
            "movement.household-booked 1 movement.mar",
            "movement.booking-cancelled 2 movement.mar",
            "movement.medical-escort-added 3 movement.mar");
    JsonNode audited =
        ApiClient.as(port, "dataprotection.mar")
            .get("/api/v1/audit/entries?subjectType=flight&subjectId=" + flight)
            .json()
            .get("items");
    assertThat(audited.toString())
        .contains("movement.booking-cancelled", "his mother is ill")
        .contains(second.get("caseNumber").asString())
        // names stay in the registry
        .doesNotContain(second.get("members").get(0).get("familyName").asString());
  }

  @Test
  void onlyTheMissionsMovementOfficersKeepFlightsAndOthersSeeWhatTheirRolesAllow() {
    long flight = gabon.schedule(gabon.charter(10, 36));
    ApiClient cmr = ApiClient.as(port, "caseworker.cmr");
    ApiClient finance = ApiClient.as(port, "finance.mar");
    assertThat(gabon.caseworker.get(flights(flight)).status()).isEqualTo(200);
    assertThat(gabon.caseworker.post("/api/v1/movement/flights", gabon.charter(10, 36)).status())
        .isEqualTo(403);
    assertThat(gabon.chief.post(flights(flight) + "/status", Map.of("to", "CONFIRMED")).status())
        .isEqualTo(403);
    assertThat(finance.get(flights(flight)).status()).isEqualTo(403);
    // another country's mission does not know the flight exists
    assertThat(cmr.get(flights(flight)).status()).isEqualTo(404);
    assertThat(cmr.get(flights(flight) + "/manifest").status()).isEqualTo(404);
    assertThat(cmr.get("/api/v1/movement/flights").json().toString())
        .doesNotContain("\"id\":" + flight + ",");
    assertThat(gabon.movement.get("/api/v1/movement/flights/999999999").status()).isEqualTo(404);
    assertThat(gabon.movement.get("/api/v1/movement/flights/abc").status()).isEqualTo(404);
  }

  @Test
  void aFlightStepsOnlyAsItsStatusAllowsAndCancellingSendsItsHouseholdsBackToThePool() {
    long flight = gabon.schedule(gabon.charter(10, 37));
    String single = gabon.ready(gabon.single()).get("id").asString();
    assertThat(gabon.book(flight, single).status()).isEqualTo(201);

    Response early = gabon.movement.post(flights(flight) + "/status", Map.of("to", "ARRIVED"));
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("code").asString()).isEqualTo("illegal-flight-step");
    assertThat(early.json().get("allowed").toString()).contains("CONFIRMED", "CANCELLED");
    Response departEarly = gabon.movement.post(flights(flight) + "/departure", null);
    assertThat(departEarly.json().get("code").asString()).isEqualTo("flight-not-confirmed");

    JsonNode current = gabon.movement.get(flights(flight)).json();
    Response smaller =
        gabon.movement.put(
            flights(flight),
            withSeats(gabon.charter(10, 37), 0),
            "If-Match",
            "\"" + current.get("version").asLong() + "\"");
    assertThat(smaller.status()).isEqualTo(400);
    Map<String, Object> elsewhere = gabon.charter(10, 37);
    elsewhere.put("arrivalCountry", "CMR");
    Response moved =
        gabon.movement.put(
            flights(flight), elsewhere, "If-Match", "\"" + current.get("version").asLong() + "\"");
    assertThat(moved.json().get("code").asString()).isEqualTo("flight-has-bookings");
    Response stale =
        gabon.movement.put(flights(flight), gabon.charter(12, 37), "If-Match", "\"1\"");
    assertThat(stale.status()).isEqualTo(412);
    Response noIfMatch = gabon.movement.put(flights(flight), gabon.charter(12, 37));
    assertThat(noIfMatch.status()).isEqualTo(428);
    Response bigger =
        gabon.movement.put(
            flights(flight),
            gabon.charter(12, 37),
            "If-Match",
            "\"" + current.get("version").asLong() + "\"");
    assertThat(bigger.status()).as(bigger.text()).isEqualTo(200);
    assertThat(bigger.json().get("seats").get("capacity").asInt()).isEqualTo(12);

    Response cancelled =
        gabon.movement.post(
            flights(flight) + "/status",
            Map.of("to", "CANCELLED", "reason", "the aircraft is grounded"));
    assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
    assertThat(cancelled.json().get("cancelReason").asString())
        .isEqualTo("the aircraft is grounded");
    assertThat(gabon.status(single)).isEqualTo("READY_FOR_DEPARTURE");
    assertThat(
            gabon
                .movement
                .get(flights(flight) + "/bookings")
                .json()
                .get(0)
                .get("status")
                .asString())
        .isEqualTo("CANCELLED");
    Response closed =
        gabon.movement.put(
            flights(flight),
            gabon.charter(12, 37),
            "If-Match",
            "\"" + cancelled.json().get("version").asLong() + "\"");
    assertThat(closed.json().get("code").asString()).isEqualTo("flight-closed");
  }

  @Test
  void aBookedHouseholdThatGrowsTakesTheFlightAsItIsAndIsFlaggedWhenTheSeatsLack()
      throws Exception {
    long flight = gabon.schedule(gabon.charter(3, 38));
    JsonNode single = gabon.ready(gabon.single());
    JsonNode family = gabon.ready(gabon.motherWithBabyAndBoy());
    String familyId = family.get("id").asString();
    for (JsonNode c : List.of(single, family)) {
      assertThat(gabon.book(flight, c.get("id").asString()).status()).isEqualTo(201);
    }
    assertThat(gabon.confirm(flight).status()).isEqualTo(200);
    int revision = gabon.movement.get(flights(flight)).json().get("manifestRevision").asInt();

    // the grandmother joins them in Morocco before the flight: one seat more than the flight has
    List<Map<String, Object>> members = FlightFixture.memberFields(family);
    members.add(gabon.grandmother(family));
    assertThat(gabon.patchMembers(familyId, members).status()).isEqualTo(200);

    JsonNode grown = gabon.awaitBooking(flight, familyId, b -> b.get("people").asInt() == 4);
    assertThat(grown.get("seats").asInt()).isEqualTo(3);
    assertThat(grown.get("overCapacity").asBoolean()).isTrue();
    assertThat(grown.get("passengers")).hasSize(4);
    JsonNode after = gabon.movement.get(flights(flight)).json();
    assertThat(after.get("seats").get("taken").asInt()).isEqualTo(4);
    assertThat(after.get("seats").get("overCapacity").asBoolean()).isTrue();
    assertThat(after.get("seats").get("lacking").asInt()).isEqualTo(1);
    assertThat(after.get("manifestRevision").asInt()).isEqualTo(revision + 1);
    // both households stay booked
    JsonNode bookings = gabon.movement.get(flights(flight) + "/bookings").json();
    assertThat(bookings).hasSize(2);
    bookings.forEach(b -> assertThat(b.get("status").asString()).isEqualTo("BOOKED"));
    // the manifest, its CSV and its PDF list her
    JsonNode manifest = gabon.movement.get(flights(flight) + "/manifest").json();
    assertThat(manifest.get("passengers")).hasSize(5);
    assertThat(manifest.get("passengers").get(4).get("givenName").asString()).isEqualTo("Mariam");
    assertThat(manifest.get("passengers").get(4).get("specialNeeds").toString())
        .contains("OLDER_PERSON");
    String csv =
        new String(
            get("movement.mar", flights(flight) + "/manifest.csv").body(), StandardCharsets.UTF_8);
    assertThat(csv.split("\r\n")).hasSize(6);
    assertThat(csv).contains(",Mariam,F,");
    String pdf =
        new PdfTextExtractor(
                new PdfReader(
                    get("movement.mar", flights(flight) + "/manifest.pdf?lang=en").body()))
            .getTextFromPage(1);
    assertThat(pdf).contains("Mariam").contains("over capacity");
    // audited on the flight, people by id
    List<JsonNode> changes = new ArrayList<>();
    gabon
        .movement
        .get(flights(flight) + "/changes")
        .json()
        .forEach(c -> {
          if (c.get("action").asString().equals("movement.booking-household-changed")) {
            changes.add(c);
          }
        });
    assertThat(changes).hasSize(1);
    JsonNode changed = changes.getFirst();
    assertThat(changed.get("details").get("manifestRevision").asInt()).isEqualTo(revision + 1);
    assertThat(changed.get("details").get("caseNumber").asString())
        .isEqualTo(family.get("caseNumber").asString());
    assertThat(changed.get("details").get("joined")).hasSize(1);
    assertThat(changed.get("details").get("overCapacity").asBoolean()).isTrue();
    assertThat(changed.toString()).doesNotContain("Mariam");
    // a full flight books no one else
    JsonNode another = gabon.ready(gabon.single());
    assertThat(gabon.book(flight, another.get("id").asString()).json().toString())
        .contains("no-seats");

    // the boy stays with his father after all: the seats suffice again, the flag goes
    List<Map<String, Object>> without =
        FlightFixture.memberFields(gabon.caseworker.get("/api/v1/cases/" + familyId).json());
    without.removeIf(m -> m.get("givenName").equals("Moussa"));
    assertThat(gabon.patchMembers(familyId, without).status()).isEqualTo(200);
    JsonNode shrunk = gabon.awaitBooking(flight, familyId, b -> b.get("people").asInt() == 3);
    assertThat(shrunk.get("overCapacity").asBoolean()).isFalse();
    assertThat(shrunk.get("seats").asInt()).isEqualTo(2);
    JsonNode settled = gabon.movement.get(flights(flight)).json().get("seats");
    assertThat(settled.get("taken").asInt()).isEqualTo(3);
    assertThat(settled.get("overCapacity").asBoolean()).isFalse();
    assertThat(gabon.movement.get(flights(flight) + "/manifest").json().toString())
        .doesNotContain("Moussa");
  }

  private static Map<String, Object> withSeats(Map<String, Object> flight, int seats) {
    flight.put("seats", seats);
    return flight;
  }

  HttpResponse<byte[]> get(String username, String path) throws Exception {
    String token =
        Base64.getEncoder()
            .encodeToString(
                (username + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
