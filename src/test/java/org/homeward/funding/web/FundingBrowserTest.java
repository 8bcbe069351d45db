package org.homeward.funding.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.homeward.BrowserTest;
import org.homeward.funding.FundingFixture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The funding pages in Debian's Chromium with the demo data: a finance officer enters a rate and
 * records a contribution in Swiss francs, and the appeal's progress moves; the chief of mission
 * reads the overview in Arabic, right to left, with the chart and its table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FundingBrowserTest extends BrowserTest {

  static BigDecimal amount(String text) {
    return new BigDecimal(text.trim().split(" ")[0]);
  }

  /**
   * A recent day on which the demo entered no rate (it enters its monthly ones on the first), so
   * that the rate the test enters is the one that converts the contribution of that day.
   */
  static LocalDate dayWithoutDemoRate() {
    LocalDate day = LocalDate.now().minusDays(1);
    return day.getDayOfMonth() == 1 ? day.minusDays(1) : day;
  }

  @Test
  void financeOfficerRecordsAContributionInFrancsAndTheAppealsProgressMoves() {
    String day = dayWithoutDemoRate().toString();
    try (BrowserContext context = newContext("en-GB", true)) {
      Page page = context.newPage();
      signIn(page, "finance.mar", "en");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Funding").setExact(true))
          .first()
          .click();
      assertThat(page).hasURL(url("/funding"));
      Locator appeal = page.locator(".appeal").first();
      String title = appeal.locator("h3").textContent();
      BigDecimal receivedBefore = amount(appeal.locator(".appeal-received").textContent());
      String progressBefore = appeal.locator("progress").getAttribute("value");

      page.navigate(url("/funding/rates"));
      page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(day);
      page.getByLabel("From currency").selectOption("CHF");
      page.getByLabel("To currency").selectOption("USD");
      page.getByLabel("Rate", new Page.GetByLabelOptions().setExact(true)).fill("1.1000");
      page.getByText("Enter the rate").click();
      screenshot(page, "funding-rate-entered-en");
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("The rate is entered.");
      assertThat(
              page.locator("table tbody td")
                  .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^1\\.10*$"))))
          .hasCount(1);

      page.navigate(url("/funding/contributions"));
      // the form comes back with the field's error when a required field is left out
      page.getByText("Record the contribution").click();
      assertThat(page.locator(".error-summary")).isVisible();
      assertThat(page.locator("#donorId-error")).isVisible();

      page.getByLabel("Donor").selectOption(new SelectOption().setIndex(1));
      page.getByLabel("Amount").fill("100000.00");
      page.getByLabel("Currency").selectOption("CHF");
      page.getByLabel("Pledged on").fill(day);
      page.getByLabel("Received on").fill(day);
      page.getByLabel("Appeal").selectOption(new SelectOption().setLabel(title));
      page.getByText("Record the contribution").click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("The contribution is recorded.");
      assertThat(page.locator("table tbody")).containsText("100000.00 CHF");

      page.navigate(url("/funding"));
      Locator after = page.locator(".appeal").filter(hasText(title)).first();
      BigDecimal receivedAfter = amount(after.locator(".appeal-received").textContent());
      // 100,000 francs at 1.10 are 110,000 dollars more received
      assertThat(receivedAfter.subtract(receivedBefore)).isEqualByComparingTo("110000.00");
      assertThat(Integer.parseInt(after.locator("progress").getAttribute("value")))
          .isGreaterThan(Integer.parseInt(progressBefore));
      screenshot(page, "funding-overview-en");
    }
  }

  @Test
  void chiefOfMissionReadsTheOverviewInArabicWithTheChartAndItsTable() {
    try (BrowserContext context = newContext("ar", true)) {
      Page page = context.newPage();
      signIn(page, "chief.mar", "ar");
      page.navigate(url("/funding"));
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      assertThat(page.locator("html")).hasAttribute("lang", "ar");
      assertThat(page.locator("h1")).hasText("التمويل");
      assertThat(page.locator(".appeal progress").first()).isVisible();
      Locator chart = page.locator(".funding-chart canvas").first();
      assertThat(chart).hasAttribute("data-drawn", "true");
      Locator table = page.locator(".chart-table").first();
      table.locator("summary").click();
      assertThat(table.locator("tbody tr")).hasCount(FundingPages.CHART_WEEKS);
      assertThat(page.locator("section[aria-labelledby=projects-heading]"))
          .containsText("تنفد الأموال في");

      Map<String, List<String>> violations = new LinkedHashMap<>();
      check(page, "funding-overview-ar", violations);
      for (String path : List.of("/funding/projects", "/funding/appeals", "/funding/rates")) {
        page.navigate(url(path));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        check(page, "funding" + path.replace('/', '-'), violations);
      }
      assertThat(violations).as("serious or critical axe violations").isEmpty();
    }
  }

  @Test
  void aCaseNoProjectCanPayForIsRefusedWithTheReasonThenTheChiefOverridesIt() {
    FundingFixture money = new FundingFixture(port);
    String today = LocalDate.now().toString();
    long donor = money.donor("Page override donor");
    long project = money.project(donor, "SLE", "USD", "300.00", "50.00", "400.00");
    money.contribute(donor, project, "100.00", "USD", today, today);
    String id = money.counselledSingle("SLE");
    String caseNumber =
        money.caseworker.get("/api/v1/cases/" + id).json().get("caseNumber").asString();
    Page.GetByRoleOptions declare = new Page.GetByRoleOptions().setName("Declare eligible");

    // a caseworker meets the refusal, its reason, and who may override it
    try (BrowserContext context = newContext("en-GB", true)) {
      Page page = context.newPage();
      signIn(page, "caseworker.mar", "en");
      page.navigate(url("/cases/" + id));
      page.getByRole(AriaRole.BUTTON, declare).click();
      Locator alert = page.getByRole(AriaRole.ALERT);
      assertThat(alert).containsText("No project has the money for this case");
      assertThat(alert.locator(".refusal-detail")).containsText(caseNumber);
      assertThat(alert.locator(".refusal-detail")).containsText("shortfall");
      assertThat(alert).containsText("A chief of mission may override this");
      assertThat(page.locator(".override-form")).hasCount(0);
      // the case's money is for readers of the books only
      assertThat(page.locator("#case-funding")).hasCount(0);
    }

    String justification = "his mother is dying in Freetown; the second tranche is promised";
    try (BrowserContext context = newContext("en-GB", true)) {
      Page page = context.newPage();
      signIn(page, "chief.mar", "en");
      page.navigate(url("/cases/" + id));
      page.getByRole(AriaRole.BUTTON, declare).click();
      assertThat(page.getByRole(AriaRole.ALERT)).containsText("No project has the money");
      page.getByLabel("Override: why this case goes ahead without funds").fill(justification);
      screenshot(page, "case-override-en");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Override and make eligible"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS))
          .containsText("The case is now Eligible, by override");
      // the commitment appears on the case, with the justification
      Locator funding = page.locator("section[aria-labelledby=case-funding]");
      assertThat(funding).containsText("Let through by override");
      assertThat(funding).containsText(justification);
      assertThat(funding).containsText("750.00 USD");
      screenshot(page, "case-funding-en");
    }
    JsonNode commitment =
        money.chief.get("/api/v1/funding/cases/" + id + "/commitments").json().get(0);
    assertThat(commitment.get("projectId").asLong()).isEqualTo(project);
    assertThat(commitment.get("overrideJustification").asString()).isEqualTo(justification);
  }

  @Test
  void aCaseworkerHasNoFundingLinkNorPage() {
    try (BrowserContext context = newContext("en-GB", true)) {
      Page page = context.newPage();
      signIn(page, "caseworker.mar", "en");
      assertThat(
              page.getByRole(
                  AriaRole.LINK, new Page.GetByRoleOptions().setName("Funding").setExact(true)))
          .hasCount(0);
      var response = page.navigate(url("/funding"));
      assertThat(response.status()).isEqualTo(403);
    }
  }
}
