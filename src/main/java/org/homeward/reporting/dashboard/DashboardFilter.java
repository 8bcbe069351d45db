package org.homeward.reporting.dashboard;

import java.time.YearMonth;
import java.util.Optional;
import org.homeward.funding.ProjectId;

/**
 * What a reader asked the dashboard to count: one mission (with its offices, and the cases handed
 * over to its country), one project, a period of months (both ends included) and one nationality
 * (ISO 3166-1 alpha-3); each left out counts everything the reader may see.
 */
public record DashboardFilter(
    Optional<String> mission,
    Optional<ProjectId> project,
    YearMonth from,
    YearMonth to,
    Optional<String> nationality) {

  public DashboardFilter {
    mission = mission == null ? Optional.empty() : mission;
    project = project == null ? Optional.empty() : project;
    nationality = nationality == null ? Optional.empty() : nationality;
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it starts");
    }
  }

  public static DashboardFilter everything() {
    return new DashboardFilter(Optional.empty(), Optional.empty(), null, null, Optional.empty());
  }
}
