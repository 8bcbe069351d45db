package org.homeward.reporting.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.homeward.ApiClient;
import org.homeward.shared.files.CsvReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The case list as files, downloaded through the API from the demo registry: the same cases as the
 * search, a header and an HXL row, the protection categories only for those with a need to know,
 * refusals that name the filter, and an audit entry per export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseExportApiTest {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @LocalServerPort int port;

  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<byte[]> get(String username, String path) throws Exception {
    String token =
        Base64.getEncoder()
            .encodeToString(
                (username + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The case numbers the search shows, every page of it, in its order. */
  List<String> searched(String username, String filters) {
    List<String> numbers = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode items =
          ApiClient.as(port, username)
              .get("/api/v1/cases?size=200&page=" + page + "&" + filters)
              .json()
              .get("items");
      if (items.isEmpty()) {
        return numbers;
      }
      items.forEach(i -> numbers.add(i.get("caseNumber").asString()));
    }
  }

  static List<List<String>> csv(HttpResponse<byte[]> answer) {
    assertThat(answer.statusCode()).as(new String(answer.body())).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    return CsvReader.parse(new String(answer.body(), StandardCharsets.UTF_8));
  }

  static int column(List<String> header, String name) {
    int i = header.indexOf(name);
    assertThat(i).as(name).isNotNegative();
    return i;
  }

  @Test
  void exportsAsCsvWithItsHxlRowTheCasesTheSearchShows() throws Exception {
    String filters = "status=COUNSELLED,REGISTERED&nationality=SEN&sort=name";
    List<String> shown = searched("caseworker.mar", filters);
    assertThat(shown).hasSizeGreaterThan(3);

    List<List<String>> rows =
        csv(get("caseworker.mar", "/api/v1/reporting/exports/cases?hxl=true&" + filters));

    List<String> header = rows.get(0);
    assertThat(header)
        .startsWith("case_number", "mission", "status")
        .contains("nationality", "members", "girls", "boys", "women", "men", "protection_needs");
    List<String> hxl = rows.get(1);
    assertThat(hxl.get(column(header, "case_number"))).isEqualTo("#meta+id");
    assertThat(hxl.get(column(header, "nationality"))).isEqualTo("#country+code");
    assertThat(hxl.get(column(header, "girls"))).isEqualTo("#affected+f+children");
    assertThat(hxl.get(column(header, "men"))).isEqualTo("#affected+m+adults");
    assertThat(hxl.get(column(header, "registered_on"))).isEqualTo("#date+registered");
    assertThat(hxl.get(column(header, "principal_applicant"))).isEmpty();
    assertThat(hxl.get(column(header, "protection_needs"))).isEmpty();

    List<List<String>> lines = rows.subList(2, rows.size());
    assertThat(lines.stream().map(l -> l.get(0)).toList()).isEqualTo(shown);
    int nationality = column(header, "nationality");
    int status = column(header, "status");
    int members = column(header, "members");
    int[] bySex = {
      column(header, "girls"),
      column(header, "boys"),
      column(header, "women"),
      column(header, "men")
    };
    for (List<String> line : lines) {
      assertThat(line.get(nationality)).isEqualTo("SEN");
      assertThat(line.get(status)).isIn("COUNSELLED", "REGISTERED");
      int counted = 0;
      for (int c : bySex) {
        counted += Integer.parseInt(line.get(c));
      }
      // every demo member has a sex and a date of birth
      assertThat(counted).isEqualTo(Integer.parseInt(line.get(members)));
    }
  }

  @Test
  void exportsAsXlsxThatReadsBackWithNumbersForTheCounts() throws Exception {
    List<String> shown = searched("caseworker.mar", "status=ELIGIBLE");
    HttpResponse<byte[]> answer =
        get(
            "caseworker.mar",
            "/api/v1/reporting/exports/cases?format=xlsx&hxl=true&status=ELIGIBLE");
    assertThat(answer.statusCode()).as(new String(answer.body())).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith(XLSX);
    assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", ".xlsx");

    List<Row> rows;
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(answer.body()))) {
      rows = workbook.getFirstSheet().read();
    }
    assertThat(rows.get(0).getCellText(0)).isEqualTo("case_number");
    assertThat(rows.get(1).getCellText(0)).isEqualTo("#meta+id");
    assertThat(rows.get(1).getCellText(7)).isEqualTo("#affected");
    List<Row> lines = rows.subList(2, rows.size());
    assertThat(lines.stream().map(r -> r.getCellText(0)).toList()).isEqualTo(shown);
    assertThat(lines)
        .allSatisfy(r -> {
          assertThat(r.getCellText(2)).isEqualTo("ELIGIBLE");
          assertThat(r.getCell(7).getType()).isEqualTo(CellType.NUMBER);
          assertThat(r.getCell(7).asNumber().intValue()).isPositive();
        });
  }

  @Test
  void keepsProtectionCategoriesForThoseWithANeedToKnow() throws Exception {
    List<List<String>> caseworker =
        csv(get("caseworker.mar", "/api/v1/reporting/exports/cases?sort=caseNumber"));
    List<List<String>> movement =
        csv(get("movement.mar", "/api/v1/reporting/exports/cases?sort=caseNumber"));
    int protection = column(caseworker.get(0), "protection_needs");

    // the same cases, but only the caseworker's file says which have medical or protection needs
    assertThat(movement.stream().map(l -> l.get(0)).toList())
        .isEqualTo(caseworker.stream().map(l -> l.get(0)).toList());
    assertThat(caseworker.subList(1, caseworker.size()))
        .anySatisfy(l -> assertThat(l.get(protection)).contains("SERIOUS_MEDICAL_CONDITION"))
        .anySatisfy(
            l -> assertThat(l.get(protection)).containsAnyOf("TRAFFICKING_VICTIM", "GBV_SURVIVOR"));
    assertThat(movement.subList(1, movement.size()))
        .allSatisfy(l -> assertThat(l.get(protection)).isEmpty());
    String body = movement.toString();
    assertThat(body)
        .doesNotContain(
            "SERIOUS_MEDICAL_CONDITION", "TRAFFICKING_VICTIM", "GBV_SURVIVOR", "MENTAL_HEALTH");

    ApiClient.Response refused =
        ApiClient.as(port, "movement.mar")
            .get(
                "/api/v1/reporting/exports/cases?vulnerability=TRAFFICKING_VICTIM",
                "Accept",
                "text/csv");
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    JsonNode error = refused.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("vulnerability");
    assertThat(error.get("code").asString()).isEqualTo("restricted");
  }

  @Test
  void refusesAFilterItCannotUseNamingIt() {
    ApiClient.Response refused =
        ApiClient.as(port, "caseworker.mar")
            .get(
                "/api/v1/reporting/exports/cases?status=LOST&registeredFrom=2026-13-01&format=pdf",
                "Accept",
                "text/csv");

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).contains("format");

    ApiClient.Response filters =
        ApiClient.as(port, "caseworker.mar")
            .get(
                "/api/v1/reporting/exports/cases?status=LOST&registeredFrom=2026-13-01",
                "Accept",
                "text/csv");
    assertThat(filters.status()).as(filters.text()).isEqualTo(400);
    List<String> named = new ArrayList<>();
    filters.json().get("errors").forEach(e -> named.add(e.get("field").asString()));
    assertThat(named).containsExactlyInAnyOrder("status", "registeredFrom");
  }

  @Test
  void auditsEachExportWithItsFilterAndRowCount() throws Exception {
    List<List<String>> rows =
        csv(
            get(
                "caseworker.mar",
                "/api/v1/reporting/exports/cases?status=DEFERRED,WITHDRAWN&hxl=true"));
    csv(get("caseworker.mar", "/api/v1/reporting/exports/pending-work"));

    JsonNode entries =
        ApiClient.as(port, "dataprotection.mar")
            .get("/api/v1/audit/entries?action=reporting.case-list-exported&size=100")
            .json()
            .get("items");
    List<JsonNode> ours = new ArrayList<>();
    entries.forEach(e -> {
      if (e.get("actor").asString().equals("caseworker.mar")
          && e.get("details").get("filter").has("status")
          && e.get("details").get("filter").get("status").asString().equals("DEFERRED,WITHDRAWN")) {
        ours.add(e);
      }
    });
    assertThat(ours).hasSize(1);
    JsonNode details = ours.getFirst().get("details");
    assertThat(ours.getFirst().get("subjectId").asString()).isEqualTo("cases");
    assertThat(details.get("format").asString()).isEqualTo("csv");
    assertThat(details.get("hxl").asBoolean()).isTrue();
    assertThat(details.get("rows").asLong()).isEqualTo(rows.size() - 2);
    List<String> lists = new ArrayList<>();
    entries.forEach(e -> lists.add(e.get("subjectId").asString()));
    assertThat(lists).contains("pending-work");
  }
}
