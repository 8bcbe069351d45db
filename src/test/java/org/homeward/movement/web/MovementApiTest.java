package org.homeward.movement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.movement.MovementFixture;
import org.homeward.movement.PersonReadiness;
import org.homeward.movement.TravelReadiness;
import org.homeward.registry.Households;
import org.homeward.registry.PersonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Travel documents, fitness to travel and the readiness guard through the API, as the Morocco
 * mission's movement officer, medical officer and caseworker use them, against the real database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MovementApiTest {

  @LocalServerPort int port;
  @Autowired TravelReadiness readiness;
  @Autowired JdbcClient jdbc;

  MovementFixture travel;
  final LocalDate today = LocalDate.now();

  @BeforeEach
  void fixture() {
    travel = new MovementFixture(port);
  }

  @Test
  void refusesReadinessNamingEachMemberAndWhatTheyLackThenAdmitsOnceTheyHaveIt() {
    String family = Households.uniqueFamilyName();
    String id = travel.eligible(Households.familyOfThree(family));
    List<String> members = travel.memberIds(id);
    String marie = members.get(0);
    String paul = members.get(1);
    String junior = members.get(2);
    String mariesPass = travel.request(marie, "LAISSEZ_PASSER", null).json().get("id").asString();
    assertThat(travel.issue(mariesPass, "LP-CMR-1", today, today.plusMonths(3)).status())
        .isEqualTo(200);
    String paulsPass = travel.request(paul, "LAISSEZ_PASSER", null).json().get("id").asString();
    assertThat(travel.fitness(marie, "FIT", today, today.plusDays(30), null).status())
        .isEqualTo(201);
    assertThat(travel.fitness(paul, "FIT_WITH_ESCORT", today, today.plusDays(30), null).status())
        .isEqualTo(201);

    Response refused = ready(id);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("transition-refused");
    JsonNode refusal = only(refused.json().get("refusals"), "not-ready");
    assertThat(refusal.get("overridable").asBoolean()).isFalse();
    String reason = refusal.get("reason").asString();
    assertThat(reason)
        .contains(
            "Paul "
                + family
                + " ("
                + paul
                + "): no valid travel document: the laissez-passer"
                + " requested of the consulate of CMR on "
                + today
                + " is not issued yet")
        .contains("Junior " + family + " (" + junior + "): no travel document")
        .contains("no fit-to-travel check recorded")
        .doesNotContain("Marie " + family);
    assertThat(travel.caseworker.get(MovementFixture.path(id)).json().get("status").asString())
        .isEqualTo("ELIGIBLE");
    JsonNode before = travel.movement.get("/api/v1/movement/cases/" + id + "/travel").json();
    assertThat(before.get("ready").asBoolean()).isFalse();
    assertThat(lackCodes(before.get("members").get(2)))
        .containsExactly("no-document", "no-fitness");

    assertThat(travel.issue(paulsPass, "LP-CMR-2", today, today.plusMonths(3)).status())
        .isEqualTo(200);
    String juniorsPass =
        travel.request(junior, "LAISSEZ_PASSER", "CMR").json().get("id").asString();
    assertThat(travel.issue(juniorsPass, "LP-CMR-3", today, today.plusMonths(3)).status())
        .isEqualTo(200);
    assertThat(travel.fitness(junior, "FIT", today, today.plusDays(30), null).status())
        .isEqualTo(201);

    Response admitted = ready(id);

    assertThat(admitted.status()).as(admitted.text()).isEqualTo(200);
    assertThat(admitted.json().get("status").asString()).isEqualTo("READY_FOR_DEPARTURE");
    JsonNode after = travel.movement.get("/api/v1/movement/cases/" + id + "/travel").json();
    assertThat(after.get("ready").asBoolean()).isTrue();
    assertThat(after.get("members").get(1).get("medicalEscort").asBoolean()).isTrue();
    assertThat(after.get("members").get(1).get("validDocument").get("number").asString())
        .isEqualTo("LP-CMR-2");
    // the flights read the same through the module's API
    PersonReadiness pauls = readiness.of(new PersonId(java.util.UUID.fromString(paul)), today);
    assertThat(pauls.mayTravel()).isTrue();
    assertThat(pauls.needsMedicalEscort()).isTrue();
    assertThat(pauls.documentValidUntil()).contains(today.plusMonths(3));
    assertThat(pauls.fitValidUntil()).contains(today.plusDays(30));
  }

  @Test
  void aDocumentExpiredOnTheDayDoesNotCountThoughItDidBefore() {
    String id = travel.eligible(single("Issa"));
    String person = travel.memberIds(id).getFirst();
    String pass =
        travel
            .request(person, "LAISSEZ_PASSER", null, today.minusDays(120))
            .json()
            .get("id")
            .asString();
    assertThat(travel.issue(pass, "LP-OLD-1", today.minusDays(100), today.minusDays(1)).status())
        .isEqualTo(200);
    assertThat(travel.fitness(person, "FIT", today, today.plusDays(30), null).status())
        .isEqualTo(201);

    Response refused = ready(id);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(only(refused.json().get("refusals"), "not-ready").get("reason").asString())
        .contains("no valid travel document: the last one expired on " + today.minusDays(1));
    JsonNode onTheDay =
        travel.movement.get("/api/v1/movement/people/" + person + "/readiness").json();
    assertThat(onTheDay.get("documented").asBoolean()).isFalse();
    assertThat(onTheDay.get("fit").asBoolean()).isTrue();
    JsonNode before =
        travel
            .movement
            .get("/api/v1/movement/people/" + person + "/readiness?on=" + today.minusDays(2))
            .json();
    assertThat(before.get("documented").asBoolean()).isTrue();
    assertThat(before.get("travelDocument").get("expiresOn").asString())
        .isEqualTo(today.minusDays(1).toString());
    // a flight after the check holds no longer finds them fit
    JsonNode later =
        travel
            .movement
            .get("/api/v1/movement/people/" + person + "/readiness?on=" + today.plusDays(31))
            .json();
    assertThat(later.get("fit").asBoolean()).isFalse();
  }

  @Test
  void aPassportRecordedAtRegistrationWithItsExpiryCountsAndOneWithoutDoesNot() {
    java.util.Map<String, Object> household = single("Moussa");
    @SuppressWarnings("unchecked")
    Map<String, Object> man = ((List<Map<String, Object>>) household.get("members")).getFirst();
    man.put(
        "documents",
        List.of(
            Map.of(
                "type", "PASSPORT",
                "number", "CM0987654",
                "issuingCountry", "CMR",
                "expiresOn", today.plusYears(2).toString()),
            Map.of("type", "NATIONAL_ID", "number", "ID-44", "issuingCountry", "CMR")));
    String id = travel.eligible(household);
    String person = travel.memberIds(id).getFirst();
    assertThat(travel.fitness(person, "FIT", today, today.plusDays(30), null).status())
        .isEqualTo(201);

    JsonNode member =
        travel
            .movement
            .get("/api/v1/movement/cases/" + id + "/travel")
            .json()
            .get("members")
            .get(0);
    assertThat(member.get("validDocument").get("number").asString()).isEqualTo("CM0987654");
    assertThat(member.get("validDocument").get("recordedAtRegistration").asBoolean()).isTrue();
    assertThat(ready(id).status()).isEqualTo(200);
  }

  @Test
  void anUnfitOutcomeDefersTheCase() {
    String id = travel.eligible(single("Abdou"));
    String person = travel.memberIds(id).getFirst();

    Response unfit =
        travel.fitness(person, "UNFIT", today, null, "acute hepatitis, not contagious");

    assertThat(unfit.status()).as(unfit.text()).isEqualTo(201);
    assertThat(unfit.json().get("caseDeferred").asBoolean()).isTrue();
    assertThat(unfit.json().get("caseStatus").asString()).isEqualTo("DEFERRED");
    JsonNode c = travel.caseworker.get(MovementFixture.path(id)).json();
    assertThat(c.get("status").asString()).isEqualTo("DEFERRED");
    JsonNode history = travel.caseworker.get(MovementFixture.path(id) + "/history").json();
    JsonNode step = history.get(history.size() - 1);
    assertThat(step.get("action").asString()).isEqualTo("case.transitioned");
    assertThat(step.get("reason").asString())
        .isEqualTo(
            "found unfit to travel on " + today + " (fit-to-travel check recorded by medical.mar)");
    assertThat(actions(history)).contains("movement.fitness-recorded");
  }

  @Test
  void medicalDetailsAreSealedHiddenFromMovementOnlyReadersAndShownAuditedToMedicalOnes() {
    String id = travel.eligible(single("Ousmane"));
    String person = travel.memberIds(id).getFirst();
    String details = "asthma, inhaler in the cabin";
    assertThat(travel.fitness(person, "FIT", today, today.plusDays(30), details).status())
        .isEqualTo(201);
    String path = "/api/v1/movement/people/" + person + "/fitness-checks";

    for (String reader : List.of("movement.mar", "chief.mar")) {
      JsonNode check = ApiClient.as(port, reader).get(path).json().get(0);
      assertThat(check.get("outcome").asString()).as(reader).isEqualTo("FIT");
      assertThat(check.has("details")).as(reader).isFalse();
      assertThat(check.get("restricted").asBoolean()).as(reader).isTrue();
      assertThat(ApiClient.as(port, reader).get("/api/v1/movement/cases/" + id + "/travel").text())
          .as(reader)
          .doesNotContain("inhaler");
    }
    assertThat(actions(history(id))).doesNotContain("movement.fitness-sensitive-read");

    JsonNode shown = travel.medical.get(path).json().get(0);

    assertThat(shown.get("details").asString()).isEqualTo(details);
    assertThat(shown.get("restricted").asBoolean()).isFalse();
    assertThat(travel.caseworker.get("/api/v1/movement/cases/" + id + "/travel").text())
        .contains("inhaler");
    JsonNode history = history(id);
    List<String> readers = new ArrayList<>();
    history.forEach(e -> {
      if (e.get("action").asString().equals("movement.fitness-sensitive-read")) {
        readers.add(e.get("actor").asString());
      }
    });
    assertThat(readers).containsExactly("medical.mar", "caseworker.mar");
    assertThat(history.toString()).doesNotContain("inhaler");
    byte[] stored =
        jdbc.sql("SELECT details FROM movement_fitness_check WHERE person_id = ?")
            .param(java.util.UUID.fromString(person))
            .query(byte[].class)
            .single();
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("inhaler");
  }

  @Test
  void theConsulatesListIsExportedAsCsvAndPdfAndItsSendingIsADisclosure() throws IOException {
    String family = Households.uniqueFamilyName();
    String id = travel.eligible(Households.familyOfThree(family));
    List<String> documents = new ArrayList<>();
    for (String person : travel.memberIds(id)) {
      documents.add(travel.request(person, "LAISSEZ_PASSER", null).json().get("id").asString());
    }

    var csv = file("/api/v1/movement/consulates/CMR/requests.csv", "text/csv");

    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d -> assertThat(d).contains("travel-document-requests-CMR-" + today + ".csv"));
    List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.getFirst())
        .isEqualTo(
            "family_name,given_name,sex,date_of_birth,date_of_birth_estimated,place_of_birth,"
                + "nationality,document_type,consulate,requested_on,sent_on,case_number,"
                + "person_id,request_id");
    List<String> ours = lines.stream().filter(l -> l.startsWith(family + ",")).toList();
    assertThat(ours).hasSize(3);
    assertThat(ours)
        .anySatisfy(l ->
            assertThat(l)
                .startsWith(
                    family + ",Marie,F,1990-05-01,false,,CMR,LAISSEZ_PASSER,CMR," + today + ",,"));

    var pdf = file("/api/v1/movement/consulates/CMR/requests.pdf?lang=fr", "application/pdf");
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Language")).contains("fr");
    String text = text(pdf.body());
    assertThat(text).contains("Consulat : Cameroun").contains(family).contains("Marie");
    List<String> exports = new ArrayList<>();
    ApiClient.as(port, "dataprotection.mar")
        .get("/api/v1/audit/entries?action=movement.consulate-list-exported&subjectId=CMR")
        .json()
        .get("items")
        .forEach(e ->
            exports.add(
                e.get("actor").asString() + " " + e.get("details").get("format").asString()));
    assertThat(exports).contains("movement.mar csv", "movement.mar pdf");

    Response sent =
        travel.movement.post(
            "/api/v1/movement/consulates/CMR/sendings",
            Map.of("documentIds", documents, "sentOn", today.toString()));

    assertThat(sent.status()).as(sent.text()).isEqualTo(200);
    assertThat(sent.json().get("recipient").asString()).isEqualTo("Consulate of Cameroon (CMR)");
    JsonNode disclosure = null;
    for (JsonNode e : history(id)) {
      if (e.get("action").asString().equals("case.disclosed")) {
        disclosure = e;
      }
    }
    assertThat(disclosure).isNotNull();
    assertThat(disclosure.get("actor").asString()).isEqualTo("movement.mar");
    assertThat(disclosure.get("details").get("recipient").asString())
        .isEqualTo("Consulate of Cameroon (CMR)");
    assertThat(disclosure.get("details").get("data").toString()).contains("date of birth");
    assertThat(disclosure.get("details").get("documentIds")).hasSize(3);
    JsonNode audit =
        ApiClient.as(port, "dataprotection.mar")
            .get("/api/v1/audit/entries?action=case.disclosed&subjectId=" + id)
            .json()
            .get("items");
    assertThat(audit).hasSize(1);
    JsonNode listed = travel.movement.get("/api/v1/movement/consulates/CMR/requests").json();
    List<String> sentOn = new ArrayList<>();
    listed
        .get("requests")
        .forEach(r -> {
          if (documents.contains(r.get("documentId").asString())) {
            sentOn.add(r.get("sentOn").asString());
          }
        });
    assertThat(sentOn).containsExactly(today.toString(), today.toString(), today.toString());
  }

  @Test
  void eachMissionSeesOnlyItsOwnCasesTravel() {
    String id = travel.eligible(single("Yaya"));
    String person = travel.memberIds(id).getFirst();
    String document = travel.request(person, "LAISSEZ_PASSER", null).json().get("id").asString();
    ApiClient cameroon = ApiClient.as(port, "caseworker.cmr");

    assertThat(cameroon.get("/api/v1/movement/cases/" + id + "/travel").status()).isEqualTo(404);
    assertThat(cameroon.get("/api/v1/movement/people/" + person + "/travel-documents").status())
        .isEqualTo(404);
    assertThat(cameroon.get("/api/v1/movement/travel-documents/" + document).status())
        .isEqualTo(404);
    assertThat(cameroon.get("/api/v1/movement/people/" + person + "/fitness-checks").status())
        .isEqualTo(404);
    assertThat(cameroon.get("/api/v1/movement/consulates/CMR/requests").text())
        .doesNotContain(document);
    assertThat(travel.movement.get("/api/v1/movement/consulates/CMR/requests").text())
        .contains(document);
    // the regional office reads cases but not their movement; finance neither
    assertThat(
            ApiClient.as(port, "me.rmn").get("/api/v1/movement/cases/" + id + "/travel").status())
        .isEqualTo(403);
    assertThat(ApiClient.as(port, "finance.mar").get("/api/v1/movement/consulates").status())
        .isEqualTo(403);
  }

  @Test
  void onlyTheRolesThatDoEachStepMayDoIt() {
    String id = travel.eligible(single("Lamine"));
    String person = travel.memberIds(id).getFirst();

    assertThat(
            travel
                .medical
                .post(
                    "/api/v1/movement/people/" + person + "/travel-documents",
                    Map.of("type", "LAISSEZ_PASSER"))
                .status())
        .isEqualTo(403);
    assertThat(
            travel
                .movement
                .post(
                    "/api/v1/movement/people/" + person + "/fitness-checks",
                    Map.of("checkedOn", today.toString(), "outcome", "FIT"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void badInputNamesEachField() {
    String id = travel.eligible(single("Bakary"));
    String person = travel.memberIds(id).getFirst();

    Response request =
        travel.movement.post(
            "/api/v1/movement/people/" + person + "/travel-documents",
            Map.of("type", "VISA", "consulate", "XYZ", "requestedOn", "tomorrow"));
    assertThat(request.status()).isEqualTo(400);
    assertThat(fields(request))
        .containsExactly(
            "type:unknown-value", "consulate:unknown-country", "requestedOn:malformed-date");

    Response elsewhere =
        travel.movement.post(
            "/api/v1/movement/people/" + person + "/travel-documents",
            Map.of("type", "LAISSEZ_PASSER", "consulate", "NGA"));
    assertThat(fields(elsewhere)).containsExactly("consulate:inconsistent");

    String document = travel.request(person, "LAISSEZ_PASSER", null).json().get("id").asString();
    Response again =
        travel.movement.post(
            "/api/v1/movement/people/" + person + "/travel-documents",
            Map.of("type", "EMERGENCY_TRAVEL_DOCUMENT"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("travel-document-requested");
    assertThat(again.json().get("documentId").asString()).isEqualTo(document);

    Response issue = travel.issue(document, "", today, today.minusDays(3));
    assertThat(issue.status()).isEqualTo(400);
    assertThat(fields(issue)).containsExactly("number:required", "expiresOn:out-of-range");

    Response collect =
        travel.movement.post(
            "/api/v1/movement/travel-documents/" + document + "/collection", Map.of());
    assertThat(collect.status()).isEqualTo(409);
    assertThat(collect.json().get("code").asString()).isEqualTo("travel-document-status");
    assertThat(collect.json().get("status").asString()).isEqualTo("REQUESTED");

    Response fitness = travel.fitness(person, "FIT", today.plusDays(2), null, null);
    assertThat(fitness.status()).isEqualTo(400);
    assertThat(fields(fitness)).containsExactly("checkedOn:in-future", "validUntil:required");

    Response sending =
        travel.movement.post(
            "/api/v1/movement/consulates/CMR/sendings",
            Map.of("documentIds", List.of(document, "not-a-request")));
    assertThat(sending.status()).isEqualTo(400);
    assertThat(fields(sending)).containsExactly("documentIds[1]:unknown-document");
    assertThat(
            travel
                .movement
                .post(
                    "/api/v1/movement/consulates/SEN/sendings",
                    Map.of("documentIds", List.of(document)))
                .json()
                .get("errors")
                .get(0)
                .get("field")
                .asString())
        .isEqualTo("documentIds[0]");
    assertThat(travel.movement.get("/api/v1/movement/consulates/ZZZ/requests").status())
        .isEqualTo(404);
  }

  private Response ready(String caseId) {
    return travel.movement.post(
        MovementFixture.path(caseId) + "/transitions", Map.of("to", "READY_FOR_DEPARTURE"));
  }

  private JsonNode history(String caseId) {
    return travel.caseworker.get(MovementFixture.path(caseId) + "/history").json();
  }

  private java.net.http.HttpResponse<byte[]> file(String path, String accept) {
    try {
      var http = java.net.http.HttpClient.newHttpClient();
      var request =
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create("http://localhost:" + port + path))
              .header(
                  "Authorization",
                  "Basic "
                      + java.util.Base64.getEncoder()
                          .encodeToString(("movement.mar:" + ApiClient.DEMO_PASSWORD).getBytes()))
              .header("Accept", accept)
              .build();
      var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).isEqualTo(200);
      return response;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString().replaceAll("[ \u202f\u00a0]+", " ");
  }

  private static Map<String, Object> single(String given) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("missionCode", "MAR");
    body.put("destinationCountry", "CMR");
    body.put("finalDestination", "Yaoundé");
    List<Map<String, Object>> members = new ArrayList<>();
    members.add(
        Households.member(
            given, Households.uniqueFamilyName(), "M", "1990-01-15", "PRINCIPAL", null, List.of()));
    body.put("members", members);
    return body;
  }

  private static JsonNode only(JsonNode refusals, String code) {
    List<JsonNode> found = new ArrayList<>();
    refusals.forEach(r -> {
      if (r.get("code").asString().equals(code)) {
        found.add(r);
      }
    });
    assertThat(found).as(refusals.toString()).hasSize(1);
    return found.getFirst();
  }

  private static List<String> lackCodes(JsonNode member) {
    List<String> codes = new ArrayList<>();
    member.get("lacks").forEach(l -> codes.add(l.get("code").asString()));
    return codes;
  }

  private static List<String> actions(JsonNode history) {
    List<String> actions = new ArrayList<>();
    history.forEach(e -> actions.add(e.get("action").asString()));
    return actions;
  }

  private static List<String> fields(Response response) {
    List<String> fields = new ArrayList<>();
    response
        .json()
        .get("errors")
        .forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
    return fields;
  }
}
