package org.homeward.movement.plans.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Planning the demo's charter to Douala next week in Debian's Chromium, without JavaScript: the
 * movement officer proposes a plan for it from the flights page, pins one family on it, re-solves
 * the plan (the pin holds) and confirms it; the charter's manifest then lists the family. The
 * planning pages pass axe in English and in Arabic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanBrowserTest extends BrowserTest {

  @Test
  void movementOfficerPlansTheDoualaCharterPinsAFamilyResolvesAndConfirms() {
    ApiClient api = ApiClient.as(port, "movement.mar");
    JsonNode charter = doualaCharter(api);
    long flight = charter.get("id").asLong();
    LocalDate day = LocalDate.parse(charter.get("departsAt").asString().substring(0, 10));
    Map<String, List<String>> violations = new LinkedHashMap<>();
    String planPath;
    String family;
    String caseId;

    try (BrowserContext context = newContext("en-GB", false)) {
      Page page = context.newPage();
      signIn(page, "movement.mar", "en");
      page.navigate(url("/movement/flights"));
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Flight plans").setExact(true))
          .click();
      assertThat(page).hasURL(url("/movement/plans"));
      assertThat(page.locator("h1")).hasText("Flight plans");

      // the last day before the first: the form comes back naming the field
      page.getByLabel("Country of return").selectOption("CMR");
      page.getByLabel("Flights leaving from").fill(day.toString());
      page.getByLabel("Until").fill(day.minusDays(1).toString());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose the plan"))
          .click();
      assertThat(page.locator(".error-summary")).isVisible();
      assertThat(page.locator("#flightsTo-error")).isVisible();
      page.getByLabel("Flights leaving from").fill(LocalDate.now().toString());
      page.getByLabel("Until").fill(day.toString());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose the plan"))
          .click();

      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/movement/plans/\\d+$"));
      assertThat(page.locator(".alert--success")).containsText("The plan is proposed");
      planPath = page.url().substring(url("").length());
      Locator section = page.locator("#f-" + flight);
      assertThat(section.locator("h2")).containsText("AT 9440");
      assertThat(section.locator(".seats-used")).containsText("seats free for the plan are used");

      // a family the planner put on the charter
      JsonNode plan = api.get("/api/v1" + planPath).json();
      JsonNode household = familyOn(plan, flight);
      caseId = household.get("caseId").asString();
      String caseNumber = household.get("caseNumber").asString();
      family =
          api.get("/api/v1/cases/" + caseId)
              .json()
              .get("members")
              .get(0)
              .get("familyName")
              .asString();
      Locator row = page.locator("#h-" + caseId);
      assertThat(row.locator("select")).hasValue(String.valueOf(flight));
      row.getByRole(
              AriaRole.BUTTON,
              new Locator.GetByRoleOptions()
                  .setName("Pin household " + caseNumber + " on the flight chosen"))
          .click();
      assertThat(page.locator(".alert--success"))
          .containsText("Household " + caseNumber + " is pinned on its flight");
      assertThat(page.locator("#f-" + flight + " #h-" + caseId)).containsText("Pinned");

      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Re-solve with today’s data"))
          .click();
      assertThat(page.locator(".alert--success")).containsText("The plan is re-solved");
      assertThat(page.locator("#last-change")).isVisible();
      // the pin holds
      assertThat(page.locator("#f-" + flight + " #h-" + caseId)).containsText("Pinned");
      screenshot(page, "movement-plan-en");
    }

    try (BrowserContext context = newContext("en-GB", true)) {
      Page page = context.newPage();
      signIn(page, "movement.mar", "en");
      page.navigate(url("/movement/plans"));
      check(page, "movement-plans-en", violations);
      page.navigate(url(planPath));
      check(page, "movement-plan-en", violations);
    }
    try (BrowserContext context = newContext("ar", true)) {
      Page page = context.newPage();
      signIn(page, "movement.mar", "ar");
      page.navigate(url(planPath));
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      assertThat(page.locator("h1")).containsText("الخطة");
      check(page, "movement-plan-ar", violations);
      page.navigate(url("/movement/plans"));
      check(page, "movement-plans-ar", violations);
    }

    try (BrowserContext context = newContext("en-GB", false)) {
      Page page = context.newPage();
      signIn(page, "movement.mar", "en");
      page.navigate(url(planPath));
      // meanwhile a colleague re-solves the plan: confirming what this page shows is refused
      String current = api.get("/api/v1" + planPath).header("ETag");
      assertThat(api.post("/api/v1" + planPath + "/resolve", null, "If-Match", current).status())
          .isEqualTo(200);
      Locator confirm =
          page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Confirm and book the households"));
      confirm.click();
      assertThat(page.locator(".alert--error")).containsText("Someone changed the plan meanwhile");
      assertThat(api.get("/api/v1/cases/" + caseId).json().get("status").asString())
          .isEqualTo("READY_FOR_DEPARTURE");
      // the page is the plan as it stands now, and its pin still holds
      assertThat(page.locator("#f-" + flight + " #h-" + caseId)).containsText("Pinned");
      confirm.click();
      assertThat(page).hasURL(url(planPath));
      assertThat(page.locator(".alert--success")).containsText("The plan is confirmed");
      assertThat(page.locator(".page-heading__badges")).containsText("Confirmed");
      // nothing more to change on a confirmed plan
      assertThat(page.locator("form[action$='/confirm']")).hasCount(0);

      page.locator("#f-" + flight)
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("The flight’s page"))
          .click();
      assertThat(page).hasURL(url("/movement/flights/" + flight));
      assertThat(page.locator("table.manifest")).containsText(family);
      screenshot(page, "movement-plan-confirmed-manifest-en");
    }
    assertThat(api.get("/api/v1/cases/" + caseId).json().get("status").asString())
        .isEqualTo("BOOKED");
    assertThat(violations).isEmpty();
  }

  /** The demo's charter to Douala next week, planned and empty, for the planner to fill. */
  static JsonNode doualaCharter(ApiClient api) {
    for (JsonNode f : api.get("/api/v1/movement/flights").json()) {
      if ("AT 9440".equals(f.path("flightNumber").asString())
          && "PLANNED".equals(f.get("status").asString())) {
        return f;
      }
    }
    throw new AssertionError("the demo has no planned charter AT 9440");
  }

  /** A household of several people on the flight in the plan. */
  static JsonNode familyOn(JsonNode plan, long flight) {
    for (JsonNode f : plan.get("flights")) {
      if (f.get("flightId").asLong() == flight) {
        for (JsonNode h : f.get("households")) {
          if (h.get("people").asInt() > 1) {
            return h;
          }
        }
      }
    }
    throw new AssertionError("no family on flight " + flight + ": " + plan);
  }
}
