package org.homeward.reporting.dashboard;

/**
 * A step of the pipeline a case has reached, counted once per case in the month it first reached
 * it. The first six are the funnel; the others are shown beside it: the households booked to leave,
 * and the ways out of the funnel.
 */
public enum Stage {
  /** Registered: every case, in its registration month. */
  REGISTERED(true),
  /** Found eligible (the funding guard reserved its cost). */
  ELIGIBLE(true),
  /** Left on a flight. */
  DEPARTED(true),
  /** A reintegration plan was approved (the case moved to IN_REINTEGRATION with it). */
  PLAN_APPROVED(true),
  /** The plan's assistance was delivered and followed to the last visit, which closed the case. */
  ASSISTED(true),
  /** Closed, whatever the way (after reintegration, a withdrawal, a referral...). */
  CLOSED(true),
  /**
   * Booked on a flight that has not left yet: counted while the case is BOOKED, in the month it was
   * booked, so that the departures to come show beside those done.
   */
  BOOKED(false),
  WITHDRAWN(false),
  NO_SHOW(false),
  REFERRED(false),
  INELIGIBLE(false);

  private final boolean funnel;

  Stage(boolean funnel) {
    this.funnel = funnel;
  }

  /** A step of the funnel, rather than a way out of it. */
  public boolean inFunnel() {
    return funnel;
  }
}
