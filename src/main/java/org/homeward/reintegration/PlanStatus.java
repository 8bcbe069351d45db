package org.homeward.reintegration;

/**
 * Where a plan stands. A draft is changed until it is submitted: within the cap it is approved at
 * once; above it, it waits for a second person's approval (a rejection sends it back to draft). An
 * approved plan takes purchase orders until it is completed; a plan may be cancelled before any of
 * its purchases is paid.
 */
public enum PlanStatus {
  DRAFT,
  AWAITING_APPROVAL,
  APPROVED,
  COMPLETED,
  CANCELLED;

  /** The plan counts for its beneficiaries: a returnee is in one such plan at a time. */
  public boolean isActive() {
    return this != CANCELLED;
  }
}
