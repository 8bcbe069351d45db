package org.homeward.registry;

import java.util.Optional;

/**
 * A rule a step of the lifecycle must pass. The registry has its own (consent before eligibility, a
 * reason where one is needed); a module above it may add one by declaring a bean that implements
 * this interface, e.g. funding refusing eligibility when no project can pay.
 *
 * <p>Both methods run in the transaction of the step, after the case's row is locked: what a guard
 * reads and locks there holds until the step is recorded or refused.
 */
public interface TransitionGuard {

  /** Empty when the step may go ahead; otherwise why it may not. */
  Optional<Refusal> check(TransitionAttempt attempt);

  /**
   * The step passed every guard and is about to be recorded: where a guard holds what it checked
   * (funding reserves the expected cost), so that nothing is held for a step another guard refused.
   * Throwing here undoes the whole step.
   */
  default void admitted(TransitionAttempt attempt) {}
}
