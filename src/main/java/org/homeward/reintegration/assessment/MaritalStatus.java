package org.homeward.reintegration.assessment;

/** A returnee's marital status, as they tell it at the assessment. */
public enum MaritalStatus {
  SINGLE,
  MARRIED,
  PARTNERED,
  SEPARATED,
  DIVORCED,
  WIDOWED
}
