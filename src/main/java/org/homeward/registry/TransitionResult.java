package org.homeward.registry;

import java.util.List;
import java.util.Set;

/** What came of a requested step: the case moved, or it did not and here is why. */
public sealed interface TransitionResult {

  /** The case moved from {@code from} to its current status. */
  record Transitioned(Case updated, CaseStatus from) implements TransitionResult {}

  /**
   * The case did not move. {@code refusals} says why; {@code allowed} lists the states it could
   * move to from where it is.
   */
  record Refused(CaseStatus from, CaseStatus to, List<Refusal> refusals, Set<CaseStatus> allowed)
      implements TransitionResult {}
}
