package org.homeward.matching.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.homeward.ApiClient;
import org.homeward.BrowserTest;
import org.homeward.registry.Households;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Duplicate detection in Debian's Chromium: the registration form's warning, a reviewer's merge,
 * undo and "not the same person", and a check of the whole registry. Screenshots go to {@code
 * target/screenshots/}, page weights to {@code target/page-weight-duplicates.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DuplicatesBrowserTest extends BrowserTest {

  static final List<String> LANGUAGES = List.of("en", "fr", "ar");
  static final long BUDGET = 100 * 1024;

  ApiClient caseworker;
  ApiClient reviewer;

  @BeforeAll
  void signInToTheApi() {
    caseworker = ApiClient.as(port, "caseworker.mar");
    reviewer = ApiClient.as(port, "dataprotection.mar");
  }

  @Test
  void aCaseworkerSeesAPossibleDuplicateBeforeSavingAndOnlyRegisterAnywaySavesIt() {
    JsonNode demo = demoPrincipalWithDateOfBirth();
    String caseNumber =
        caseworker
            .get("/api/v1/cases/" + demo.get("caseId").asString())
            .json()
            .get("caseNumber")
            .asString();
    long casesBefore = caseCount();
    try (BrowserContext context = newContext()) {
      Page page = context.newPage();
      signIn(page, "caseworker.mar", "en");
      page.navigate(url("/cases/new"));
      page.getByLabel("Registration site").fill("Oujda");
      page.locator("#destinationCountry").selectOption(demo.get("nationality").asString());
      String given = demo.get("givenName").asString().toUpperCase();
      page.locator("#members-0-givenName").fill(given);
      page.locator("#members-0-familyName").fill(demo.get("familyName").asString().toLowerCase());
      page.locator("#members-0-dateOfBirth").fill(demo.get("dateOfBirth").asString());
      page.locator("#members-0-nationality").selectOption(demo.get("nationality").asString());
      page.getByText("Register the household").click();

      var panel = page.locator("section.duplicates-panel");
      assertThat(panel).containsText("This person may already be registered");
      var existing =
          panel.getByText(
              caseNumber, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true));
      assertThat(existing).hasAttribute("target", "_blank");
      assertThat(panel).containsText("Family name: the same");
      assertThat(panel).containsText("Date of birth: the same");
      // nothing typed is lost, and nothing was saved yet
      assertThat(page.locator("#members-0-givenName")).hasValue(given);
      assertThat(page.locator("#registrationSite")).hasValue("Oujda");
      assertThat(page).hasURL(url("/cases"));
      assertThat(caseCount()).isEqualTo(casesBefore);
      screenshot(page, "registration-duplicates-en");

      // Enter in a field sends the form as its regular button does, not as "Register anyway"
      // (the first submit button on the page): the household is checked again, not saved
      Response entered =
          page.waitForResponse(
              r -> r.request().method().equals("POST") && r.url().equals(url("/cases")),
              () -> page.locator("#registrationSite").press("Enter"));
      assertThat(entered.request().postData()).doesNotContain("register-anyway");
      page.waitForLoadState(LoadState.LOAD);
      assertThat(page).hasURL(url("/cases"));
      assertThat(panel).containsText("This person may already be registered");
      assertThat(page.locator("#members-0-givenName")).hasValue(given);
      assertThat(caseCount()).isEqualTo(casesBefore);

      page.getByText("Register anyway").click();
      assertThat(page).hasURL(Pattern.compile(".*/cases/[0-9a-f-]{36}$"));
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
          .containsText("The household is registered.");
      assertThat(caseCount()).isEqualTo(casesBefore + 1);
    }
  }

  @Test
  void aPairsPageShowsTheChainItBelongsToWithWhyEachLinkHolds() {
    // registered three times, each from the latest card: a new phone, then a slip in the name
    String family = Households.uniqueFamilyName();
    String first = register("Aminata", family, "1987-03-14", "+212655500001");
    String second = register("Aminata", family, "1987-03-14", "+212655500002");
    long earlier = reviewOf(second);
    String third = register("Aminatou", family, "1987-03-14", "+212655500002");
    long pair = reviewOf(third);
    Map<String, String> heading = Map.of("en", "Linked with", "fr", "Liée à", "ar", "مرتبطة بـ");

    try (BrowserContext context = newContext()) {
      Page page = context.newPage();
      for (String language : LANGUAGES) {
        signIn(page, "dataprotection.mar", language);
        page.navigate(url("/duplicates/" + pair));
        Locator group = page.locator("[data-review-group]");
        assertThat(group.locator("h2")).containsText(heading.get(language));
        for (String caseId : List.of(first, second, third)) {
          assertThat(group).containsText(caseNumberOf(caseId));
        }
        // each link of the chain with its own evidence, the pair on screen among them
        assertThat(group.locator("tr[data-link]").count()).isGreaterThanOrEqualTo(2);
        assertThat(group.locator("tr[data-link='" + pair + "'] .evidence li").first()).isVisible();
        assertThat(group.locator("tr[data-link] .evidence").count())
            .isEqualTo(group.locator("tr[data-link]").count());
        screenshot(page, "duplicates-group-" + language);
        context.clearCookies();
      }

      // once the earlier registration not in this pair is merged away, its pairs wait no more:
      // the group leaves them out, as the queue does
      JsonNode shown = caseworker.get("/api/v1/matching/reviews/" + pair).json();
      Set<String> inPair =
          Set.of(shown.get("a").get("caseId").asString(), shown.get("b").get("caseId").asString());
      String away = inPair.contains(first) ? second : first;
      JsonNode before = caseworker.get("/api/v1/matching/reviews/" + earlier).json();
      String survivor = before.get("a").get("caseId").asString().equals(away) ? "b" : "a";
      ApiClient.Response merged =
          caseworker.post(
              "/api/v1/matching/reviews/" + earlier + "/decision",
              Map.of("decision", "SAME_PERSON", "survivor", survivor));
      assertThat(merged.status()).as(merged.text()).isEqualTo(200);
      signIn(page, "dataprotection.mar", "en");
      page.navigate(url("/duplicates/" + pair));
      for (String caseId : inPair) {
        assertThat(page.locator("main")).containsText(caseNumberOf(caseId));
      }
      // the pair on screen is all that is left of the chain, so no group is shown beside it
      assertThat(page.locator("[data-review-group]")).hasCount(0);
      assertThat(page.locator("main")).not().containsText(caseNumberOf(away));
    }
  }

  @Test
  void aReviewerMergesChoosingAValueUndoesItAndSetsAnotherPairAside() {
    String family = Households.uniqueFamilyName();
    register("Boubacar", family, "1987-03-09", "+212600000101");
    String second = register("Boubakar", family, "1987-03-09", "+212600000102");
    long merged = reviewOf(second);
    String other = Households.uniqueFamilyName();
    register("Awa", other, "1979-01-20", "+212600000103");
    long apart = reviewOf(register("Hawa", other, "1979-01-20", "+212600000104"));

    try (BrowserContext context = newContext()) {
      Page page = context.newPage();
      signIn(page, "dataprotection.mar", "en");
      page.getByRole(
              com.microsoft.playwright.options.AriaRole.LINK,
              new Page.GetByRoleOptions().setName("Duplicates").setExact(true))
          .click();
      assertThat(page.locator("h1")).hasText("Possible duplicates");
      assertThat(page.locator(".pair").first()).containsText("Review");
      screenshot(page, "duplicates-en");

      page.navigate(url("/duplicates/" + merged));
      assertThat(page.locator("h1")).hasText("Are they the same person?");
      // keep the second record's phone; fields the same on both need no choice
      page.getByLabel("+212600000102").check();
      screenshot(page, "duplicate-pair-en");
      page.getByText("Same person — merge").click();

      assertThat(page).hasURL(Pattern.compile(".*/duplicates/merges/\\d+$"));
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
          .containsText("Both original records are kept and linked");
      var phone =
          page.locator("tbody tr")
              .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Phone"));
      assertThat(phone.locator("td").nth(2)).hasText("+212600000102");
      screenshot(page, "duplicate-merge-en");

      page.getByText("Undo the merge").click();
      assertThat(page).hasURL(url("/duplicates/" + merged));
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
          .containsText("The merge is undone");
      assertThat(page.getByText("Same person — merge")).isVisible();

      page.navigate(url("/duplicates/" + apart));
      page.getByText("Not the same person").click();
      assertThat(page).hasURL(url("/duplicates"));
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
          .containsText("This pair will not be proposed again.");
      assertThat(page.locator("a[href$='/duplicates/" + apart + "']")).hasCount(0);
      page.navigate(url("/duplicates/" + apart));
      assertThat(page.locator(".alert--info")).containsText("marked as not the same person");
    }
  }

  /**
   * The test settings compare the registry in short steps with a pause between them, so the check
   * is still going when the page shows it and Stop halts it before the end.
   */
  @Test
  void aCheckOfTheWholeRegistryShowsItsProgressStopsResumesAndCompletes() {
    try (BrowserContext context = newContext()) {
      Page page = context.newPage();
      signIn(page, "dataprotection.mar", "en");
      page.navigate(url("/duplicates"));
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Check the whole registry").setExact(true))
          .click();
      assertThat(page.locator("#run progress")).isVisible();
      assertThat(page.locator("#run-status")).containsText("people compared");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop").setExact(true))
          .click();
      // the check halts after its current step; htmx shows it stopped, ready to resume
      var resume =
          page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume the check"));
      assertThat(resume).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
      assertThat(page.locator("#run-status")).containsText("Stopped.");
      assertThat(page.locator(".alert--error")).hasCount(0);
      screenshot(page, "duplicates-run-en");

      resume.click();
      // htmx asks for the progress every two seconds: the page updates without a reload
      assertThat(page.locator("#run-status"))
          .containsText(
              "Completed.", new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
      assertThat(page.locator(".alert--error")).hasCount(0);
      assertThat(page.locator("#run progress")).hasAttribute("value", Pattern.compile("[1-9]\\d*"));
      assertThat(page.locator("#run progress"))
          .hasAttribute("max", page.locator("#run progress").getAttribute("value"));
      screenshot(page, "duplicates-run-completed-en");
    }
  }

  /**
   * A date of birth of which only the year is known is stored as 1 January: shown as a date, two
   * estimates of the same year would read as the same birthday.
   */
  @Test
  void anEstimatedDateOfBirthShowsAsAYearWhereverAPairOrACandidateShowsIt() {
    String family = Households.uniqueFamilyName();
    Map<String, Object> estimated =
        Households.member(
            "Kadiatou", family, "F", "1985-01-01", "PRINCIPAL", "+212600000109", List.of());
    estimated.put("dobEstimated", true);
    String first = register(estimated);
    String second = register("Kadiatou", family, "1985-06-12", "+212600000110");
    long pair = reviewOf(second);
    String firstNumber = caseNumberOf(first);
    String secondNumber = caseNumberOf(second);

    try (BrowserContext context = newContext()) {
      Page page = context.newPage();
      signIn(page, "dataprotection.mar", "en");

      var listed = queuedPair(page, pair);
      assertThat(listed.locator(".pair__person").filter(hasText(firstNumber)))
          .containsText("1985 (estimated)");
      assertThat(listed.locator(".pair__person").filter(hasText(secondNumber)))
          .containsText("June 12, 1985");
      assertThat(listed).not().containsText("January 1, 1985");

      page.navigate(url("/duplicates/" + pair));
      var born = page.locator("fieldset.compare").filter(hasText("Date of birth"));
      assertThat(
              born.getByLabel("1985 (estimated)", new Locator.GetByLabelOptions().setExact(true)))
          .hasCount(1);
      assertThat(born.getByLabel("June 12, 1985", new Locator.GetByLabelOptions().setExact(true)))
          .hasCount(1);
      assertThat(page.locator("main")).not().containsText("January 1, 1985");
    }

    try (BrowserContext context = newContext()) {
      Page page = context.newPage();
      signIn(page, "caseworker.mar", "en");
      page.navigate(url("/cases/new"));
      page.locator("#members-0-givenName").fill("Kadiatou");
      page.locator("#members-0-familyName").fill(family);
      page.locator("#members-0-dateOfBirth").fill("1985-06-12");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register the household"))
          .click();
      var candidates = page.locator("section.duplicates-panel .candidate");
      assertThat(candidates.filter(hasText(firstNumber)).locator(".candidate__who"))
          .containsText("1985 (estimated)");
      assertThat(candidates.filter(hasText(secondNumber)).locator(".candidate__who"))
          .containsText("June 12, 1985");
      assertThat(page.locator("section.duplicates-panel")).not().containsText("January 1, 1985");
    }
  }

  /**
   * The duplicate pages in every language, each on a first visit: no serious or critical axe
   * violation, under 100 KB with everything they load.
   */
  @Test
  void duplicatePagesAreAccessibleAndLightInEveryLanguage() throws IOException {
    String family = Households.uniqueFamilyName();
    register("Fatoumata", family, "1993-11-05", "+212600000105");
    long pair = reviewOf(register("Fatou", family, "1993-11-05", "+212600000106"));
    long merge =
        reviewer
            .post(
                "/api/v1/matching/reviews/" + pair + "/decision",
                Map.of("decision", "SAME_PERSON", "survivor", "a", "keep", Map.of("phone", "b")))
            .json()
            .get("mergeId")
            .asLong();
    String other = Households.uniqueFamilyName();
    register("Ibrahima", other, "1985-02-14", "+212600000107");
    long open = reviewOf(register("Ibrahim", other, "1985-02-14", "+212600000108"));

    Map<String, List<String>> violations = new LinkedHashMap<>();
    Map<String, Long> weights = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      try (BrowserContext signedIn = newContext()) {
        Page page = signedIn.newPage();
        signIn(page, "dataprotection.mar", language);
        var state = signedIn.storageState();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("duplicates", "/duplicates");
        pages.put("duplicate-pair", "/duplicates/" + open);
        pages.put("duplicate-merge", "/duplicates/merges/" + merge);
        for (Map.Entry<String, String> p : pages.entrySet()) {
          String name = p.getKey() + "-" + language;
          try (BrowserContext fresh =
              browser.newContext(
                  new Browser.NewContextOptions()
                      .setStorageState(state)
                      .setViewportSize(1280, 900))) {
            Page first = fresh.newPage();
            weights.put(name, open(first, p.getValue()));
            check(first, name, violations);
          }
        }
      }
      try (BrowserContext context = newContext()) {
        Page page = context.newPage();
        signIn(page, "caseworker.mar", language);
        page.navigate(url("/cases/new"));
        page.locator("#members-0-givenName").fill("Ibrahima");
        page.locator("#members-0-familyName").fill(other);
        page.locator("#members-0-dateOfBirth").fill("1985-02-14");
        page.locator("form#registration .actions button.button--primary").last().click();
        assertThat(page.locator("section.duplicates-panel")).isVisible();
        check(page, "registration-duplicates-" + language, violations);
      }
    }
    List<String> report = new ArrayList<>();
    report.add("Bytes transferred per duplicate page on a first visit:");
    weights.forEach((name, bytes) ->
        report.add("%-22s %7d bytes %6.1f KB".formatted(name, bytes, bytes / 1024.0)));
    Files.write(Path.of("target", "page-weight-duplicates.txt"), report);

    assertThat(violations).as("serious or critical axe violations").isEmpty();
    assertThat(weights).allSatisfy((name, bytes) -> assertThat(bytes).as(name).isLessThan(BUDGET));
  }

  private JsonNode demoPrincipalWithDateOfBirth() {
    for (JsonNode summary : caseworker.get("/api/v1/cases?size=50").json().get("items")) {
      JsonNode c = caseworker.get("/api/v1/cases/" + summary.get("id").asString()).json();
      JsonNode principal = c.get("members").get(0);
      if (principal.hasNonNull("dateOfBirth")
          && !principal.get("dobEstimated").asBoolean()
          && principal.hasNonNull("nationality")) {
        ((tools.jackson.databind.node.ObjectNode) principal).put("caseId", c.get("id").asString());
        return principal;
      }
    }
    throw new AssertionError("no demo principal with a date of birth");
  }

  /** Cases of the caseworker's mission, as the API counts them. */
  private long caseCount() {
    return caseworker.get("/api/v1/cases?size=1").json().get("total").asLong();
  }

  /** The queue's entry for {@code pair}, on whichever page of the queue it is. */
  private Locator queuedPair(Page page, long pair) {
    for (int n = 0; ; n++) {
      page.navigate(url("/duplicates?page=" + n));
      Locator listed =
          page.locator("li.pair")
              .filter(
                  new Locator.FilterOptions()
                      .setHas(page.locator("a[href$='/duplicates/" + pair + "']")));
      if (listed.count() == 1) {
        return listed;
      }
      assertThat(page.locator("a[rel=next]").count()).as("pair %d in the queue", pair).isOne();
    }
  }

  private String caseNumberOf(String caseId) {
    return caseworker.get("/api/v1/cases/" + caseId).json().get("caseNumber").asString();
  }

  private String register(String given, String family, String born, String phone) {
    return register(Households.member(given, family, "F", born, "PRINCIPAL", phone, List.of()));
  }

  private String register(Map<String, Object> member) {
    member.put("nationality", "MLI");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("missionCode", "MAR");
    body.put("destinationCountry", "MLI");
    body.put("members", new ArrayList<>(List.of(member)));
    ApiClient.Response created = caseworker.post("/api/v1/cases", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  /** The queued pair holding the principal of {@code caseId}, once screening has queued it. */
  private long reviewOf(String caseId) {
    String personId =
        caseworker.get("/api/v1/cases/" + caseId).json().get("members").get(0).get("id").asString();
    // screening takes registrations one at a time: others of the same database may queue before
    long deadline = System.currentTimeMillis() + 90_000;
    while (System.currentTimeMillis() < deadline) {
      // other tests' registry checks may fill the first page with likelier pairs
      for (int page = 0; ; page++) {
        JsonNode items =
            reviewer.get("/api/v1/matching/reviews?size=100&page=" + page).json().get("items");
        if (items.isEmpty()) {
          break;
        }
        for (JsonNode item : items) {
          if (item.get("b").get("personId").asString().equals(personId)) {
            return item.get("id").asLong();
          }
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("no review queued for " + personId);
  }

  private BrowserContext newContext() {
    return newContext("en-GB", true);
  }
}
