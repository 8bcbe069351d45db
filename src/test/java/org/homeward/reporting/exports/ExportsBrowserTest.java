package org.homeward.reporting.exports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.BrowserTest;
import org.homeward.shared.files.CsvReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The export links of the case list and the home page, and the page of the monthly report, in
 * Debian's Chromium without JavaScript: the links carry the list's filters and download the file
 * the list shows; the monthly report's page, in French, English and Arabic, opens the PDF in the
 * language chosen. The pages pass axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportsBrowserTest extends BrowserTest {

  @Test
  void theCaseListDownloadsWithItsFiltersAsCsvAndXlsx() {
    Map<String, List<String>> violations = new LinkedHashMap<>();
    try (BrowserContext context = newContext("en-GB", false)) {
      Page page = context.newPage();
      signIn(page, "caseworker.mar", "en");
      page.navigate(url("/cases?status=COUNSELLED&nationality=SEN"));
      Locator downloads = page.locator("#results .downloads");
      assertThat(downloads).containsText("Download the whole list:");
      Locator tagged =
          downloads.getByRole(
              AriaRole.LINK, new Locator.GetByRoleOptions().setName("CSV with HXL tags"));
      String href = tagged.getAttribute("href");
      assertThat(href)
          .startsWith("/reporting/exports/cases.csv?")
          .contains("hxl=true", "status=COUNSELLED", "nationality=SEN");
      int shown = page.locator("#results tbody tr").count();

      APIResponse csv = context.request().get(url(href));
      assertThat(csv.status()).isEqualTo(200);
      assertThat(csv.headers().get("content-type")).startsWith("text/csv");
      List<List<String>> rows = CsvReader.parse(new String(csv.body(), StandardCharsets.UTF_8));
      assertThat(rows.get(1).getFirst()).isEqualTo("#meta+id");
      // the list shows its first page of 25; the file holds every case of the search
      assertThat(rows.size() - 2).isGreaterThanOrEqualTo(shown);
      assertThat(rows.subList(2, rows.size()))
          .allSatisfy(r -> assertThat(r).contains("COUNSELLED", "SEN"));

      String xlsx =
          downloads
              .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Excel (XLSX)"))
              .getAttribute("href");
      APIResponse sheet = context.request().get(url(xlsx));
      assertThat(sheet.status()).isEqualTo(200);
      assertThat(sheet.headers().get("content-type"))
          .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      // an XLSX file is a ZIP archive
      assertThat(new String(sheet.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
      screenshot(page, "case-list-downloads-en");

      page.navigate(url("/"));
      String pending =
          page.locator(".downloads a[href^='/reporting/exports/pending-work.csv']")
              .first()
              .getAttribute("href");
      APIResponse work = context.request().get(url(pending));
      assertThat(work.status()).isEqualTo(200);
      assertThat(new String(work.body(), StandardCharsets.UTF_8)).startsWith("case_number,");
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theMonthlyReportIsPickedAndOpensInEachLanguage() {
    Map<String, List<String>> violations = new LinkedHashMap<>();
    String month = YearMonth.now().minusMonths(1).toString();
    Map<String, String[]> languages =
        Map.of(
            "fr", new String[] {"Rapport mensuel", "Rapport opérationnel mensuel"},
            "en", new String[] {"Monthly report", "Monthly operational report"},
            "ar", new String[] {"التقرير الشهري", "التقرير التشغيلي الشهري"});
    for (var language : languages.entrySet()) {
      String lang = language.getKey();
      try (BrowserContext context = newContext(lang, false)) {
        Page page = context.newPage();
        signIn(page, "chief.mar", lang);
        page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName(language.getValue()[0]).setExact(true))
            .first()
            .click();
        assertThat(page).hasURL(url("/reporting/monthly"));
        assertThat(page.locator("h1")).hasText(language.getValue()[1]);
        assertThat(page.locator("#mission")).hasValue("MAR");
        assertThat(page.locator("#lang")).hasValue(lang);
        screenshot(page, "monthly-report-" + lang);

        // the form's answer: a redirect to the report in the language chosen
        APIResponse pdf =
            context
                .request()
                .get(url("/reporting/monthly?mission=MAR&month=" + month + "&lang=" + lang));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.url())
            .endsWith("/reporting/missions/MAR/monthly/" + month + ".pdf?lang=" + lang);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(pdf.headers().get("content-language")).isEqualTo(lang);
      }
    }
    assertThat(violations).isEmpty();
  }
}
