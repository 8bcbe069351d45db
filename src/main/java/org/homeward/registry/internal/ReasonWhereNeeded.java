package org.homeward.registry.internal;

import java.util.Optional;
import org.homeward.registry.Refusal;
import org.homeward.registry.TransitionAttempt;
import org.homeward.registry.TransitionGuard;
import org.homeward.shared.web.ProblemCode;
import org.springframework.stereotype.Component;

/** Steps such as INELIGIBLE, REFERRED, WITHDRAWN, DEFERRED or NO_SHOW must say why. */
@Component
class ReasonWhereNeeded implements TransitionGuard {

  @Override
  public Optional<Refusal> check(TransitionAttempt attempt) {
    if (!attempt.to().needsReason() || (attempt.reason() != null && !attempt.reason().isBlank())) {
      return Optional.empty();
    }
    return Optional.of(
        new Refusal(
            ProblemCode.REASON_REQUIRED.code(), "a move to " + attempt.to() + " needs a reason"));
  }
}
