package org.homeward.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.registry.Households;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person may ask for everything held about them: as JSON, or printed. Every export is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonExportTest {

  @LocalServerPort int port;

  @Test
  void exportsEverythingHeldAboutAPersonAsJsonAndAuditsIt() {
    ApiClient caseworker = ApiClient.as(port, "caseworker.mar");
    String family = Households.uniqueFamilyName();
    Response created = caseworker.post("/api/v1/cases", withNotes(family));
    String id = created.json().get("id").asString();
    String member = created.json().get("members").get(0).get("id").asString();

    Response export =
        caseworker.get(
            "/api/v1/cases/"
                + id
                + "/members/"
                + member
                + "/export?purpose=request%20of%20the%20person");

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.json().get("person").get("familyName").asString()).isEqualTo(family);
    assertThat(export.json().get("person").get("vulnerabilityNotes").asString())
        .isEqualTo("asthma");
    assertThat(export.json().get("household").get("caseNumber").asString())
        .isEqualTo(created.json().get("caseNumber").asString());
    assertThat(export.json().get("history").get(0).get("action").asString())
        .isEqualTo("case.registered");

    Response trail =
        ApiClient.as(port, "dataprotection.mar")
            .get("/api/v1/audit/entries?action=person.exported&subjectId=" + id);
    assertThat(trail.json().get("items").get(0).get("reason").asString())
        .isEqualTo("request of the person");
    assertThat(trail.json().get("items").get(0).get("actor").asString())
        .isEqualTo("caseworker.mar");
  }

  @Test
  void printsThePersonsRecordAsAPdf() throws Exception {
    ApiClient caseworker = ApiClient.as(port, "caseworker.mar");
    String family = Households.uniqueFamilyName();
    Response created = caseworker.post("/api/v1/cases", withNotes(family));
    String id = created.json().get("id").asString();
    String member = created.json().get("members").get(0).get("id").asString();

    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + port
                                + "/api/v1/cases/"
                                + id
                                + "/members/"
                                + member
                                + "/export?purpose=printed%20for%20the%20person"))
                    .header("Accept", "application/pdf")
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    "caseworker.mar:homeward-demo"
                                        .getBytes(StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
    assertThat(text)
        .contains(family)
        .contains(created.json().get("caseNumber").asString())
        .contains("case.registered");
  }

  @Test
  void anExportNeedsAPurposeAndThePermission() throws IOException {
    ApiClient caseworker = ApiClient.as(port, "caseworker.mar");
    Response created = caseworker.post("/api/v1/cases", withNotes(Households.uniqueFamilyName()));
    String path =
        "/api/v1/cases/"
            + created.json().get("id").asString()
            + "/members/"
            + created.json().get("members").get(0).get("id").asString()
            + "/export";

    Response noPurpose = caseworker.get(path);
    assertThat(noPurpose.status()).isEqualTo(400);
    assertThat(noPurpose.json().get("errors").get(0).get("field").asString()).isEqualTo("purpose");
    assertThat(ApiClient.as(port, "movement.mar").get(path + "?purpose=curious").status())
        .isEqualTo(403);
    assertThat(ApiClient.as(port, "caseworker.cmr").get(path + "?purpose=curious").status())
        .isEqualTo(404);
  }

  @Test
  void aDisclosureToAThirdPartyIsRecordedInTheAuditTrail() {
    ApiClient caseworker = ApiClient.as(port, "caseworker.mar");
    String id =
        caseworker
            .post("/api/v1/cases", withNotes(Households.uniqueFamilyName()))
            .json()
            .get("id")
            .asString();

    Response missing =
        caseworker.post("/api/v1/cases/" + id + "/disclosures", Map.of("recipient", "Consulate"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("errors").toString()).contains("purpose", "data");

    Response recorded =
        caseworker.post(
            "/api/v1/cases/" + id + "/disclosures",
            Map.of(
                "recipient", "Consulate of Cameroon in Rabat",
                "purpose", "laissez-passer for the return",
                "data", List.of("names", "date of birth", "photo")));
    assertThat(recorded.status()).isEqualTo(204);

    Response trail =
        ApiClient.as(port, "dataprotection.mar")
            .get("/api/v1/audit/entries?action=case.disclosed&subjectId=" + id);
    assertThat(trail.json().get("items").get(0).get("details").get("recipient").asString())
        .isEqualTo("Consulate of Cameroon in Rabat");
    assertThat(trail.json().get("items").get(0).get("reason").asString())
        .isEqualTo("laissez-passer for the return");
    assertThat(
            ApiClient.as(port, "movement.mar")
                .post("/api/v1/cases/" + id + "/disclosures", Map.of())
                .status())
        .isEqualTo(403);
  }

  private static Map<String, Object> withNotes(String family) {
    Map<String, Object> household = Households.familyOfThree(family);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> members = (List<Map<String, Object>>) household.get("members");
    members.get(0).put("vulnerabilityNotes", "asthma");
    return household;
  }
}
