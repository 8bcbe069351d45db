package org.homeward.movement.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.BrowserTest;
import org.homeward.movement.MovementFixture;
import org.homeward.registry.Households;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Travel section of the case page and the consulates' page in Debian's Chromium, without
 * JavaScript: a movement officer requests a laissez-passer, gets a form back with its mistake,
 * records the issue; the list of the consulate of Cameroon shows the other request, downloads as a
 * PDF and is recorded as sent; a medical officer records the fitness checks in French; the case
 * then becomes ready for departure. The pages pass axe in English and Arabic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MovementBrowserTest extends BrowserTest {

  @Test
  void theTravelOfAHouseholdIsRecordedFromTheCasePageUntilItIsReadyForDeparture() {
    MovementFixture api = new MovementFixture(port);
    String family = Households.uniqueFamilyName();
    Map<String, Object> household = Households.familyOfThree(family);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> members = (List<Map<String, Object>>) household.get("members");
    members.remove(2);
    String id = api.eligible(household);
    List<String> people = api.memberIds(id);
    String today = LocalDate.now().toString();
    Map<String, List<String>> violations = new LinkedHashMap<>();

    try (BrowserContext context = newContext("en-GB", false)) {
      Page page = context.newPage();
      signIn(page, "movement.mar", "en");
      page.navigate(url("/cases/" + id));
      Locator travel = page.locator("section#travel");
      assertThat(travel.locator("h2")).hasText("Travel");
      assertThat(travel.locator(".callout")).containsText("Not every member can travel yet");
      assertThat(travel.locator("#travel-member-0")).containsText("No travel document");
      // the movement officer has no medical role: no fitness form
      assertThat(travel.locator("form[action$='/fitness-checks']")).hasCount(0);

      travel.locator("details.travel-forms").first().locator("summary").click();
      assertThat(page.locator("#m0-request-consulate")).hasValue("CMR");
      page.locator("#m0-request-type").selectOption("LAISSEZ_PASSER");
      page.locator("#m0-request-requestedOn").fill(today);
      travel
          .locator("details.travel-forms")
          .first()
          .getByRole(AriaRole.BUTTON, button("Request the document"))
          .click();
      assertThat(page).hasURL(url("/cases/" + id + "#travel"));
      assertThat(page.locator("section#travel [role=status]"))
          .hasText("The travel document is requested. It is on the list of the consulate.");
      assertThat(page.locator("#travel-member-0"))
          .containsText("requested of the consulate of Cameroon");

      // the issue without its number comes back on a page of its own, the mistake at its field
      page.locator("section#travel details.travel-forms").first().locator("summary").click();
      page.locator("#m0-issue-expiresOn").fill(LocalDate.now().plusMonths(3).toString());
      page.locator("section#travel")
          .getByRole(AriaRole.BUTTON, button("Record the issue"))
          .first()
          .click();
      assertThat(page.locator(".error-summary")).isVisible();
      assertThat(page.locator("#number-error")).isVisible();
      page.getByLabel("Document number").fill("LP-CMR-2026-0042");
      page.locator("main").getByRole(AriaRole.BUTTON, button("Record the issue")).click();
      assertThat(page).hasURL(url("/cases/" + id + "#travel"));
      assertThat(page.locator("#travel-member-0")).containsText("LP-CMR-2026-0042");
      assertThat(page.locator("#travel-member-0")).containsText("Issued");
    }
    // the husband's request, made through the API, waits at the consulate
    String paulsRequest =
        api.request(people.get(1), "LAISSEZ_PASSER", null).json().get("id").asString();

    try (BrowserContext context = newContext("en-GB", false)) {
      Page page = context.newPage();
      signIn(page, "movement.mar", "en");
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Travel documents").setExact(true))
          .first()
          .click();
      assertThat(page).hasURL(url("/movement/consulates"));
      Locator cameroon = page.locator("#consulate-CMR");
      assertThat(cameroon.locator("h2")).hasText("Consulate of Cameroon");
      assertThat(cameroon.locator("tbody")).containsText(family);
      APIResponse pdf = context.request().get(url("/movement/consulates/CMR/requests.pdf"));
      assertThat(pdf.status()).isEqualTo(200);
      assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
      assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
          .isEqualTo("%PDF-");
      cameroon.locator("button[type=submit]").click();
      assertThat(page.locator("[role=status]"))
          .containsText("recorded as sent to the consulate of Cameroon");
      assertThat(page.locator("#consulate-CMR tbody tr").filter(hasText(family)))
          .not()
          .containsText("not sent yet");
      assertThat(page.locator("#consulate-CMR form.sending-form")).hasCount(0);
    }
    assertThat(
            api.movement
                .get("/api/v1/movement/travel-documents/" + paulsRequest)
                .json()
                .get("sentOn")
                .asString())
        .isEqualTo(today);
    api.issue(paulsRequest, "LP-CMR-2026-0043", LocalDate.now(), LocalDate.now().plusMonths(3));

    try (BrowserContext context = newContext("fr-FR", false)) {
      Page page = context.newPage();
      signIn(page, "medical.mar", "fr");
      for (int i = 0; i < 2; i++) {
        page.navigate(url("/cases/" + id));
        Locator forms = page.locator("section#travel details.travel-forms").nth(i);
        forms.locator("summary").click();
        page.locator("#m" + i + "-fitness-outcome")
            .selectOption(i == 0 ? "FIT" : "FIT_WITH_ESCORT");
        page.locator("#m" + i + "-fitness-details").fill(i == 0 ? "grossesse de 20 semaines" : "");
        forms.getByRole(AriaRole.BUTTON, button("Enregistrer l’examen")).click();
        assertThat(page.locator("section#travel [role=status]"))
            .hasText("L’examen d’aptitude au voyage est enregistré.");
      }
      // the medical officer sees the details, the outcome for both
      assertThat(page.locator("#travel-member-0")).containsText("grossesse de 20 semaines");
      assertThat(page.locator("#travel-member-1")).containsText("Apte avec escorte médicale");
      assertThat(page.locator("section#travel .callout"))
          .hasText("Chaque membre a un document de voyage valide et est apte au voyage.");
    }

    // axe runs in the page: these contexts have JavaScript
    try (BrowserContext context = newContext("en-GB", true)) {
      Page page = context.newPage();
      signIn(page, "movement.mar", "en");
      page.navigate(url("/cases/" + id));
      page.locator("section#travel details.travel-forms").first().locator("summary").click();
      check(page, "case-travel-en", violations);
      // a collection dated tomorrow comes back with its mistake
      page.locator("#m0-collect-collectedOn").fill(LocalDate.now().plusDays(1).toString());
      page.locator("section#travel")
          .getByRole(AriaRole.BUTTON, button("Record the collection"))
          .click();
      assertThat(page.locator("#collectedOn-error")).containsText("cannot be in the future");
      check(page, "travel-form-errors-en", violations);
    }
    try (BrowserContext context = newContext("ar", true)) {
      Page page = context.newPage();
      signIn(page, "movement.mar", "ar");
      page.navigate(url("/cases/" + id));
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      assertThat(page.locator("#travel-member-0")).not().containsText("grossesse");
      assertThat(page.locator("#travel-member-0 .restricted__mark")).isVisible();
      check(page, "case-travel-ar", violations);
      page.locator("ul.steps button.step--ready_for_departure").click();
      assertThat(page.locator("[role=status]").first()).isVisible();
      page.navigate(url("/movement/consulates"));
      assertThat(page.locator("h1")).hasText("وثائق السفر حسب القنصلية");
      check(page, "consulates-ar", violations);
    }
    assertThat(api.caseworker.get(MovementFixture.path(id)).json().get("status").asString())
        .isEqualTo("READY_FOR_DEPARTURE");
    assertThat(violations).isEmpty();
  }

  private static Locator.GetByRoleOptions button(String name) {
    return new Locator.GetByRoleOptions().setName(name).setExact(true);
  }
}
