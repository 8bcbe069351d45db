package org.homeward.funding;

/** Where an appeal stands: being written, open to donors, or closed. */
public enum AppealStatus {
  DRAFT,
  LAUNCHED,
  CLOSED
}
