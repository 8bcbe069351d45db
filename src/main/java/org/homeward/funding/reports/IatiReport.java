package org.homeward.funding.reports;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything an IATI activity file says: who publishes it, when, and one activity per project.
 *
 * @param activities at least one (the standard has no empty file), each project code once
 */
public record IatiReport(
    Instant generatedAt, IatiOrganisation reportingOrg, List<IatiActivity> activities) {

  public IatiReport {
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(reportingOrg, "reportingOrg").requireReportable();
    activities = List.copyOf(activities);
    if (activities.isEmpty()) {
      throw new IllegalArgumentException("an IATI file holds at least one activity");
    }
    Set<String> codes = new HashSet<>();
    for (IatiActivity activity : activities) {
      if (!codes.add(activity.projectCode())) {
        throw new IllegalArgumentException("project code twice: " + activity.projectCode());
      }
    }
  }
}
