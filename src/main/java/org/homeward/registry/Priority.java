package org.homeward.registry;

/** A case's priority: a score derived from its members' vulnerabilities, and its level. */
public record Priority(int score, PriorityLevel level) {

  public static final Priority NONE = new Priority(0, PriorityLevel.STANDARD);
}
