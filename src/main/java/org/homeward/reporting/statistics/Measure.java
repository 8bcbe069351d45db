package org.homeward.reporting.statistics;

/** What the public statistics count. */
public enum Measure {
  /** People who left on a return flight, counted in the year they left. */
  RETURNED,
  /**
   * People who are beneficiaries of an approved reintegration plan, counted in the year it was
   * approved.
   */
  REINTEGRATED
}
