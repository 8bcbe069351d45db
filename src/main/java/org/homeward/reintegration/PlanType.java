package org.homeward.reintegration;

/**
 * What a reintegration plan pays for. A {@link #MICROBUSINESS} and a {@link #VOCATIONAL_TRAINING}
 * have fields of their own (sector and expected income; provider, course and duration); a {@link
 * #COLLECTIVE} project pools the grants of several returnees, each keeping their own budget line.
 */
public enum PlanType {
  MICROBUSINESS,
  VOCATIONAL_TRAINING,
  EDUCATION,
  MEDICAL,
  HOUSING,
  PSYCHOSOCIAL,
  COLLECTIVE
}
