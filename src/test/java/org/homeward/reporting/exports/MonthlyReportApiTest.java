package org.homeward.reporting.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.homeward.ApiClient;
import org.homeward.registry.CaseFlows;
import org.homeward.registry.CaseStatus;
import org.homeward.shared.CountryCode;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The monthly operational report of the demo's Morocco mission, downloaded through the API and read
 * back: the month's key figures as the registry counts them, the charts drawn in the file, the
 * Arabic title shaped and in reading order, who may read it, and the audit entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonthlyReportApiTest {

  static final Set<String> MOROCCO = Set.of("MAR", "MAR-OUJ");

  @LocalServerPort int port;
  @Autowired CaseFlows flows;

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

  static String report(YearMonth month, String lang) {
    return "/api/v1/reporting/missions/MAR/monthly/" + month + ".pdf?lang=" + lang;
  }

  /** The text of every page, every kind of space as one plain space. */
  static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString().replaceAll("[ \u202f\u00a0]+", " ");
  }

  /** Arabic as extracted (shaped glyphs, in the order they stand on the line) back in letters. */
  static String arabicAsWritten(String visual) {
    return new StringBuilder(Normalizer.normalize(visual, Normalizer.Form.NFKC))
        .reverse()
        .toString();
  }

  /** The month of the demo with the most departures, this one or one of the five before. */
  YearMonth busiestMonth() {
    YearMonth best = YearMonth.now();
    long most = -1;
    for (int back = 0; back < 6; back++) {
      YearMonth m = YearMonth.now().minusMonths(back);
      long people =
          flows
              .enteredByDestination(MOROCCO, CaseStatus.DEPARTED, m.atDay(1), m.atEndOfMonth())
              .values()
              .stream()
              .mapToLong(CaseFlows.Count::people)
              .sum();
      if (people > most) {
        most = people;
        best = m;
      }
    }
    return best;
  }

  @Test
  void printsTheMonthsKeyFiguresAndItsChartsInFrench() throws Exception {
    YearMonth month = busiestMonth();
    HttpResponse<byte[]> answer = get("chief.mar", report(month, "fr"));

    assertThat(answer.statusCode()).as(new String(answer.body())).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(answer.headers().firstValue("Content-Language")).contains("fr");
    String text = text(answer.body());
    // a cell's text and the next can come out with or without a space or line between them
    String squeezed = text.replaceAll("\\s+", "");

    // the registrations as the case search counts them, independently of the report's query
    JsonNode search =
        ApiClient.as(port, "chief.mar")
            .get(
                "/api/v1/cases?size=1&registeredFrom="
                    + month.atDay(1)
                    + "&registeredTo="
                    + month.atEndOfMonth())
            .json();
    assertThat(search.get("totalExact").asBoolean()).isTrue();
    long registered = search.get("total").asLong();
    CaseFlows.Count people = flows.registered(MOROCCO, month.atDay(1), month.atEndOfMonth());
    assertThat(people.households()).isEqualTo(registered);
    assertThat(text)
        .contains("Rapport opérationnel mensuel", "Chiffres clés du mois")
        .contains("Enregistrés", registered + " ménages, " + people.people() + " personnes");
    assertThat(squeezed)
        .contains("Enregistrés" + registered + "ménages," + people.people() + "personnes");

    Map<String, CaseFlows.Count> departures =
        flows.enteredByDestination(
            MOROCCO, CaseStatus.DEPARTED, month.atDay(1), month.atEndOfMonth());
    assertThat(departures).isNotEmpty();
    long households = departures.values().stream().mapToLong(CaseFlows.Count::households).sum();
    long departed = departures.values().stream().mapToLong(CaseFlows.Count::people).sum();
    assertThat(squeezed).contains("Partis" + households + "ménages," + departed + "personnes");
    assertThat(text).contains("Départs par destination (personnes)");
    for (var destination : departures.entrySet()) {
      assertThat(squeezed)
          .contains(
              (new CountryCode(destination.getKey()).displayName(Locale.FRENCH)
                      + destination.getValue().households()
                      + "ménages,"
                      + destination.getValue().people()
                      + "personnes")
                  .replaceAll("\\s+", ""));
    }
    // the demo's projects: money received, and a forecast day or the note that nothing is spent
    assertThat(text).contains(": reçu", ": engagé", ": dépensé", ": fonds épuisés le (prévision)");
    assertThat(text).contains("MAR-AVRR-2026 : reçu");

    // the bars are drawn in the page: filled rectangles in the chart's colour
    String content =
        new String(new PdfReader(answer.body()).getPageContent(1), StandardCharsets.ISO_8859_1);
    assertThat(content).contains("0.18431 0.36078 0.61961 rg");
    assertThat(content.split(" re\\b").length).isGreaterThan(10);
  }

  @Test
  void writesTheArabicReportShapedAndRightToLeft() throws Exception {
    YearMonth month = YearMonth.now().minusMonths(1);
    HttpResponse<byte[]> answer = get("me.mar", report(month, "ar"));

    assertThat(answer.statusCode()).as(new String(answer.body())).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Language")).contains("ar");
    String text = text(answer.body());
    // shaped: the letters are in their joined forms (Arabic Presentation Forms-B)
    assertThat(text.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count())
        .isGreaterThan(100);
    assertThat(arabicAsWritten(text))
        .contains("التقرير التشغيلي الشهري", "المغادرون حسب الوجهة", "المصروف", "المسجلون");
    // laid out right to left: read left to right, as extracted, the title is backwards
    assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).doesNotContain("التقرير التشغيلي");
    long registered = flows.registered(MOROCCO, month.atDay(1), month.atEndOfMonth()).households();
    assertThat(registered).isPositive();
    assertThat(text).contains(Long.toString(registered));
  }

  @Test
  void isForTheChiefOfMissionAndMonitoringOfThatMissionOnly() throws Exception {
    YearMonth month = YearMonth.now();
    assertThat(get("me.mar", report(month, "en")).statusCode()).isEqualTo(200);
    assertThat(get("movement.mar", report(month, "en")).statusCode()).isEqualTo(403);
    assertThat(get("caseworker.mar", report(month, "en")).statusCode()).isEqualTo(403);
    assertThat(get("chief.cmr", report(month, "en")).statusCode()).isEqualTo(404);

    HttpResponse<byte[]> future = get("chief.mar", report(month.plusMonths(1), "en"));
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(new String(future.body(), StandardCharsets.UTF_8))
        .contains("\"month\"", "in-future");
    assertThat(get("chief.mar", "/api/v1/reporting/missions/MAR/monthly/2026-13.pdf").statusCode())
        .isEqualTo(400);
  }

  @Test
  void auditsEachReport() throws Exception {
    YearMonth month = YearMonth.now().minusMonths(2);
    assertThat(get("chief.mar", report(month, "en")).statusCode()).isEqualTo(200);

    List<String> read = new ArrayList<>();
    ApiClient.as(port, "dataprotection.mar")
        .get("/api/v1/audit/entries?action=reporting.monthly-report-read&size=100")
        .json()
        .get("items")
        .forEach(e ->
            read.add(
                e.get("actor").asString()
                    + " "
                    + e.get("subjectId").asString()
                    + " "
                    + e.get("details").get("month").asString()
                    + " "
                    + e.get("details").get("language").asString()));
    assertThat(read).contains("chief.mar MAR " + month + " en");
    assertThat(LocalDate.now()).isNotNull();
  }
}
