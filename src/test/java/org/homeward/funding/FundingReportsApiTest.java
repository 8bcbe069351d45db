package org.homeward.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.homeward.ApiClient;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.CaseId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;

/**
 * The funding files through the API: the IATI file of the demo's projects validates against the
 * official 2.03 schema, a project's donor report adds up to the ledger to the cent, and the appeals
 * come as CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FundingReportsApiTest {

  static final Actor MOVEMENT = new Actor("movement.mar", "MAR", Set.of(Role.MOVEMENT_OFFICER));
  static final Actor FINANCE = new Actor("finance.mar", "MAR", Set.of(Role.FINANCE_OFFICER));

  @LocalServerPort int port;
  @Autowired Ledger ledger;

  FundingFixture money;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void fixture() {
    money = new FundingFixture(port);
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

  static Schema iatiSchema() throws Exception {
    URL xsd = FundingReportsApiTest.class.getResource("/iati-2.03/iati-activities-schema.xsd");
    assertThat(xsd).isNotNull();
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory.newSchema(xsd);
  }

  @Test
  void theIatiFileOfTheDemoProjectsValidatesAgainstTheOfficialSchema() throws Exception {
    HttpResponse<byte[]> answer = get("chief.mar", "/api/v1/funding/iati-activities");

    assertThat(answer.statusCode()).as(new String(answer.body())).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/xml");
    iatiSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(answer.body())));

    DocumentBuilderFactory builder = DocumentBuilderFactory.newInstance();
    Document xml = builder.newDocumentBuilder().parse(new ByteArrayInputStream(answer.body()));
    var xpath = XPathFactory.newInstance().newXPath();
    double activities =
        (Double) xpath.evaluate("count(//iati-activity)", xml, XPathConstants.NUMBER);
    assertThat(activities).isGreaterThanOrEqualTo(2);
    assertThat(xpath.evaluate("/iati-activities/@version", xml)).isEqualTo("2.03");
    assertThat(xpath.evaluate("//iati-activity[1]/reporting-org/@ref", xml))
        .isEqualTo("XM-DAC-47066");
    for (String code : List.of("1", "2", "4")) {
      double transactions =
          (Double)
              xpath.evaluate(
                  "count(//transaction/transaction-type[@code='" + code + "'])",
                  xml,
                  XPathConstants.NUMBER);
      assertThat(transactions).as("transactions of type %s", code).isPositive();
    }
    // a project of several years reports one budget per year, never one longer than a year
    double budgets = (Double) xpath.evaluate("count(//budget)", xml, XPathConstants.NUMBER);
    assertThat(budgets).isGreaterThan(activities);
  }

  @Test
  void theDonorReportAddsUpToTheLedgerToTheCent() throws Exception {
    long donor = money.donor("Report donor");
    long project = money.project(donor, "GNB", "USD", "300.00", "50.00", "400.00");
    String today = LocalDate.now().toString();
    money.contribute(donor, project, "5000.00", "USD", today, today);
    String id = money.counselledSingle("GNB");
    assertThat(money.makeEligible(money.chief, id).status()).isEqualTo(200);
    CaseId caseId = new CaseId(UUID.fromString(id));
    ledger.recordExpenditure(
        caseId,
        BudgetLine.MOVEMENT,
        Money.of(new BigDecimal("287.33"), "USD"),
        LocalDate.now(),
        ExpenditureSource.flight("CHARTER-GNB-1"),
        MOVEMENT);
    ledger.recordExpenditure(
        caseId,
        BudgetLine.REINTEGRATION,
        Money.of(new BigDecimal("123.45"), "USD"),
        LocalDate.now(),
        ExpenditureSource.flight("CHARTER-GNB-1"),
        MOVEMENT);
    ProjectPosition position = ledger.positionOf(new ProjectId(project), LocalDate.now(), FINANCE);
    BigDecimal spent = position.money().spent().getNumber().numberValue(BigDecimal.class);
    assertThat(spent).isEqualByComparingTo("410.78");

    HttpResponse<byte[]> answer =
        get(
            "finance.mar",
            "/api/v1/funding/projects/" + project + "/report?format=xlsx",
            "Accept-Language",
            "fr-FR,fr;q=0.9");

    assertThat(answer.statusCode()).as(new String(answer.body())).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Language")).contains("fr");
    List<Row> rows;
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(
            new ByteArrayInputStream(answer.body()), new ReadingOptions(true, false))) {
      rows = workbook.getFirstSheet().read();
    }
    List<BigDecimal> spentByLine = new ArrayList<>();
    BigDecimal total = null;
    for (Row row : rows) {
      if (row.getCellCount() > 2
          && row.getCell(2) != null
          && row.getCell(2).getType() == CellType.NUMBER
          && row.getCell(1) != null
          && row.getCell(1).getType() == CellType.NUMBER) {
        spentByLine.add(row.getCell(2).asNumber());
      }
    }
    // the expenditure table: four lines and their total, the total last
    assertThat(spentByLine).hasSizeGreaterThanOrEqualTo(5);
    total = spentByLine.getLast();
    assertThat(total).isEqualByComparingTo(spent);
    assertThat(spentByLine.subList(spentByLine.size() - 5, spentByLine.size() - 1))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("287.33"), new BigDecimal("123.45"), BigDecimal.ZERO, BigDecimal.ZERO);
    String text = rows.stream().map(r -> r.getCellText(0)).toList().toString();
    // the man's nationality, read through the registry, names its country in French
    assertThat(text).contains("Guinée-Bissau");

    HttpResponse<byte[]> pdf =
        get("finance.mar", "/api/v1/funding/projects/" + project + "/report?format=pdf&lang=ar");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }

  @Test
  void theAppealsComeAsCsv() throws Exception {
    HttpResponse<byte[]> answer = get("finance.mar", "/api/v1/funding/appeals.csv");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    String csv = new String(answer.body(), StandardCharsets.UTF_8);
    assertThat(csv.lines().count()).isGreaterThanOrEqualTo(2);
    assertThat(csv).contains("800000");
  }

  @Test
  void aBadPeriodOrFormatIsAProblemNamingTheField() throws Exception {
    HttpResponse<byte[]> answer =
        get("finance.mar", "/api/v1/funding/projects/1/report?format=docx&from=yesterday");
    assertThat(answer.statusCode()).isEqualTo(400);
    String body = new String(answer.body(), StandardCharsets.UTF_8);
    assertThat(body).contains("format").contains("from");
  }
}
