package org.homeward.funding.engine;

import java.util.Objects;

/**
 * Something wrong with a funding scenario, located for the person who has to fix it.
 *
 * @param field the path of the field concerned, e.g. {@code contributions[2].received}; empty for
 *     the scenario as a whole
 */
public record ScenarioProblem(String field, String message) {

  public ScenarioProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field.isEmpty() ? message : field + ": " + message;
  }
}
