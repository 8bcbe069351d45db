package org.homeward.movement.planner;

import java.util.List;
import java.util.stream.Collectors;

/** A planning problem the planner cannot take: duplicate ids, unknown references, broken pins. */
public final class InvalidProblemException extends IllegalArgumentException {

  private final transient List<ScenarioProblem> problems;

  public InvalidProblemException(List<ScenarioProblem> problems) {
    super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<ScenarioProblem> problems() {
    return problems;
  }
}
