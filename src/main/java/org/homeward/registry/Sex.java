package org.homeward.registry;

/** Sex as declared: female, male, or another / not stated. */
public enum Sex {
  F,
  M,
  X
}
