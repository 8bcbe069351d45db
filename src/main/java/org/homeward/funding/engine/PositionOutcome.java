package org.homeward.funding.engine;

import java.util.List;

/** What asking for a position gives: the position, or every reason there is none. */
public sealed interface PositionOutcome {

  record Calculated(FundingPosition position) implements PositionOutcome {}

  record Refused(List<ScenarioProblem> problems) implements PositionOutcome {
    public Refused {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a refusal needs a reason");
      }
    }
  }
}
