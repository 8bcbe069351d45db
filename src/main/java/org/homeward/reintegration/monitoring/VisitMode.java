package org.homeward.reintegration.monitoring;

/** How a visit was made. */
public enum VisitMode {
  IN_PERSON,
  PHONE
}
