package org.homeward.reintegration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.funding.ProjectId;

/**
 * Reintegration's figures in aggregate, for its own reports and for the dashboards: how many plans
 * of each type stand where, what was planned against what was paid, how many businesses still
 * operate at each visit, and the average sustainability scores. No row names a person. The caller
 * has decided which missions the reader may see; the figures count only cases of those missions.
 */
public interface ReintegrationFigures {

  /**
   * Which cases the figures count.
   *
   * @param missions the codes of the missions whose cases count (the host mission that registered
   *     the case or the mission that receives it); empty counts every mission
   * @param project only cases paid for by this project, when present
   * @param from only cases that arrived on or after this day, when not null
   * @param to only cases that arrived on or before this day, when not null
   * @param nationality only returnees of this nationality (ISO 3166-1 alpha-3), when present
   */
  record Filter(
      Set<String> missions,
      Optional<ProjectId> project,
      LocalDate from,
      LocalDate to,
      Optional<String> nationality) {

    public Filter {
      missions = Set.copyOf(missions);
      project = project == null ? Optional.empty() : project;
      nationality = nationality == null ? Optional.empty() : nationality;
    }

    /** Every case of every mission. */
    public static Filter everything() {
      return new Filter(Set.of(), Optional.empty(), null, null, Optional.empty());
    }
  }

  /** The plans of one type in one status, and the returnees they are for. */
  record PlanCount(PlanType type, PlanStatus status, long plans, long returnees) {}

  /** The plans by type and status (cancelled ones included, as a status of their own). */
  List<PlanCount> plansByTypeAndStatus(Filter filter);

  /**
   * What the approved and completed plans of a project budget, against what their paid purchase
   * orders cost, in the project's currency.
   */
  record PlannedAgainstDisbursed(
      ProjectId project,
      String projectName,
      String currency,
      BigDecimal planned,
      BigDecimal paid) {}

  /** Planned against disbursed, a row per project and currency. */
  List<PlannedAgainstDisbursed> plannedAgainstDisbursed(Filter filter);

  /**
   * Of the microbusinesses visited at a step of the schedule (3, 6 or 12 months), how many were
   * still operating.
   */
  record StillOperating(int months, long visited, long operating) {}

  /** Businesses still operating, a row per step of the schedule that has visits. */
  List<StillOperating> businessesStillOperating(Filter filter);

  /**
   * The average scores of the visits of a cohort at one step of the schedule. A null average means
   * no visit of the cohort answered that dimension.
   *
   * @param cohortBy what the cohort shares: {@code "all"}, {@code "nationality"}, {@code "sex"} or
   *     {@code "planType"}
   * @param cohort the shared value (an ISO alpha-3 code, a {@code Sex} or a {@code PlanType} name;
   *     {@code "all"} for everyone)
   */
  record ScoreAverage(
      String cohortBy,
      String cohort,
      int months,
      long visits,
      BigDecimal economic,
      BigDecimal social,
      BigDecimal psychosocial,
      BigDecimal composite) {}

  /** The average scores by cohort ({@code "all"}, nationality, sex, plan type) and step. */
  List<ScoreAverage> scoreAverages(Filter filter);
}
