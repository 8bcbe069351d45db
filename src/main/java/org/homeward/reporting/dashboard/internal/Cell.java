package org.homeward.reporting.dashboard.internal;

import java.time.LocalDate;

/**
 * One cell of the dashboards' counts: a panel's key (k1, k2) for one combination of what the
 * filters and the access rules look at.
 */
record Cell(
    String panel,
    String missionCode,
    String destinationCountry,
    boolean handedOver,
    Long projectId,
    String nationality,
    LocalDate month,
    String k1,
    String k2) {

  /**
   * The month of a cell that counts every month together: each count is kept by month and once more
   * for all time, so that a view with no period sums a few hundred cells rather than every month's.
   */
  static final LocalDate ALL_TIME = LocalDate.of(1900, 1, 1);

  static final String STAGE = "stage";
  static final String PEOPLE = "people";
  static final String VULNERABILITY = "vulnerability";
}
