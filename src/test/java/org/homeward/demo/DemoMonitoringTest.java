package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.demo.story.FlightStory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's returnees who went home on the earlier charter to Douala, a year and more before the
 * load: the tailoring business's case arrived on its charter's day, had its three visits at about
 * 3, 6 and 12 months, each scored as the survey table's weights say (computed here by hand from the
 * table, a "don't know" left out), and is closed; the cohort's averages have content.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoMonitoringTest {

  @LocalServerPort int port;

  @Test
  void theDoualaTailoringCaseHasThreeVisitsScoredByTheTableAndIsClosed() throws Exception {
    ApiClient officer = ApiClient.as(port, "reintegration.cmr");
    String caseId = null;
    String caseArrivedOn = null;
    for (JsonNode e : officer.get("/api/v1/reintegration/queue").json()) {
      for (JsonNode p : e.get("plans")) {
        JsonNode plan = officer.get("/api/v1/reintegration/plans/" + p.get("id").asLong()).json();
        if (plan.get("title").asString().equals("Tailoring workshop in Deïdo")) {
          caseId = e.get("file").get("caseId").asString();
          caseArrivedOn = e.get("file").get("arrivedOn").asString();
          assertThat(plan.get("status").asString()).isEqualTo("APPROVED");
        }
      }
    }
    assertThat(caseId).as("the tailoring case of the earlier charter").isNotNull();
    LocalDate landed = LocalDate.now().plusDays(FlightStory.EARLIER_DAYS);

    // reintegration dates the case's arrival from the day its charter landed, as monitoring does
    assertThat(LocalDate.parse(caseArrivedOn)).isBetween(landed.minusDays(1), landed.plusDays(1));
    JsonNode followUp = officer.get("/api/v1/reintegration/cases/" + caseId + "/monitoring").json();
    assertThat(LocalDate.parse(followUp.get("arrivedOn").asString()))
        .isBetween(landed.minusDays(1), landed.plusDays(1));
    assertThat(followUp.get("completedAt").isNull()).isFalse();
    JsonNode visits = followUp.get("visits");
    assertThat(visits).hasSize(3);

    Table table = Table.read();
    boolean dontKnow = false;
    int[] months = {3, 6, 12};
    for (int n = 0; n < 3; n++) {
      JsonNode v = visits.get(n);
      assertThat(v.get("status").asString()).isEqualTo("DONE");
      assertThat(v.get("months").asInt()).isEqualTo(months[n]);
      LocalDate done = LocalDate.parse(v.get("doneOn").asString());
      assertThat(done)
          .isAfterOrEqualTo(landed.plusMonths(months[n]).minusDays(1))
          .isBefore(landed.plusMonths(months[n]).plusDays(15))
          .isBeforeOrEqualTo(LocalDate.now());
      Map<String, String> answers = new HashMap<>();
      v.get("answers").properties().forEach(a -> answers.put(a.getKey(), a.getValue().asString()));
      assertThat(answers).hasSize(15);
      dontKnow |= answers.containsValue("dont-know");
      for (String dimension : List.of("economic", "social", "psychosocial")) {
        assertThat(four(v.get(dimension).decimalValue()))
            .as("visit %d %s", n + 1, dimension)
            .isEqualTo(four(table.score(answers, dimension)));
      }
      assertThat(four(v.get("composite").decimalValue()))
          .as("visit %d composite", n + 1)
          .isEqualTo(four(table.score(answers, null)));
    }
    assertThat(dontKnow).as("a don't-know among the answers").isTrue();

    ApiClient cameroon = ApiClient.as(port, "caseworker.cmr");
    assertThat(cameroon.get("/api/v1/cases/" + caseId).json().get("status").asString())
        .isEqualTo("CLOSED");

    // the cohort's averages have content at each step, and one business closed at 12 months
    JsonNode averages = officer.get("/api/v1/reintegration/monitoring/averages").json();
    List<Integer> steps = new ArrayList<>();
    averages.forEach(a -> {
      if (a.get("visits").asInt() >= 3) {
        steps.add(a.get("months").asInt());
      }
    });
    assertThat(steps).contains(3, 6, 12);
  }

  private static BigDecimal four(BigDecimal value) {
    return value.setScale(4, RoundingMode.HALF_UP);
  }

  /** The survey table as shipped, read here to score by hand: Σ w·v / Σ w over those answered. */
  record Table(JsonNode indicators) {
    static Table read() throws Exception {
      try (InputStream in =
          DemoMonitoringTest.class.getResourceAsStream("/reintegration/survey-table.json")) {
        return new Table(JsonMapper.builder().build().readTree(in).get("indicators"));
      }
    }

    /** A dimension's score, or the composite when {@code dimension} is null. */
    BigDecimal score(Map<String, String> answers, String dimension) {
      double weighted = 0;
      double weights = 0;
      for (JsonNode i : indicators) {
        if (dimension != null && !dimension.equals(i.get("dimension").asString())) {
          continue;
        }
        String answer = answers.get(i.get("id").asString());
        for (JsonNode a : i.get("answers")) {
          if (a.get("id").asString().equals(answer) && !a.get("value").isNull()) {
            double w =
                i.get(dimension == null ? "weightInComposite" : "weightInDimension").asDouble();
            weighted += w * a.get("value").asDouble();
            weights += w;
          }
        }
      }
      return BigDecimal.valueOf(weighted / weights);
    }
  }
}
