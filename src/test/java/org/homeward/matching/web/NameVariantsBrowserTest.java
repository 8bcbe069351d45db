package org.homeward.matching.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The administrator's page for extra name variants in Debian's Chromium, without JavaScript:
 * problems named by line at the field, a save confirmed, and no serious or critical axe violation
 * in any language. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NameVariantsBrowserTest extends BrowserTest {

  static final String PAGE = "/duplicates/name-variants";

  ApiClient admin;

  @BeforeAll
  void signInToTheApi() {
    admin = ApiClient.as(port, "admin");
  }

  @Test
  void anAdministratorSeesEachBadLineThenSavesTheSpellingsWithoutJavaScript() {
    long before = admin.get(NameVariantsController.PATH).json().get("version").asLong();
    try (BrowserContext context = newContext(false)) {
      Page page = context.newPage();
      signIn(page, "admin", "en");
      page.getByRole(
              com.microsoft.playwright.options.AriaRole.LINK,
              new Page.GetByRoleOptions().setName("Name variants"))
          .click();
      assertThat(page).hasURL(url(PAGE));
      String current = page.locator("#text").inputValue();
      String kept = current.isEmpty() ? "" : current + "\n";

      page.locator("#text").fill(kept + "bangoura,bangura\nsokhna\n");
      page.getByText("Save the spellings").click();

      assertThat(page.locator("#text-error")).containsText("Line ");
      assertThat(page.locator("#text-error"))
          .containsText("a group needs at least two different spellings");
      assertThat(page.locator("#text")).hasAttribute("aria-invalid", "true");
      assertThat(page.locator("#text"))
          .hasValue(java.util.regex.Pattern.compile("bangoura,bangura\\s+sokhna\\s*$"));
      assertThat(admin.get(NameVariantsController.PATH).json().get("version").asLong())
          .isEqualTo(before);
      screenshot(page, "name-variants-errors-en");

      page.locator("#text").fill(kept + "bangoura,bangura\nsokhna,sokna,sokhana\n");
      page.getByText("Save the spellings").click();

      assertThat(page).hasURL(url(PAGE));
      assertThat(page.locator(".alert--success"))
          .containsText("The spellings are saved and used from now on");
      assertThat(page.locator("#text")).hasValue(java.util.regex.Pattern.compile("sokhna,sokna"));
      assertThat(page.locator("main")).containsText("saved by admin");
    }
    assertThat(admin.get(NameVariantsController.PATH).json().get("version").asLong())
        .isEqualTo(before + 1);
  }

  @Test
  void aCaseworkerIsNeitherOfferedNorShownThePage() {
    try (BrowserContext context = newContext(true)) {
      Page page = context.newPage();
      signIn(page, "caseworker.mar", "en");
      page.navigate(url("/duplicates"));
      assertThat(page.locator("a[href='" + PAGE + "']")).hasCount(0);
      Response refused = page.navigate(url(PAGE));
      assertThat(refused.status()).isEqualTo(403);
    }
  }

  @Test
  void thePageIsAccessibleInEveryLanguage() {
    Map<String, List<String>> violations = new LinkedHashMap<>();
    for (String language : List.of("en", "fr", "ar")) {
      try (BrowserContext context = newContext(true)) {
        Page page = context.newPage();
        signIn(page, "admin", language);
        Response shown = page.navigate(url(PAGE));
        assertThat(shown.status()).isEqualTo(200);
        assertThat(page.locator("html")).hasAttribute("dir", language.equals("ar") ? "rtl" : "ltr");
        check(page, "name-variants-" + language, violations);
        // the same page showing a problem at the field
        page.locator("#text").fill("tidiane");
        page.locator("form#name-variants button[type=submit]").click();
        assertThat(page.locator("#text-error")).isVisible();
        check(page, "name-variants-errors-" + language, violations);
      }
    }
    assertThat(violations).as("serious or critical axe violations").isEmpty();
  }

  private BrowserContext newContext(boolean javaScript) {
    return newContext("en-GB", javaScript);
  }
}
