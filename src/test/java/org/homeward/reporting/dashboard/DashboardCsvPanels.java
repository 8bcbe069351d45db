package org.homeward.reporting.dashboard;

import java.util.List;

/** Every panel the dashboard offers as CSV. */
final class DashboardCsvPanels {

  static final List<String> ALL =
      List.of(
          "pipeline",
          "departures",
          "nationalities",
          "pyramid",
          "vulnerabilities",
          "plans",
          "businesses",
          "scores",
          "appeals",
          "projects");

  private DashboardCsvPanels() {}
}
