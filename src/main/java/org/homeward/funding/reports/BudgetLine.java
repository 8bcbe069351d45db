package org.homeward.funding.reports;

/** The lines of a project's budget, in the order a donor report lists them. */
public enum BudgetLine {
  MOVEMENT,
  REINTEGRATION,
  OPERATIONS,
  STAFF
}
