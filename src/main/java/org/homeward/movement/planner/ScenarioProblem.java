package org.homeward.movement.planner;

import java.util.Objects;

/**
 * Something wrong with a planning problem, located for the person who has to fix it.
 *
 * @param subject the household or flight concerned, e.g. {@code household H-0042}; empty when there
 *     is none (an empty file) or it has no id yet
 * @param field the path of the field concerned, e.g. {@code households[41].members[2].ageYears};
 *     empty for the problem as a whole
 */
public record ScenarioProblem(String subject, String field, String message) {

  public ScenarioProblem {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (!subject.isEmpty()) {
      text.append(subject).append(": ");
    }
    if (!field.isEmpty()) {
      text.append(field).append(": ");
    }
    return text.append(message).toString();
  }
}
