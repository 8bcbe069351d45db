package org.homeward.matching.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's page for extra name variants in Debian's Chromium, without JavaScript:
 * problems named by line at the field, a save confirmed, and no serious or critical axe violation
 * in any language. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NameVariantsBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final String PAGE = "/duplicates/name-variants";

  @LocalServerPort int port;

  Playwright playwright;
  Browser browser;
  ApiClient admin;

  @BeforeAll
  void startBrowser() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    admin = ApiClient.as(port, "admin");
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--no-first-run")));
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
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

  @SuppressWarnings("unchecked")
  private void check(Page page, String name, Map<String, List<String>> violations) {
    page.waitForLoadState(LoadState.LOAD);
    screenshot(page, name);
    page.evaluate(AxeBuilder.getAxeScript());
    List<String> serious =
        (List<String>)
            page.evaluate(
                """
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag',
                      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                    resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }
                """);
    if (!serious.isEmpty()) {
      violations.put(name, serious);
    }
  }

  private void signIn(Page page, String username, String language) {
    page.navigate(url("/login?lang=" + language));
    page.locator("#username").fill(username);
    page.locator("#password").fill(ApiClient.DEMO_PASSWORD);
    page.locator("form button[type=submit]").last().click();
    assertThat(page).hasURL(url("/"));
  }

  private BrowserContext newContext(boolean javaScript) {
    return browser.newContext(
        new Browser.NewContextOptions()
            .setLocale("en-GB")
            .setViewportSize(1280, 900)
            .setJavaScriptEnabled(javaScript));
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
