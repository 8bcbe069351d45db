package org.homeward.reintegration.monitoring.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.BrowserTest;
import org.homeward.movement.CaseArrived;
import org.homeward.movement.FlightId;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.monitoring.ActivityStatus;
import org.homeward.reintegration.monitoring.Monitoring;
import org.homeward.reintegration.monitoring.Monitoring.RecordVisit;
import org.homeward.reintegration.monitoring.Visit;
import org.homeward.reintegration.monitoring.VisitMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The monitoring in Debian's Chromium, without JavaScript, in English, French and Arabic:
 * Cameroon's reintegration officer finds an overdue visit in the calendar, takes it, fills the
 * survey on the visit's form (a small page, no chart library) and sees its scores, then the
 * household's scores over its visits, in a table that marks the incomplete ones (and, with
 * JavaScript, a chart). An M&E officer reads the survey table and uploads a new version, a broken
 * file first. The pages pass axe in English and in Arabic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitoringBrowserTest extends BrowserTest {

  static final Actor OFFICER =
      new Actor("reintegration.cmr", "CMR", Set.of(Role.REINTEGRATION_OFFICER));

  @Autowired Monitoring monitoring;

  /** A household that arrived in Douala 100 days ago: its 3-month visit is overdue. */
  CaseId arrivedInDouala(String number) {
    CaseId id = new CaseId(UUID.randomUUID());
    monitoring.open(
        new CaseArrived(
            id,
            number,
            "MAR",
            "CMR",
            new FlightId(1),
            "CMR",
            "caseworker.cmr",
            Instant.now().minus(100, ChronoUnit.DAYS)));
    return id;
  }

  record Words(String locale, String calendar, String title, String question, String recorded) {}

  static final Map<String, Words> WORDS =
      Map.of(
          "en",
          new Words(
              "en-GB",
              "Monitoring visits",
              "Reintegration sustainability survey",
              "How satisfied are you with your current economic situation?",
              "The visit is recorded"),
          "fr",
          new Words(
              "fr-FR",
              "Visites de suivi",
              "Enquête sur la durabilité de la réintégration",
              "Êtes-vous satisfait de votre situation économique actuelle ?",
              "La visite est enregistrée"),
          "ar",
          new Words(
              "ar",
              "زيارات المتابعة",
              "استبيان استدامة إعادة الإدماج",
              "ما مدى رضاك عن وضعك الاقتصادي الحالي؟",
              "سُجّلت الزيارة"));

  @Test
  void anOfficerTakesAnOverdueVisitFillsTheSurveyAndSeesTheScoresInThreeLanguages() {
    for (String language : List.of("en", "fr", "ar")) {
      Words words = WORDS.get(language);
      String number = "MAR-MON-" + language.toUpperCase() + "-" + (System.nanoTime() % 100_000);
      CaseId caseId = arrivedInDouala(number);
      List<Visit> visits = monitoring.followed(caseId, OFFICER).visits();
      long first = visits.get(0).id();

      try (BrowserContext context = newContext(words.locale(), false)) {
        Page page = context.newPage();
        signIn(page, "reintegration.cmr", language);
        if (language.equals("en")) {
          page.getByRole(
                  AriaRole.LINK,
                  new Page.GetByRoleOptions().setName("Reintegration").setExact(true))
              .first()
              .click();
          page.getByRole(
                  AriaRole.LINK,
                  new Page.GetByRoleOptions().setName("Monitoring visits").setExact(true))
              .click();
        } else {
          page.navigate(url("/reintegration/monitoring"));
        }
        assertThat(page).hasURL(url("/reintegration/monitoring"));
        assertThat(page.locator("h1")).hasText(words.calendar());
        if (language.equals("ar")) {
          assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        }
        // overdue, nobody's yet: highlighted in the calendar and listed apart
        assertThat(page.locator("#visit-" + first))
            .hasClass(java.util.regex.Pattern.compile("row--overdue"));
        assertThat(page.locator("#overdue")).containsText(number);
        page.locator("#visit-" + first + " form button").click();
        assertThat(page.locator(".alert--success")).containsText(number);
        assertThat(page.locator("#visit-" + first)).containsText("reintegration.cmr");
        assertThat(
                page.locator(
                    "#overdue h3", new Page.LocatorOptions().setHasText("reintegration.cmr")))
            .hasCount(1);
        screenshot(page, "monitoring-calendar-" + language);

        // the survey's form: small, no chart library, the questions in the reader's language
        long bytes = open(page, "/reintegration/visits/" + first);
        assertThat(bytes).as("the visit form's weight on the wire").isLessThan(150_000);
        assertThat(page.locator("script[src*='chart']")).hasCount(0);
        assertThat(page.locator("#answers-economic-satisfaction legend")).hasText(words.question());
        assertThat(page.locator("form.survey-form > .hint")).containsText(words.title());
        assertThat(page.locator("main")).not().containsText("th:text");
        if (language.equals("en")) {
          // a phone's screen: the form fits its width
          page.setViewportSize(390, 844);
          screenshot(page, "monitoring-visit-form-phone-en");
          // the page, its header's navigation included, is no wider than the phone's screen
          assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
              .isLessThanOrEqualTo(390);
          page.setViewportSize(1280, 900);
        }
        page.locator("form.survey-form button[type=submit]").click();
        assertThat(page.locator(".error-summary")).isVisible();
        assertThat(page.locator("#mode-error")).isVisible();
        assertThat(page.locator("#activity-error")).isVisible();

        page.locator("#mode-PHONE").check();
        page.locator("#activity").selectOption(ActivityStatus.BUSINESS_OPERATING.name());
        VisitApiTest.ANSWERS.forEach(
            (indicator, answer) -> page.locator("#answers-" + indicator + "-" + answer).check());
        page.locator("#notes").fill("Stall open six days a week.");
        screenshot(page, "monitoring-visit-form-" + language);
        page.locator("form.survey-form button[type=submit]").click();

        assertThat(page).hasURL(url("/reintegration/visits/" + first));
        assertThat(page.locator(".alert--success")).containsText(words.recorded());
        assertThat(page.locator("#score-economic")).containsText("0.5882");
        assertThat(page.locator("#score-social")).containsText("0.8125");
        assertThat(page.locator("#score-psychosocial")).containsText("0.4750");
        assertThat(page.locator("#score-composite")).containsText("0.5899");
        assertThat(page.locator("#scores .tag")).hasCount(0);
        screenshot(page, "monitoring-visit-scores-" + language);

        // a second visit with little answered, so that the table marks its scores incomplete
        monitoring.record(
            visits.get(1).id(),
            new RecordVisit(
                VisitMode.IN_PERSON,
                ActivityStatus.BUSINESS_OPERATING,
                null,
                null,
                Map.of("employment", "regular", "food-security", "never")),
            OFFICER);
        page.locator("#scores a[href$='/monitoring']").click();
        assertThat(page).hasURL(url("/reintegration/cases/" + caseId + "/monitoring"));
        assertThat(page.locator("h1")).containsText(number);
        assertThat(page.locator("#scores-table #visit-1")).containsText("0.5882");
        assertThat(page.locator("#scores-table #visit-1")).containsText("0.5899");
        assertThat(page.locator("#scores-table #visit-1 .tag")).hasCount(0);
        assertThat(page.locator("#scores-table #visit-2")).containsText("1.0000");
        // economic, social, psychosocial and composite are all incomplete
        assertThat(page.locator("#scores-table #visit-2 .tag")).hasCount(4);
        assertThat(page.locator("#scores-table #visit-1"))
            .containsText(monitoring.visit(first, OFFICER).surveyVersion());
        assertThat(page.locator("#scores-table #visit-3 .tag")).hasCount(0);
        screenshot(page, "monitoring-case-" + language);
      }
    }
  }

  @Test
  void theScoresChartIsDrawnWithJavaScriptAndThePagesPassAxe() {
    CaseId caseId = arrivedInDouala("MAR-MON-AXE-" + (System.nanoTime() % 100_000));
    List<Visit> visits = monitoring.followed(caseId, OFFICER).visits();
    monitoring.record(
        visits.get(0).id(),
        new RecordVisit(
            VisitMode.PHONE, ActivityStatus.IN_TRAINING, null, "first", VisitApiTest.ANSWERS),
        OFFICER);
    Map<String, List<String>> violations = new LinkedHashMap<>();
    // a household of the demo that arrived in Douala: its reintegration file links to its scores
    String demoCase = null;
    for (JsonNode v :
        ApiClient.as(port, "reintegration.cmr")
            .get("/api/v1/reintegration/visits")
            .json()
            .get("visits")) {
      if (!v.get("caseNumber").asString().startsWith("MAR-MON-")) {
        demoCase = v.get("caseId").asString();
        break;
      }
    }
    assertThat(demoCase).as("the demo's households in Douala are followed").isNotNull();
    for (String language : List.of("en", "ar")) {
      try (BrowserContext context = newContext(WORDS.get(language).locale(), true)) {
        Page page = context.newPage();
        signIn(page, "reintegration.cmr", language);
        page.navigate(url("/reintegration/cases/" + demoCase));
        page.locator("a[href$='/reintegration/cases/" + demoCase + "/monitoring']").click();
        assertThat(page).hasURL(url("/reintegration/cases/" + demoCase + "/monitoring"));
        assertThat(page.locator("#scores-table tbody tr")).hasCount(3);
        page.navigate(url("/reintegration/cases/" + caseId + "/monitoring"));
        assertThat(page.locator("#scores-chart")).hasAttribute("data-drawn", "true");
        check(page, "monitoring-case-" + language, violations);
        for (String path :
            List.of(
                "/reintegration/monitoring",
                "/reintegration/visits/" + visits.get(0).id(),
                "/reintegration/visits/" + visits.get(1).id(),
                "/reintegration/survey")) {
          page.navigate(url(path));
          check(page, "monitoring" + path.replace('/', '-') + "-" + language, violations);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void anMAndEOfficerReadsTheSurveyTableAndUploadsANewVersionABrokenFileFirst() throws IOException {
    String shipped;
    try (InputStream in = getClass().getResourceAsStream("/reintegration/survey-table.json")) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String version = "browser-test-" + (System.nanoTime() % 1_000_000);
    String renamed =
        shipped.replace(
            "\"version\": \"homeward-illustrative-2025.1\"", "\"version\": \"" + version + "\"");
    String broken = renamed.replaceFirst("\"value\": 1,", "\"value\": 2,");
    assertThat(broken).isNotEqualTo(renamed);

    try (BrowserContext context = newContext("en-GB", false)) {
      Page page = context.newPage();
      signIn(page, "me.mar", "en");
      page.navigate(url("/reintegration/survey"));
      assertThat(page.locator("h1")).hasText("Survey table");
      assertThat(page.locator("main strong")).hasText("Reintegration sustainability survey");
      assertThat(page.locator("#indicator-food-security"))
          .containsText(
              "In the past month, did you have to reduce the quantity or quality of your meals?");
      assertThat(page.locator("#indicator-food-security")).containsText("0.2");
      assertThat(page.locator(".callout")).containsText("ILLUSTRATIVE");
      screenshot(page, "monitoring-survey-en");

      page.getByText("Upload a new version").click();
      assertThat(page).hasURL(url("/reintegration/survey/versions"));
      page.locator("#table")
          .setInputFiles(
              new FilePayload(
                  "broken.json", "application/json", broken.getBytes(StandardCharsets.UTF_8)));
      page.locator("form button[type=submit]").last().click();
      assertThat(page.locator(".upload-problems"))
          .containsText("indicators[economic-satisfaction]");
      assertThat(page.locator(".upload-problems")).containsText("value");
      screenshot(page, "monitoring-survey-upload-refused-en");

      page.locator("#table")
          .setInputFiles(
              new FilePayload(
                  "table.json", "application/json", renamed.getBytes(StandardCharsets.UTF_8)));
      page.locator("form button[type=submit]").last().click();
      assertThat(page.locator(".alert--success")).containsText(version);
      page.navigate(url("/reintegration/survey"));
      assertThat(page.locator("main")).containsText("Version " + version);
    }
    // a reintegration officer reads the table but is offered no upload, and may not open it
    try (BrowserContext context = newContext("en-GB", false)) {
      Page page = context.newPage();
      signIn(page, "reintegration.cmr", "en");
      page.navigate(url("/reintegration/survey"));
      assertThat(page.getByText("Upload a new version")).hasCount(0);
      assertThat(page.navigate(url("/reintegration/survey/versions")).status()).isEqualTo(403);
    }
  }
}
