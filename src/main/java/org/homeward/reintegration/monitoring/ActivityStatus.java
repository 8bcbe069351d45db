package org.homeward.reintegration.monitoring;

/** Where the returnee's business or training stands at a visit. */
public enum ActivityStatus {
  BUSINESS_OPERATING,
  BUSINESS_CLOSED,
  NOT_STARTED,
  IN_TRAINING,
  TRAINING_COMPLETED,
  DROPPED_OUT
}
