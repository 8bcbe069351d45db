package org.homeward.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.homeward.ApiClient;
import org.homeward.organisation.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * A search by name where the registry is many times larger than the walk (a walk of three cases per
 * match, and counts up to five, against the few hundred demo cases): a name the first cases hold is
 * answered from the walk with a total that only says there is more, a rarer one through the names'
 * index, counted up to the limit. Either answer is the registry's definition.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"homeward.registry.walk-per-match=3", "homeward.registry.count-limit=5"})
class CaseSearchAtScaleTest extends SearchByNameChecks {

  @Test
  void aCommonNameShowsItsFirstPagesAndSaysThereAreMore() {
    assertAnswersAsDefined("a");
    JsonNode first = search("a", 0);
    assertThat(first.get("totalExact").asBoolean()).isFalse();
    assertThat(first.get("total").asLong()).isEqualTo(SIZE + 1);
    assertThat(defined("a")).hasSizeGreaterThan(100);
  }

  /**
   * Names of every frequency among the demo's: a walk that meets a few matches in its first stretch
   * walks further as far as they say, and a rarer name goes through the index; each answer is the
   * definition's, page by page.
   */
  @Test
  void namesOfEveryFrequencyAnswerAsDefined() {
    for (String name : List.of("diop", "mbarga", "ngono", "kouassi", "okafor", "fatou", "jean")) {
      assertAnswersAsDefined(name);
    }
  }

  @Test
  void countsMatchesUpToTheLimitWhenNotWalking() {
    JsonNode page = caseworker().get("/api/v1/cases?size=2&sort=caseNumber&q=a").json();
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("totalExact").asBoolean()).isFalse();
    assertThat(page.get("total").asLong()).isEqualTo(6);

    JsonNode all = caseworker().get("/api/v1/cases?size=2&sort=caseNumber").json();
    assertThat(all.get("totalExact").asBoolean()).isTrue();
    assertThat(all.get("total").asLong()).isGreaterThan(100);
  }

  @Test
  void theListPageSaysThereAreMoreAndOffersTheNextPage() {
    Browser browser = new Browser(port);
    assertThat(Browser.succeeded(browser.signIn("caseworker.mar", ApiClient.DEMO_PASSWORD, null)))
        .isTrue();
    String body = browser.get("/cases?q=a").body();
    String count =
        body.substring(
            body.indexOf("id=\"results-count\""),
            body.indexOf("</p>", body.indexOf("id=\"results-count\"")));
    assertThat(count).containsAnyOf("More than", "Plus de", "أكثر من");
    assertThat(body).contains("rel=\"next\"");
  }
}
