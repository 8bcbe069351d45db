package org.homeward.movement.plans;

/**
 * Where a plan stands: PROPOSED while it is pinned and re-solved; CONFIRMED once its households are
 * booked on its flights; DISCARDED when it is given up. Only a proposed plan changes.
 */
public enum PlanStatus {
  PROPOSED,
  CONFIRMED,
  DISCARDED
}
