package org.homeward.matching;

/** Where a pair in the review queue stands. */
public enum ReviewStatus {
  /** Waiting for a reviewer. */
  OPEN,
  /** Confirmed and merged; back to {@link #OPEN} if the merge is undone. */
  SAME_PERSON,
  /** Two people after all; never proposed again. */
  NOT_SAME_PERSON
}
