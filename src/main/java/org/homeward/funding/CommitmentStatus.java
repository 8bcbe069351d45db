package org.homeward.funding;

/**
 * Where a case's reservation stands: still held, given back (the case withdrew, was found
 * ineligible or did not show), or replaced in full by what was really spent.
 */
public enum CommitmentStatus {
  RESERVED,
  RELEASED,
  CONSUMED
}
