package org.homeward.registry;

import java.util.Optional;

/**
 * A rule a step of the lifecycle must pass. The registry has its own (consent before eligibility, a
 * reason where one is needed); a module above it may add one by declaring a bean that implements
 * this interface, e.g. funding refusing eligibility when no project can pay.
 */
public interface TransitionGuard {

  /** Empty when the step may go ahead; otherwise why it may not. */
  Optional<Refusal> check(TransitionAttempt attempt);
}
