package org.homeward.reintegration.purchases;

/**
 * Where a purchase order stands. Within the mission's threshold it is ORDERED and can be paid;
 * above it, it waits for a second person (AWAITING_APPROVAL), who APPROVES it (then it can be paid)
 * or REJECTS it. Paid, it is in the ledger. Any order not paid can be CANCELLED.
 */
public enum PurchaseStatus {
  ORDERED,
  AWAITING_APPROVAL,
  APPROVED,
  REJECTED,
  PAID,
  CANCELLED;

  /** Can be paid now. */
  public boolean payable() {
    return this == ORDERED || this == APPROVED;
  }

  /** Counts against the plan's budget: ordered, waiting, approved or paid. */
  public boolean counts() {
    return this != REJECTED && this != CANCELLED;
  }
}
