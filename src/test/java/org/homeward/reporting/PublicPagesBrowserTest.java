package org.homeward.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The appeal and the statistics as the public meets them, without signing in and without
 * JavaScript, in French, English and Arabic (right to left): the target, the progress bar also in
 * words, the contact, the tables with their totals and the CSV link; no serious or critical axe
 * violation. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesBrowserTest extends BrowserTest {

  record Words(String appealHeading, String received, String statisticsHeading, String total) {}

  static final Map<String, Words> WORDS =
      Map.of(
          "fr",
          new Words("Aider les migrants", "de l’objectif", "Retours et réintégration", "Total"),
          "en",
          new Words("Help migrants", "of the target", "Returns and reintegration", "Total"),
          "ar",
          new Words("ساعدوا المهاجرين", "من المبلغ المستهدف", "العودة وإعادة الإدماج", "المجموع"));

  @Test
  void theAppealAndTheStatisticsReadInEachLanguageWithoutSigningInOrJavaScript() {
    Map<String, List<String>> violations = new LinkedHashMap<>();
    for (String language : List.of("fr", "en", "ar")) {
      Words words = WORDS.get(language);
      try (BrowserContext context = newContext(language, false)) {
        Page page = context.newPage();
        open(page, "/public/appeal?lang=" + language);
        assertThat(page.locator("html")).hasAttribute("dir", language.equals("ar") ? "rtl" : "ltr");
        assertThat(page.locator("html")).hasAttribute("lang", language);
        assertThat(page.locator("h1")).containsText(words.appealHeading());
        assertThat(page.locator(".appeal-target")).containsText("800");
        assertThat(page.locator("progress#appeal-progress")).hasAttribute("max", "100");
        assertThat(page.locator("label[for=appeal-progress]")).containsText(words.received());
        assertThat(page.locator(".public-appeal__people")).not().isEmpty();
        assertThat(page.locator("a[href^='mailto:']").first()).isVisible();

        open(page, "/public/statistics?lang=" + language);
        assertThat(page.locator("html")).hasAttribute("dir", language.equals("ar") ? "rtl" : "ltr");
        assertThat(page.locator("h1")).containsText(words.statisticsHeading());
        assertThat(page.locator("table").first()).isVisible();
        assertThat(page.locator("table tfoot th").first()).hasText(words.total());
        assertThat(page.locator("a[href$='/public/statistics.csv']")).isVisible();
        // every count from 1 to 4 reads <5
        for (String cell : page.locator("table td").allTextContents()) {
          assertThat(cell.strip()).doesNotMatch("[1-4]");
        }
      }
      // axe runs as a script: its check needs a page that runs JavaScript
      try (BrowserContext context = newContext(language, true)) {
        Page page = context.newPage();
        open(page, "/public/appeal?lang=" + language);
        check(page, "public-appeal-" + language, violations);
        open(page, "/public/statistics?lang=" + language);
        check(page, "public-statistics-" + language, violations);
      }
    }
    assertThat(violations).as("serious or critical axe violations").isEmpty();
  }
}
