package org.homeward.movement.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.movement.planner.Problems.adults;
import static org.homeward.movement.planner.Problems.documentUntil;
import static org.homeward.movement.planner.Problems.flight;
import static org.homeward.movement.planner.Problems.household;
import static org.homeward.movement.planner.Problems.problem;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every household left out is told why, and what it is told is true. */
class ExplanationsTest {

  static final Planner PLANNER =
      new Planner(Planner.Settings.defaults().withTimeLimit(Duration.ofSeconds(3)));

  @Test
  void saysWhenNoFlightGoesToTheDestination() {
    FlightPlan plan =
        PLANNER.plan(problem(List.of(flight("F1", "CMR", 0, 9)), adults("H1", "NGA", "5", 1)));

    assertThat(PlannerRulesTest.reason(plan, "H1")).isEqualTo("no flight goes to NGA");
  }

  @Test
  void namesTheRuleAndTheFlightsItRulesOut() {
    FlightPlan plan =
        PLANNER.plan(
            problem(
                List.of(flight("F1", "CMR", 0, 9), flight("F2", "CMR", 4, 9)),
                household("H1", "CMR", "5", documentUntil("m1", Problems.DAY.minusDays(2)))));

    assertThat(PlannerRulesTest.reason(plan, "H1"))
        .isEqualTo(
            "no flight it may take: flights F1 (2026-09-10), F2 (2026-09-14): the travel document"
                + " of member m1 expires on 2026-09-08, before the flight");
  }

  @Test
  void saysTheSeatsWentToHouseholdsOfMoreValueWithTheFigures() {
    FlightPlan plan =
        PLANNER.plan(
            problem(
                List.of(flight("F1", "CMR", 0, 4)),
                adults("H1", "CMR", "10", 2),
                adults("H2", "CMR", "7", 2),
                adults("H3", "CMR", "5.5", 2)));

    assertThat(PlannerRulesTest.reason(plan, "H3"))
        .isEqualTo(
            "the seats went to households of more value: flight F1 (2026-09-10) has 0 seats free,"
                + " it needs 2; making room would take off households worth 7, more than its 5.5");
  }

  @Test
  void greedySaysTheSeatsWentToThosePlacedBefore() {
    FlightPlan plan =
        new GreedyPlanner()
            .plan(
                problem(
                    List.of(flight("F1", "CMR", 0, 2)),
                    adults("H1", "CMR", "10", 2),
                    adults("H2", "CMR", "7", 1)));

    assertThat(PlannerRulesTest.reason(plan, "H2"))
        .contains("has 0 seats free, it needs 1, taken by households placed before it");
  }

  @Test
  void everyReasonOnARealisticScenarioIsProvenByTheFigures() {
    PlanningProblem problem =
        ScenarioGenerator.generate(
            new ScenarioGenerator.Settings(3000, 12, 9, 4, ScenarioGenerator.DEFAULT_START));

    FlightPlan plan = PLANNER.plan(problem);

    Map<String, BigDecimal> values = new HashMap<>();
    problem.households().forEach(h -> values.put(h.id(), h.value()));
    Pattern proof =
        Pattern.compile(
            "households worth ([0-9]+(?:\\.[0-9]+)?), (more than|as much as) its ([0-9]+(?:\\.[0-9]+)?)");
    int proven = 0;
    assertThat(plan.unassigned()).isNotEmpty();
    for (FlightPlan.Unassigned left : plan.unassigned()) {
      assertThat(left.reason())
          .matches(r ->
              r.startsWith("no flight")
                  || r.startsWith("the seats went to households of more value"));
      Matcher matcher = proof.matcher(left.reason());
      while (matcher.find()) {
        BigDecimal loss = new BigDecimal(matcher.group(1));
        BigDecimal own = new BigDecimal(matcher.group(3));
        assertThat(own).isEqualByComparingTo(values.get(left.household()));
        assertThat(loss).isGreaterThanOrEqualTo(own);
        assertThat(matcher.group(2))
            .isEqualTo(loss.compareTo(own) == 0 ? "as much as" : "more than");
        proven++;
      }
    }
    assertThat(proven).isPositive();
  }
}
