package org.homeward.reintegration.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Violation;
import org.junit.jupiter.api.Test;

/** The scoring method against figures worked out by hand from the shipped table's weights. */
public class SurveyTableTest {

  static SurveyTable shipped() {
    try (InputStream in = SurveyTableTest.class.getResourceAsStream(Surveys.SHIPPED)) {
      return SurveyTableFormat.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Economic mostly answered, social half, psychosocial not at all. */
  public static final Map<String, String> PARTLY =
      Map.of(
          "economic-satisfaction", "satisfied",
          "food-security", "never",
          "ability-to-borrow", "dont-know",
          "debt", "manageable",
          "employment", "irregular",
          "housing", "good",
          "access-to-services", "refused",
          "documentation", "yes");

  @Test
  void theShippedTableHasFifteenIndicatorsInThreeDimensionsAndSaysItsWeightsAreIllustrative() {
    SurveyTable table = shipped();
    assertThat(table.indicators()).hasSize(15);
    assertThat(table.of(Dimension.ECONOMIC)).hasSize(5);
    assertThat(table.of(Dimension.SOCIAL)).hasSize(4);
    assertThat(table.of(Dimension.PSYCHOSOCIAL)).hasSize(6);
    assertThat(table.notice()).contains("ILLUSTRATIVE");
    assertThat(table.indicators())
        .allSatisfy(i -> {
          assertThat(i.question()).containsKeys("fr", "en", "ar");
          assertThat(i.answer("dont-know").orElseThrow().value()).isNull();
          assertThat(i.answer("refused").orElseThrow().value()).isNull();
        });
  }

  @Test
  void dontKnowAndRefusedAreLeftOutOfBothSumsAndLightlyAnsweredScoresAreIncomplete() {
    SurveyScores scores = shipped().score(PARTLY);

    // economic: (.25×.75 + .20×1 + .15×.5 + .25×.5) ÷ (.25+.20+.15+.25) = .5875 ÷ .85
    assertThat(scores.economic()).isEqualByComparingTo("0.6912");
    // social: (.30×1 + .20×1) ÷ (.30+.20); .50 of the weight answered is under two thirds
    assertThat(scores.social()).isEqualTo(new BigDecimal("1.0000"));
    assertThat(scores.psychosocial()).isNull();
    // composite: (.08×.75 + .07×1 + .06×.5 + .08×.5 + .07×1 + .06×1) ÷ .42 = .33 ÷ .42
    assertThat(scores.composite()).isEqualTo(new BigDecimal("0.7857"));
    assertThat(scores.incomplete()).containsExactly("social", "psychosocial", "composite");
  }

  @Test
  void aFullyAnsweredSurveyIsComplete() {
    Map<String, String> answers = new java.util.HashMap<>(PARTLY);
    answers.put("ability-to-borrow", "no");
    answers.put("access-to-services", "limited");
    answers.put("access-to-justice", "partly");
    answers.put("social-participation", "sometimes");
    answers.put("support-network", "yes");
    answers.put("sense-of-belonging", "agree");
    answers.put("distress", "often");
    answers.put("safety-and-discrimination", "agree");
    answers.put("wish-to-migrate", "maybe");

    SurveyScores scores = shipped().score(answers);

    // economic: .1875 + .20 + 0 + .075 + .125 = .5875 over a weight of 1
    assertThat(scores.economic()).isEqualTo(new BigDecimal("0.5875"));
    // social: .30 + .30×.5 + .20 + .20×.5 = .75
    assertThat(scores.social()).isEqualTo(new BigDecimal("0.7500"));
    // psychosocial: .15×.5 + .20 + .15 + 0 + .15 + .15×.5 = .65
    assertThat(scores.psychosocial()).isEqualTo(new BigDecimal("0.6500"));
    // composite: .06+.07+0+.03+.04 + .07+.035+.06+.025 + .03+.07+.06+0+.06+.04 = .65
    assertThat(scores.composite()).isEqualTo(new BigDecimal("0.6500"));
    assertThat(scores.incomplete()).isEmpty();
  }

  @Test
  void exactlyTwoThirdsOfTheWeightIsCompleteAndRoundingIsHalfUp() {
    SurveyTable table = SurveyTableFormat.parse(small("0.33345"));

    SurveyScores two = table.score(Map.of("a", "mid", "b", "mid"));
    SurveyScores one = table.score(Map.of("a", "mid", "c", "dont-know"));

    // 0.33345 rounds half up to 0.3335 (half even would give 0.3334); 2 of 3 is two thirds
    assertThat(two.economic()).isEqualTo(new BigDecimal("0.3335"));
    assertThat(two.incomplete()).doesNotContain("economic").contains("composite");
    assertThat(one.incomplete()).contains("economic", "composite");
    assertThat(one.social()).isNull();
  }

  @Test
  void unknownIndicatorsAndAnswersAreRefusedByName() {
    assertThatThrownBy(() -> shipped().score(Map.of("luck", "good", "debt", "huge")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::code)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("answers.luck", "unknown-indicator"),
                        org.assertj.core.groups.Tuple.tuple("answers.debt", "unknown-answer")));
  }

  @Test
  void aBrokenTableIsRefusedWithEveryProblemNamingItsIndicatorAndField() {
    String broken =
        small("0.5")
            .replace("\"weightInDimension\": 1.0", "\"weightInDimension\": -1")
            .replace("\"value\": 0.5,", "\"value\": 1.5,")
            .replace("\"dimension\": \"social\"", "\"dimension\": \"spiritual\"");

    assertThatThrownBy(() -> SurveyTableFormat.parse(broken))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .contains(
                        "indicators[b].weightInDimension",
                        "indicators[a].answers[0].value",
                        "indicators[s].dimension"));
    assertThatThrownBy(() -> SurveyTableFormat.parse("{\"version\": "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a JSON document");
  }

  /** Three economic indicators of weight 1 and one social and psychosocial each. */
  static String small(String mid) {
    String answers =
        """
        [{"id": "mid", "value": %s, "label": {"fr": "m", "en": "m", "ar": "م"}},
         {"id": "top", "value": 1, "label": {"fr": "t", "en": "t", "ar": "ت"}},
         {"id": "dont-know", "value": null, "label": {"fr": "?", "en": "?", "ar": "؟"}}]
        """
            .formatted(mid);
    StringBuilder indicators = new StringBuilder();
    String[][] rows = {
      {"a", "economic", "1"},
      {"b", "economic", "1"},
      {"c", "economic", "1"},
      {"s", "social", "1"},
      {"p", "psychosocial", "1"}
    };
    for (String[] r : rows) {
      if (!indicators.isEmpty()) {
        indicators.append(',');
      }
      indicators.append(
          """
          {"id": "%s", "dimension": "%s", "weightInDimension": %s, "weightInComposite": 1,
           "question": {"fr": "q", "en": "q", "ar": "س"}, "answers": %s}
          """
              .formatted(r[0], r[1], r[0].equals("b") ? "1.0" : r[2], answers));
    }
    return """
    {"format": "homeward-survey-table/1", "version": "test-%s",
     "indicators": [%s]}
    """
        .formatted(mid.replace('.', '-'), indicators);
  }
}
