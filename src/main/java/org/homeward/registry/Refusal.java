package org.homeward.registry;

/**
 * Why a guard refused a step: a stable code and a sentence for the user.
 *
 * @param overridable the guard would let the step through when asked again with a written
 *     justification ({@link TransitionAttempt#override()}) by someone allowed to override it
 */
public record Refusal(String code, String reason, boolean overridable) {

  public Refusal(String code, String reason) {
    this(code, reason, false);
  }
}
