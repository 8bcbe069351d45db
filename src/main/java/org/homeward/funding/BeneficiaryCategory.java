package org.homeward.funding;

/**
 * Which reintegration cap of a project a member of a household gets: a minor's (under 18 on the day
 * the case is made eligible), a vulnerable person's (any vulnerability, recorded or derived), or
 * the standard one. A vulnerable minor gets the higher of the two caps.
 */
public enum BeneficiaryCategory {
  STANDARD,
  MINOR,
  VULNERABLE
}
