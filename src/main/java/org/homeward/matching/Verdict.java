package org.homeward.matching;

/** What a pair's score says about it, by the two thresholds of the model. */
public enum Verdict {
  /** Above the upper threshold: the same person unless a reviewer sees otherwise. */
  LIKELY_DUPLICATE,
  /** Between the thresholds: worth a look before registering, not a merge on its own. */
  POSSIBLE_DUPLICATE,
  /** Below the lower threshold. */
  DIFFERENT_PEOPLE
}
