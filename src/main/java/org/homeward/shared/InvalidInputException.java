package org.homeward.shared;

import java.util.List;

/**
 * A request that breaks one or more rules on its fields; answered as 400 with every field named.
 */
public class InvalidInputException extends RuntimeException {

  private final List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  public static InvalidInputException of(String field, String code, String message) {
    return new InvalidInputException(List.of(new Violation(field, code, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    StringBuilder text = new StringBuilder();
    for (Violation violation : violations) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(violation.field()).append(": ").append(violation.message());
    }
    return text.toString();
  }
}
