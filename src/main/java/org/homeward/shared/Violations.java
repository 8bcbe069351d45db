package org.homeward.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects every problem of a request before answering, so a user fixes a form in one go rather
 * than one field per round trip. Paths nest: {@code at("members[0]")} prefixes what it collects.
 */
public final class Violations {

  private final String prefix;
  private final List<Violation> found;

  public Violations() {
    this("", new ArrayList<>());
  }

  private Violations(String prefix, List<Violation> found) {
    this.prefix = prefix;
    this.found = found;
  }

  /** A view that records under {@code path}, sharing this collector's list. */
  public Violations at(String path) {
    return new Violations(join(path), found);
  }

  public void add(String field, String code, String message) {
    found.add(new Violation(join(field), code, message));
  }

  /** Adds {@code message} under {@code field} when {@code condition} is false. */
  public boolean check(boolean condition, String field, String code, String message) {
    if (!condition) {
      add(field, code, message);
    }
    return condition;
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public List<Violation> list() {
    return List.copyOf(found);
  }

  /** Throws {@link InvalidInputException} carrying everything collected, if anything was. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidInputException(list());
    }
  }

  /** Runs {@code rules} against a fresh collector and throws if any rule complained. */
  public static void require(Consumer<Violations> rules) {
    Violations violations = new Violations();
    rules.accept(violations);
    violations.throwIfAny();
  }

  private String join(String field) {
    if (prefix.isEmpty()) {
      return field;
    }
    if (field.isEmpty()) {
      return prefix;
    }
    return field.startsWith("[") ? prefix + field : prefix + "." + field;
  }
}
