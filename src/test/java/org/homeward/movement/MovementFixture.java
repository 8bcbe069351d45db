package org.homeward.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.registry.Case;
import org.homeward.registry.Person;
import tools.jackson.databind.JsonNode;

/**
 * Travel documents and fitness checks set up as the Morocco mission's movement and medical officers
 * would: through the API, or in-process through {@link TravelRecords} for tests without a port.
 */
public final class MovementFixture {

  public final ApiClient movement;
  public final ApiClient medical;
  public final ApiClient caseworker;
  final LocalDate today = LocalDate.now();

  public MovementFixture(int port) {
    movement = ApiClient.as(port, "movement.mar");
    medical = ApiClient.as(port, "medical.mar");
    caseworker = ApiClient.as(port, "caseworker.mar");
  }

  /** Every member of the case holds a passport issued today and is fit to travel for 30 days. */
  public void readyToTravel(String caseId) {
    for (String person : memberIds(caseId)) {
      String document = request(person, "PASSPORT", null).json().get("id").asString();
      Response issued = issue(document, "P" + person.substring(0, 8), today, today.plusYears(5));
      assertThat(issued.status()).as(issued.text()).isEqualTo(200);
      Response fit = fitness(person, "FIT", today, today.plusDays(30), null);
      assertThat(fit.status()).as(fit.text()).isEqualTo(201);
    }
  }

  /** The same in-process, for a case read with {@code cases.get}. */
  public static void readyToTravel(TravelRecords records, Case c) {
    var movement =
        new org.homeward.organisation.Actor(
            "movement.mar",
            "MAR",
            java.util.Set.of(org.homeward.organisation.Role.MOVEMENT_OFFICER));
    var medical =
        new org.homeward.organisation.Actor(
            "medical.mar", "MAR", java.util.Set.of(org.homeward.organisation.Role.MEDICAL_OFFICER));
    LocalDate today = LocalDate.now();
    for (Person p : c.members()) {
      var id = records.requestDocument(p.id(), TravelDocumentType.PASSPORT, null, today, movement);
      records.documentIssued(
          id, "P" + p.id().toString().substring(0, 8), today, today.plusYears(5), movement);
      records.fitnessChecked(p.id(), today, FitnessOutcome.FIT, today.plusDays(30), null, medical);
    }
  }

  public List<String> memberIds(String caseId) {
    JsonNode c = caseworker.get("/api/v1/cases/" + caseId).json();
    List<String> ids = new ArrayList<>();
    c.get("members").forEach(m -> ids.add(m.get("id").asString()));
    return ids;
  }

  public Response request(String personId, String type, String consulate) {
    return request(personId, type, consulate, today);
  }

  public Response request(String personId, String type, String consulate, LocalDate on) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    if (consulate != null) {
      body.put("consulate", consulate);
    }
    body.put("requestedOn", on.toString());
    Response requested =
        movement.post("/api/v1/movement/people/" + personId + "/travel-documents", body);
    assertThat(requested.status()).as(requested.text()).isEqualTo(201);
    return requested;
  }

  public Response issue(String documentId, String number, LocalDate issuedOn, LocalDate expiresOn) {
    return movement.post(
        "/api/v1/movement/travel-documents/" + documentId + "/issue",
        Map.of(
            "number", number, "issuedOn", issuedOn.toString(), "expiresOn", expiresOn.toString()));
  }

  public Response fitness(
      String personId, String outcome, LocalDate checkedOn, LocalDate validUntil, String details) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("checkedOn", checkedOn.toString());
    body.put("outcome", outcome);
    if (validUntil != null) {
      body.put("validUntil", validUntil.toString());
    }
    if (details != null) {
      body.put("details", details);
    }
    return medical.post("/api/v1/movement/people/" + personId + "/fitness-checks", body);
  }

  /**
   * A household registered, counselled, its consent signed and found eligible (demo money pays).
   */
  public String eligible(Map<String, Object> household) {
    Response created = caseworker.post("/api/v1/cases", household);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(caseworker.post(path(id) + "/transitions", Map.of("to", "COUNSELLED")).status())
        .isEqualTo(200);
    Response consent =
        caseworker.put(
            path(id) + "/consent",
            Map.of(
                "declaredOn",
                today.toString(),
                "counsellor",
                "Amina Benali",
                "language",
                "fr",
                "signed",
                true));
    assertThat(consent.status()).as(consent.text()).isEqualTo(200);
    Response eligible = caseworker.post(path(id) + "/transitions", Map.of("to", "ELIGIBLE"));
    assertThat(eligible.status()).as(eligible.text()).isEqualTo(200);
    return id;
  }

  public static String path(String caseId) {
    return "/api/v1/cases/" + caseId;
  }
}
