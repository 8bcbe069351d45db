package org.homeward.reintegration.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The walkthrough of the reintegration in Debian's Chromium, without JavaScript, on the demo data:
 * the Cameroon mission's reintegration officer opens a household that arrived in Douala and has no
 * plan yet, makes a tailoring-business plan within the cap with the returnee, orders its first
 * tranche (within the mission's threshold) and pays it, orders the second (above it), which the
 * chief of mission approves as the second person, then pays it: both are in the ledger. The pages
 * pass axe, in English and in Arabic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReintegrationBrowserTest extends BrowserTest {

  @Test
  void
      anOfficerPlansATailoringBusinessWithinTheCapAndBuysItInTwoTranchesOneApprovedBySomeoneElse() {
    ApiClient officer = ApiClient.as(port, "reintegration.cmr");
    JsonNode arrived = waitingDoualaCase(officer);
    String caseId = arrived.get("file").get("caseId").asString();
    String caseNumber = arrived.get("file").get("caseNumber").asString();
    String today = LocalDate.now().toString();
    Map<String, List<String>> violations = new LinkedHashMap<>();

    try (BrowserContext context = newContext("en-GB", false)) {
      Page page = context.newPage();
      page.setViewportSize(820, 1180);
      signIn(page, "reintegration.cmr", "en");
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Reintegration").setExact(true))
          .first()
          .click();
      assertThat(page).hasURL(url("/reintegration/queue"));
      assertThat(page.locator("h1")).hasText("Arrivals to reintegrate");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber).setExact(true))
          .click();
      assertThat(page).hasURL(url("/reintegration/cases/" + caseId));
      assertThat(page.locator("h1")).containsText(caseNumber);
      screenshot(page, "reintegration-case-en");

      page.getByText("Make a plan with the returnees").click();
      assertThat(page.locator("h1")).containsText("New plan for " + caseNumber);
      // an empty business plan comes back naming what is missing
      page.getByText("Save the draft").click();
      assertThat(page.locator(".error-summary")).isVisible();
      assertThat(page.locator("#sector-error")).isVisible();

      page.locator("#title").fill("Tailoring workshop");
      page.locator("#agreedOn").fill(today);
      page.locator("#sector").fill("Garments");
      page.locator("#activity").fill("Tailoring and mending");
      page.locator("#location").fill("New Bell market, Douala");
      page.locator("#expectedMonthlyIncome").fill("90000");
      page.locator("#expectedIncomeCurrency").selectOption("XAF");
      page.locator("#businessPlan")
          .fill("Sews school uniforms and mends clothes in a stall at New Bell market.");
      item(page, 0, "Sewing machine", "120000");
      item(page, 1, "Fabric and thread", "60000");
      item(page, 2, "Three months' rent of the stall", "45000");
      page.getByText("Save the draft").click();

      assertThat(page.locator(".alert--success")).containsText("saved as a draft");
      assertThat(page.locator("h1")).hasText("Tailoring workshop");
      // 225,000 XAF at funding's rate of today, within the returnee's cap
      assertThat(page.locator(".callout")).containsText("is within the cap of");
      assertThat(page.locator("table.budget")).containsText("120000.00 XAF");
      String planUrl = page.url();
      screenshot(page, "reintegration-plan-draft-en");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions()
                  .setName("Submit the plan (within the cap: approved at once)"))
          .click();
      assertThat(page.locator(".alert--success")).containsText("The plan is approved");
      assertThat(page.locator(".page-heading__badges")).containsText("Approved");

      // the first tranche, within the mission's threshold of XAF 100,000
      order(page, "Marché Central, stall 14", today, "Fabric and thread", "1", "60000");
      assertThat(page.locator(".alert--success")).containsText("Tranche 1 is ordered");
      page.getByLabel("Pay tranche 1").click();
      assertThat(page.locator(".alert--success")).containsText("Tranche 1 is paid");
      assertThat(page.locator("#tranche-1")).containsText("Paid");

      // the second passes it: it waits for a second person, and cannot be paid
      order(page, "Singer dealer, Akwa", today, "Sewing machine", "1", "120000");
      assertThat(page.locator(".alert--success")).containsText("Tranche 2 passes the mission");
      assertThat(page.locator("#tranche-2")).containsText("Awaiting approval");
      assertThat(page.getByLabel("Pay tranche 2")).hasCount(0);
      screenshot(page, "reintegration-plan-tranches-en");

      try (BrowserContext chiefContext = newContext("en-GB", false)) {
        Page chief = chiefContext.newPage();
        signIn(chief, "chief.cmr", "en");
        chief.navigate(url("/reintegration/approvals"));
        Locator approve =
            chief.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Approve for " + caseNumber).setExact(true));
        assertThat(approve).hasCount(1);
        screenshot(chief, "reintegration-approvals-en");
        approve.click();
        assertThat(chief.locator(".alert--success"))
            .containsText("Approved, for case " + caseNumber);
      }

      page.navigate(planUrl);
      assertThat(page.locator("#tranche-2")).containsText("Approved");
      page.getByLabel("Pay tranche 2").click();
      assertThat(page.locator("#tranche-2")).containsText("Paid");
      assertThat(page.locator("#tranche-2")).containsText("decided by chief.cmr");
      // the rent is left to buy, in the project's currency
      assertThat(page.locator("#purchases")).containsText("USD left to buy of");
      screenshot(page, "reintegration-plan-paid-en");
    }

    // the case is in reintegration, and both tranches are in the ledger on its reintegration line
    ApiClient chiefMar = ApiClient.as(port, "chief.mar");
    assertThat(chiefMar.get("/api/v1/cases/" + caseId).json().get("status").asString())
        .isEqualTo("IN_REINTEGRATION");
    List<String> spent = new ArrayList<>();
    chiefMar
        .get("/api/v1/funding/cases/" + caseId + "/expenditures")
        .json()
        .forEach(e -> {
          if (e.get("line").asString().equals("REINTEGRATION")) {
            spent.add(e.get("amount").asString() + " " + e.get("currency").asString());
          }
        });
    assertThat(spent).containsExactly("60000.00 XAF", "120000.00 XAF");

    // axe runs in the page: checked with JavaScript, in English and in Arabic
    for (String language : List.of("en", "ar")) {
      try (BrowserContext context = newContext(language.equals("ar") ? "ar" : "en-GB", true)) {
        Page page = context.newPage();
        signIn(page, "reintegration.cmr", language);
        if (language.equals("ar")) {
          page.navigate(url("/reintegration/queue"));
          assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        }
        for (String path :
            List.of(
                "/reintegration/queue",
                "/reintegration/cases/" + caseId,
                "/reintegration/cases/" + caseId + "/reception",
                "/reintegration/partners",
                "/reintegration/approvals",
                "/cases/" + caseId)) {
          page.navigate(url(path));
          check(page, "reintegration" + path.replace('/', '-') + "-" + language, violations);
        }
        JsonNode plans = officer.get("/api/v1/reintegration/cases/" + caseId + "/plans").json();
        page.navigate(url("/reintegration/plans/" + plans.get(0).get("id").asLong()));
        check(page, "reintegration-plan-" + language, violations);
      }
    }
    try (BrowserContext context = newContext("fr-FR", true)) {
      Page page = context.newPage();
      signIn(page, "chief.cmr", "fr");
      page.navigate(url("/reintegration/approvals"));
      assertThat(page.locator("h1")).hasText("Approbations");
      check(page, "reintegration-approvals-fr", violations);
      page.navigate(url("/reintegration/settings"));
      assertThat(page.locator("h2")).containsText("Seuil des achats");
      check(page, "reintegration-settings-fr", violations);
    }
    assertThat(violations).isEmpty();
  }

  /** A household of the demo's charter to Douala that arrived and has no plan yet. */
  private static JsonNode waitingDoualaCase(ApiClient officer) {
    for (JsonNode e : officer.get("/api/v1/reintegration/queue").json()) {
      if (e.get("plans").isEmpty()
          && e.get("status").asString().equals("ARRIVED")
          && e.get("file").get("destinationCountry").asString().equals("CMR")) {
        return e;
      }
    }
    throw new AssertionError("the demo leaves households in Douala with no plan");
  }

  private static void item(Page page, int i, String description, String amount) {
    page.locator("#items-" + i + "-description").fill(description);
    page.locator("#items-" + i + "-amount").fill(amount);
    page.locator("#items-" + i + "-currency").selectOption("XAF");
  }

  private static void order(
      Page page, String vendor, String day, String what, String quantity, String amount) {
    page.locator("#vendor").fill(vendor);
    page.locator("#purchasedOn").fill(day);
    page.locator("#currency").selectOption("XAF");
    page.locator("#items-0-description").fill(what);
    page.locator("#items-0-quantity").fill(quantity);
    page.locator("#items-0-amount").fill(amount);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Order").setExact(true))
        .click();
  }
}
