package org.homeward.reporting.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of the staff dashboard for one reader and one filter: counts of cases and people,
 * never a person. Money is in each appeal's or project's own currency.
 */
public record Dashboard(
    DashboardFilter filter,
    LocalDate asOf,
    List<StageCount> pipeline,
    List<Departures> departures,
    List<NationalityCount> nationalities,
    List<PyramidRow> pyramid,
    List<VulnerabilityCount> vulnerabilities,
    List<PlanCount> plans,
    List<BusinessesOperating> businesses,
    List<ScoreRow> scores,
    List<AppealRow> appeals,
    List<ProjectRow> projects) {

  public Dashboard {
    pipeline = List.copyOf(pipeline);
    departures = List.copyOf(departures);
    nationalities = List.copyOf(nationalities);
    pyramid = List.copyOf(pyramid);
    vulnerabilities = List.copyOf(vulnerabilities);
    plans = List.copyOf(plans);
    businesses = List.copyOf(businesses);
    scores = List.copyOf(scores);
    appeals = List.copyOf(appeals);
    projects = List.copyOf(projects);
  }

  /** Cases (and their people) that reached a stage. */
  public record StageCount(Stage stage, long cases, long people) {}

  /**
   * Households (and people) that left in a month (YYYY-MM) for a country of return ({@code
   * DEPARTED}), or that were booked in that month on a flight that has not left yet ({@code
   * BOOKED}).
   */
  public record Departures(
      String month, String destination, Stage stage, long cases, long people) {}

  /** People registered, of a nationality. */
  public record NationalityCount(String nationality, long people) {}

  /** People registered in an age band (at registration), by sex. */
  public record PyramidRow(String ageBand, long female, long male, long other) {}

  /** People registered with a vulnerability, recorded or derived. */
  public record VulnerabilityCount(String vulnerability, long people) {}

  /** Reintegration plans of a type in a status, and the returnees they are for. */
  public record PlanCount(String type, String status, long plans, long returnees) {}

  /** Of the microbusinesses visited at a step (3, 6 or 12 months), how many still operate. */
  public record BusinessesOperating(int months, long visited, long operating) {}

  /** The average sustainability scores (0 to 1) of the visits at a step of the schedule. */
  public record ScoreRow(
      int months,
      long visits,
      BigDecimal economic,
      BigDecimal social,
      BigDecimal psychosocial,
      BigDecimal composite) {}

  /** An appeal's progress, in its currency. */
  public record AppealRow(
      String title,
      String missionCode,
      String currency,
      BigDecimal target,
      int targetPeople,
      BigDecimal pledged,
      BigDecimal received,
      int receivedPercent) {}

  /** A project's budget against what is committed and spent, and the day its money runs out. */
  public record ProjectRow(
      long projectId,
      String code,
      String title,
      String missionCode,
      String currency,
      BigDecimal budget,
      BigDecimal committed,
      BigDecimal spent,
      BigDecimal received,
      BigDecimal available,
      LocalDate exhaustionDate) {}
}
