package org.homeward.reintegration.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.organisation.Browser;
import org.homeward.reintegration.ReintegrationFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The reports through the API, as Cameroon's reintegration officer reads them, over a project of
 * the test's own (so that only the fixture counts): a microbusiness approved at 700 USD, 300 of it
 * paid, still operating at 6 months and closed at 12. The JSON, the spreadsheet (opened and its
 * cells read) and the CSV give the same figures; each download is audited; Morocco's caseworker,
 * whose mission oversees neither the host nor the receiving mission, counts nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReintegrationReportsApiTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  final HttpClient http = HttpClient.newHttpClient();
  long project;
  String title;
  String query;

  @BeforeAll
  void fixture() {
    ReintegrationFixture cameroon = new ReintegrationFixture(port);
    project = cameroon.fund();
    JsonNode read = cameroon.finance.get("/api/v1/funding/projects/" + project).json();
    title = read.get("title").asString();
    String code = read.get("code").asString();
    FiguresFixture fx = new FiguresFixture(jdbc, "FA" + System.nanoTime() % 1_000_000, "CMR");
    UUID amina = fx.arrived("A-1", LocalDate.of(2026, 1, 10), "CMR", "F");
    long plan = fx.plan(amina, "MICROBUSINESS", "PERSON", "APPROVED", "700.00");
    fx.member(plan, 1, amina, code, "800.00", true);
    fx.order(plan, 1, "300.00", "PAID");
    fx.visit(amina, 1, 6, "BUSINESS_OPERATING", "0.5000", "0.6000", "0.7000", "0.6000");
    fx.visit(amina, 2, 12, "BUSINESS_CLOSED", "0.3000", "0.4000", "0.5000", "0.4000");
    query = "?projectId=" + project;
  }

  @Test
  void theJsonGivesTheFourReports() {
    Response r =
        ApiClient.as(port, "reintegration.cmr").get("/api/v1/reintegration/reports" + query);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("plans")).hasSize(1);
    assertThat(body.get("plans").get(0).get("planType").asString()).isEqualTo("MICROBUSINESS");
    assertThat(body.get("plans").get(0).get("returnees").asLong()).isEqualTo(1);
    JsonNode funds = body.get("funds").get(0);
    assertThat(funds.get("projectId").asLong()).isEqualTo(project);
    assertThat(funds.get("planned").decimalValue()).isEqualByComparingTo("700.00");
    assertThat(funds.get("paid").decimalValue()).isEqualByComparingTo("300.00");
    assertThat(body.get("businesses")).hasSize(2);
    assertThat(body.get("businesses").get(1).get("operating").asLong()).isZero();
    assertThat(body.get("scores").get(0).get("cohortBy").asString()).isEqualTo("all");
  }

  @Test
  void theSpreadsheetHoldsTheFiguresInNumberCells() throws Exception {
    HttpResponse<byte[]> answer =
        get(
            "reintegration.cmr",
            "/api/v1/reintegration/reports.xlsx" + query,
            "Accept-Language",
            "fr-FR,fr;q=0.9");
    assertThat(answer.statusCode()).as(new String(answer.body())).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Language")).contains("fr");
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(
            new ByteArrayInputStream(answer.body()), new ReadingOptions(true, false))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).contains("Prévu et décaissé");
      List<Row> plans = sheets.get(0).read();
      assertThat(at(plans, 2).getCellText(0)).isEqualTo("Type de plan");
      assertThat(at(plans, 3).getCellText(0)).isEqualTo("Microentreprise");
      assertThat(at(plans, 3).getCell(3).getType()).isEqualTo(CellType.NUMBER);
      assertThat(at(plans, 3).getCell(3).asNumber()).isEqualByComparingTo("1");
      List<Row> funds = sheets.get(1).read();
      Row row = at(funds, 3);
      assertThat(row.getCell(0).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(project));
      assertThat(row.getCellText(1)).isEqualTo(title);
      assertThat(row.getCellText(2)).isEqualTo("USD");
      assertThat(row.getCell(3).asNumber()).isEqualByComparingTo("700.00");
      assertThat(row.getCell(4).asNumber()).isEqualByComparingTo("300.00");
      assertThat(row.getCell(5).asNumber()).isEqualByComparingTo("400.00");
      List<Row> businesses = sheets.get(2).read();
      assertThat(at(businesses, 3).getCell(0).asNumber()).isEqualByComparingTo("6");
      assertThat(at(businesses, 3).getCell(3).asNumber()).isEqualByComparingTo("1");
      assertThat(at(businesses, 4).getCell(3).asNumber()).isEqualByComparingTo("0");
    }
    assertThat(exports("xlsx")).isPositive();
  }

  @Test
  void eachReportDownloadsAsCsv() throws Exception {
    HttpResponse<byte[]> funds =
        get("reintegration.cmr", "/api/v1/reintegration/reports/funds.csv" + query);
    assertThat(funds.statusCode()).isEqualTo(200);
    assertThat(funds.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(new String(funds.body(), StandardCharsets.UTF_8))
        .isEqualTo(
            "project_id,project,currency,planned,paid,remaining\r\n"
                + project
                + ","
                + title
                + ",USD,700.00,300.00,400.00\r\n");
    HttpResponse<byte[]> businesses =
        get("reintegration.cmr", "/api/v1/reintegration/reports/businesses.csv" + query);
    assertThat(new String(businesses.body(), StandardCharsets.UTF_8))
        .isEqualTo("months,visited,operating,operating_share\r\n6,1,1,1.0000\r\n12,1,0,0.0000\r\n");
    assertThat(exports("funds.csv")).isPositive();
    assertThat(get("reintegration.cmr", "/api/v1/reintegration/reports/names.csv").statusCode())
        .isEqualTo(404);
  }

  @Test
  void aMissionThatDoesNotOverseeTheCasesCountsNothing() {
    Response r = ApiClient.as(port, "caseworker.mar").get("/api/v1/reintegration/reports" + query);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    assertThat(r.json().get("plans")).isEmpty();
    assertThat(r.json().get("funds")).isEmpty();
    assertThat(r.json().get("scores")).isEmpty();
    Response asked =
        ApiClient.as(port, "caseworker.mar")
            .get("/api/v1/reintegration/reports" + query + "&mission=CMR");
    assertThat(asked.json().get("plans")).isEmpty();
  }

  @Test
  void aBadFilterIsRefused() {
    Response r =
        ApiClient.as(port, "reintegration.cmr")
            .get("/api/v1/reintegration/reports?nationality=Cameroon&from=yesterday");
    assertThat(r.status()).as(r.text()).isIn(400, 422);
    assertThat(r.text()).contains("nationality").contains("from");
  }

  @Test
  void thePageShowsTheReports() {
    Browser browser = new Browser(port);
    assertThat(
            Browser.succeeded(browser.signIn("reintegration.cmr", ApiClient.DEMO_PASSWORD, null)))
        .isTrue();
    Browser.Page page = browser.get("/reintegration/reports" + query);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"report-plans\"")
        .contains("id=\"report-scores\"")
        .contains(title)
        .contains("/reintegration/reports.xlsx?")
        .contains("projectId=" + project + "&amp;");
  }

  /** The row of the sheet at this index from 0 (the reader leaves out empty rows). */
  private static Row at(List<Row> rows, int index) {
    return rows.stream().filter(r -> r.getRowNum() == index + 1).findFirst().orElseThrow();
  }

  private long exports(String file) {
    return jdbc.sql(
            "select count(*) from audit_entry where action = 'reintegration.report-exported'"
                + " and actor = 'reintegration.cmr' and subject_id = ?")
        .param(file)
        .query(Long.class)
        .single();
  }

  HttpResponse<byte[]> get(String username, String path, String... headers) throws Exception {
    String token =
        Base64.getEncoder()
            .encodeToString(
                (username + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + token);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
