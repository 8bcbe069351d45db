package org.homeward;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser tests share: Debian's Chromium driven by Playwright (never a browser a test tool
 * downloads), one per test class, against the application on its random port; signing in, page
 * weights, axe checks and screenshots in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

  protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort protected int port;

  protected Browser browser;
  private Playwright playwright;

  @BeforeAll
  void startBrowser() throws IOException {
    Files.createDirectories(SCREENSHOTS);
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
                            "--disable-sync",
                            "--no-first-run",
                            "--disable-quic")));
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

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  protected BrowserContext newContext(String locale, boolean javaScript) {
    return browser.newContext(
        new Browser.NewContextOptions()
            .setLocale(locale)
            .setJavaScriptEnabled(javaScript)
            .setViewportSize(1280, 900));
  }

  protected void signIn(Page page, String username, String language) {
    page.navigate(url("/login?lang=" + language));
    page.locator("#username").fill(username);
    page.locator("#password").fill(ApiClient.DEMO_PASSWORD);
    page.locator("form button[type=submit]").last().click();
    assertThat(page).hasURL(url("/"));
  }

  /** Opens {@code path} and counts the bytes it and everything it loads took on the wire. */
  protected long open(Page page, String path) {
    AtomicLong bytes = new AtomicLong();
    page.onRequestFinished(request -> {
      var sizes = request.sizes();
      bytes.addAndGet(sizes.responseHeadersSize + Math.max(sizes.responseBodySize, 0));
    });
    Response response = page.navigate(url(path));
    page.waitForLoadState(LoadState.NETWORKIDLE);
    assertThat(response.status()).as(path).isEqualTo(200);
    return bytes.get();
  }

  /**
   * Takes a screenshot named {@code name}, runs axe (the script Deque ships for Playwright) in the
   * page and keeps in {@code violations} what is serious or critical.
   */
  @SuppressWarnings("unchecked")
  protected void check(Page page, String name, Map<String, List<String>> violations) {
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

  protected static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }

  protected static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }
}
