package org.homeward.reporting.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dashboard in Debian's Chromium on the demo data, in French, English and Arabic: the chief of
 * mission in Morocco finds it in the main navigation, reads the pipeline as a chart and as a table,
 * and narrows it to one nationality, which htmx refreshes in place. In Arabic the page runs right
 * to left and the charts are still drawn. Each language passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTest extends BrowserTest {

  record Language(String code, String locale, String nav, String heading, String registered) {}

  static final List<Language> LANGUAGES =
      List.of(
          new Language(
              "fr", "fr-FR", "Tableau de bord", "L’opération d’un coup d’œil", "Enregistrés"),
          new Language("en", "en-GB", "Dashboard", "The operation at a glance", "Registered"),
          new Language("ar", "ar", "لوحة المتابعة", "العملية في لمحة", "مسجَّلة"));

  @Test
  void aChiefOfMissionReadsTheDashboardInEachLanguageAndNarrowsItToOneNationality() {
    Map<String, List<String>> violations = new LinkedHashMap<>();
    for (Language language : LANGUAGES) {
      try (BrowserContext context = newContext(language.locale(), true)) {
        Page page = context.newPage();
        signIn(page, "chief.mar", language.code());
        page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(language.nav()).setExact(true))
            .first()
            .click();
        assertThat(page).hasURL(url("/reporting"));
        assertThat(page.locator("h1")).hasText(language.heading());
        assertThat(page.locator("html"))
            .hasAttribute("dir", language.code().equals("ar") ? "rtl" : "ltr");
        // every chart is drawn, and has its table
        assertThat(page.locator("#panel-pipeline canvas")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("#panel-departures canvas")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("#panel-pyramid canvas")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("#panel-pipeline table tr[data-key=REGISTERED] th"))
            .hasText(language.registered());
        String before =
            page.locator("#panel-pipeline table tr[data-key=REGISTERED] td").first().innerText();
        assertThat(page.locator("#panel-departures table tbody tr").count()).isPositive();
        assertThat(page.locator("#panel-funding progress").count()).isPositive();
        assertThat(page.locator("a[href^='/reporting/dashboard/pipeline.csv']")).hasCount(1);
        check(page, "reporting-dashboard-" + language.code(), violations);

        // one nationality: htmx swaps the panels in place and the address follows
        page.locator("#nationality").selectOption("CIV");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*nationality=CIV.*"));
        assertThat(page.locator("#panel-pipeline canvas")).hasAttribute("data-drawn", "true");
        String after =
            page.locator("#panel-pipeline table tr[data-key=REGISTERED] td").first().innerText();
        assertThat(after).isNotEqualTo(before);
        assertThat(page.locator("a[href*='pipeline.csv?nationality=CIV']")).hasCount(1);
        screenshot(page, "reporting-dashboard-civ-" + language.code());
      }
    }
    assertThat(violations).isEmpty();
  }
}
