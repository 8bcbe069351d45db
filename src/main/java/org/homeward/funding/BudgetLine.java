package org.homeward.funding;

/** The lines of a project's budget. A case's expected cost falls on movement and reintegration. */
public enum BudgetLine {
  /** Seats on flights, pocket money for the journey, escorts. */
  MOVEMENT,
  /** What a returnee receives to restart at home, up to the cap per beneficiary. */
  REINTEGRATION,
  /** Offices, vehicles, communication. */
  OPERATIONS,
  /** The people who run the project. */
  STAFF
}
