package org.homeward.registry;

/** A case's priority in words, from its score: who must come first. */
public enum PriorityLevel {
  URGENT,
  HIGH,
  MEDIUM,
  STANDARD
}
