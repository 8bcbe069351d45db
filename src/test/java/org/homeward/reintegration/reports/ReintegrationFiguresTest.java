package org.homeward.reintegration.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.funding.ProjectId;
import org.homeward.reintegration.PlanStatus;
import org.homeward.reintegration.PlanType;
import org.homeward.reintegration.ReintegrationFigures;
import org.homeward.reintegration.ReintegrationFigures.Filter;
import org.homeward.reintegration.ReintegrationFigures.PlanCount;
import org.homeward.reintegration.ReintegrationFigures.PlannedAgainstDisbursed;
import org.homeward.reintegration.ReintegrationFigures.ScoreAverage;
import org.homeward.reintegration.ReintegrationFigures.StillOperating;
import org.homeward.reintegration.ReintegrationFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures over a small fixture of plans, purchases and visits written to the tables of a
 * mission of the test's own (so that what other tests and the demo record does not count), with a
 * project recorded through the API: each figure is the one worked out by hand below.
 *
 * <ul>
 *   <li>Amina (CMR, F, arrived 10 January 2026): a microbusiness approved at 700 USD, a tranche of
 *       300 paid and one of 200 awaiting approval; visits at 3 and 6 months (operating) and 12
 *       (closed).
 *   <li>Bakary (SEN, M, arrived 1 March 2026) and Cheikh (SEN, M, same day, another case): a
 *       collective project approved at 1000 USD, Bakary's cap 800 from the project, Cheikh's 200
 *       from another project; 500 paid. Bakary's earlier training plan was cancelled. A visit at 3
 *       months (the collective business operating).
 *   <li>Dieudonné (CMR, M, arrived 1 June 2025): a microbusiness still a draft; a visit at 3 months
 *       (not started).
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReintegrationFiguresTest {

  static final String OTHER_PROJECT = "T-FIG-ELSEWHERE";

  @LocalServerPort int port;
  @Autowired ReintegrationFigures figures;
  @Autowired JdbcClient jdbc;

  String host;
  String receiving;
  ProjectId project;
  String projectCode;
  String projectTitle;
  long microbusiness;
  FiguresFixture fx;

  @BeforeAll
  void fixture() {
    ReintegrationFixture cameroon = new ReintegrationFixture(port);
    project = new ProjectId(cameroon.fund());
    var read = cameroon.finance.get("/api/v1/funding/projects/" + project.value()).json();
    projectCode = read.get("code").asString();
    projectTitle = read.get("title").asString();
    String suffix = Long.toString(System.nanoTime() % 1_000_000);
    host = "FH" + suffix;
    receiving = "FR" + suffix;
    fx = new FiguresFixture(jdbc, host, receiving);

    UUID amina = arrived("F-1", LocalDate.of(2026, 1, 10), "CMR", "F");
    UUID bakary = arrived("F-2", LocalDate.of(2026, 3, 1), "SEN", "M");
    UUID cheikh = arrived("F-3", LocalDate.of(2026, 3, 1), "SEN", "M");
    UUID dieudonne = arrived("F-4", LocalDate.of(2025, 6, 1), "CMR", "M");

    microbusiness = plan(amina, "MICROBUSINESS", "PERSON", "APPROVED", "700.00");
    member(microbusiness, 1, amina, projectCode, "800.00", true);
    order(microbusiness, 1, "300.00", "PAID");
    order(microbusiness, 2, "200.00", "AWAITING_APPROVAL");

    long cancelled = plan(bakary, "VOCATIONAL_TRAINING", "PERSON", "CANCELLED", "300.00");
    UUID bakaryPerson = member(cancelled, 1, bakary, projectCode, "800.00", false);
    long collective = plan(bakary, "COLLECTIVE", "COLLECTIVE", "APPROVED", "1000.00");
    member(collective, 1, bakary, projectCode, "800.00", true, bakaryPerson);
    member(collective, 2, cheikh, OTHER_PROJECT, "200.00", true);
    order(collective, 1, "500.00", "PAID");

    long draft = plan(dieudonne, "MICROBUSINESS", "PERSON", "DRAFT", "400.00");
    member(draft, 1, dieudonne, projectCode, "800.00", true);

    visit(amina, 1, 3, "BUSINESS_OPERATING", "0.5000", "0.6000", "0.7000", "0.6000");
    visit(amina, 2, 6, "BUSINESS_OPERATING", "0.7000", "0.6500", "0.8000", "0.7167");
    visit(amina, 3, 12, "BUSINESS_CLOSED", "0.3000", "0.5000", null, "0.4000");
    visit(bakary, 1, 3, "BUSINESS_OPERATING", "0.8000", "0.9000", "0.6000", "0.7667");
    visit(dieudonne, 1, 3, "NOT_STARTED", "0.2000", "0.3000", "0.4000", "0.3000");
    // a visit not done yet counts nowhere
    jdbc.sql(
            "insert into reintegration_visit (case_id, number, months, due_on) values (?, 2, 6, ?)")
        .params(bakary, LocalDate.of(2026, 9, 1))
        .update();
  }

  @Test
  void plansCountByTypeAndStatusWithTheirReturnees() {
    assertThat(figures.plansByTypeAndStatus(ours()))
        .containsExactlyInAnyOrder(
            new PlanCount(PlanType.MICROBUSINESS, PlanStatus.DRAFT, 1, 1),
            new PlanCount(PlanType.MICROBUSINESS, PlanStatus.APPROVED, 1, 1),
            new PlanCount(PlanType.VOCATIONAL_TRAINING, PlanStatus.CANCELLED, 1, 1),
            new PlanCount(PlanType.COLLECTIVE, PlanStatus.APPROVED, 1, 2));
  }

  @Test
  void theFilterTakesMissionsPeriodNationalityAndProject() {
    assertThat(figures.plansByTypeAndStatus(filter(Set.of("NOWHERE"), null, null, null, null)))
        .isEmpty();
    // the receiving mission sees them as the host mission does
    assertThat(figures.plansByTypeAndStatus(filter(Set.of(receiving), null, null, null, null)))
        .hasSize(4);
    assertThat(figures.plansByTypeAndStatus(filter(Set.of(host), null, null, "CMR", null)))
        .containsExactlyInAnyOrder(
            new PlanCount(PlanType.MICROBUSINESS, PlanStatus.DRAFT, 1, 1),
            new PlanCount(PlanType.MICROBUSINESS, PlanStatus.APPROVED, 1, 1));
    assertThat(
            figures.plansByTypeAndStatus(
                filter(
                    Set.of(host), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), null, null)))
        .containsExactly(new PlanCount(PlanType.MICROBUSINESS, PlanStatus.APPROVED, 1, 1));
    // only the project's members: Cheikh, paid for by another project, leaves the collective
    assertThat(figures.plansByTypeAndStatus(filter(Set.of(host), null, null, null, project)))
        .contains(new PlanCount(PlanType.COLLECTIVE, PlanStatus.APPROVED, 1, 1))
        .hasSize(4);
    assertThat(figures.scoreAverages(filter(Set.of(host), null, null, "SEN", null)))
        .allSatisfy(a -> assertThat(a.visits()).isEqualTo(1));
  }

  @Test
  void plannedAgainstDisbursedSharesCollectivePlansByCap() {
    // the project: Amina's 700 planned, 300 paid; Bakary's 800/1000 of 1000 planned, of 500 paid
    // the other project (unknown to funding: named by its code): Cheikh's 200/1000
    assertThat(figures.plannedAgainstDisbursed(ours()))
        .containsExactlyInAnyOrder(
            new PlannedAgainstDisbursed(
                project, projectTitle, "USD", new BigDecimal("1500.00"), new BigDecimal("700.00")),
            new PlannedAgainstDisbursed(
                null, OTHER_PROJECT, "USD", new BigDecimal("200.00"), new BigDecimal("100.00")));
    assertThat(figures.plannedAgainstDisbursed(filter(Set.of(host), null, null, null, project)))
        .extracting(PlannedAgainstDisbursed::planned)
        .containsExactly(new BigDecimal("1500.00"));
  }

  @Test
  void businessesStillOperatingAtEachStep() {
    // at 3 months: Amina's and Bakary's operate, Dieudonné's has not started
    assertThat(figures.businessesStillOperating(ours()))
        .containsExactly(
            new StillOperating(3, 3, 2), new StillOperating(6, 1, 1), new StillOperating(12, 1, 0));
  }

  @Test
  void averageScoresByCohortAndStep() {
    List<ScoreAverage> averages = figures.scoreAverages(ours());
    // everyone at 3 months: (0.5 + 0.8 + 0.2) / 3, (0.6 + 0.9 + 0.3) / 3, ...
    assertThat(averages)
        .contains(
            new ScoreAverage(
                "all", "all", 3, 3, dec("0.5000"), dec("0.6000"), dec("0.5667"), dec("0.5556")),
            new ScoreAverage(
                "all", "all", 12, 1, dec("0.3000"), dec("0.5000"), null, dec("0.4000")),
            new ScoreAverage(
                "nationality",
                "CMR",
                3,
                2,
                dec("0.3500"),
                dec("0.4500"),
                dec("0.5500"),
                dec("0.4500")),
            new ScoreAverage(
                "sex", "M", 3, 2, dec("0.5000"), dec("0.6000"), dec("0.5000"), dec("0.5334")),
            new ScoreAverage(
                "planType",
                "COLLECTIVE",
                3,
                1,
                dec("0.8000"),
                dec("0.9000"),
                dec("0.6000"),
                dec("0.7667")),
            new ScoreAverage(
                "planType",
                "MICROBUSINESS",
                6,
                1,
                dec("0.7000"),
                dec("0.6500"),
                dec("0.8000"),
                dec("0.7167")));
    assertThat(averages).hasSize(3 + 4 + 4 + 4);
  }

  private Filter ours() {
    return filter(Set.of(host), null, null, null, null);
  }

  private static Filter filter(
      Set<String> missions, LocalDate from, LocalDate to, String nationality, ProjectId project) {
    return new Filter(
        missions, Optional.ofNullable(project), from, to, Optional.ofNullable(nationality));
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  private UUID arrived(String number, LocalDate on, String nationality, String sex) {
    return fx.arrived(number, on, nationality, sex);
  }

  private long plan(UUID caseId, String type, String scope, String status, String total) {
    return fx.plan(caseId, type, scope, status, total);
  }

  private UUID member(
      long plan, int position, UUID caseId, String projectCode, String cap, boolean active) {
    return fx.member(plan, position, caseId, projectCode, cap, active);
  }

  private UUID member(
      long plan,
      int position,
      UUID caseId,
      String projectCode,
      String cap,
      boolean active,
      UUID person) {
    return fx.member(plan, position, caseId, projectCode, cap, active, person);
  }

  private void order(long plan, int tranche, String amount, String status) {
    fx.order(plan, tranche, amount, status);
  }

  private void visit(
      UUID caseId,
      int number,
      int months,
      String activity,
      String economic,
      String social,
      String psychosocial,
      String composite) {
    fx.visit(caseId, number, months, activity, economic, social, psychosocial, composite);
  }
}
