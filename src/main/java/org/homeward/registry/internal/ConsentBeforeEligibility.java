package org.homeward.registry.internal;

import java.util.Optional;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Refusal;
import org.homeward.registry.TransitionAttempt;
import org.homeward.registry.TransitionGuard;
import org.homeward.shared.web.ProblemCode;
import org.springframework.stereotype.Component;

/** The return must be voluntary: no case becomes ELIGIBLE without a consent that still stands. */
@Component
class ConsentBeforeEligibility implements TransitionGuard {

  @Override
  public Optional<Refusal> check(TransitionAttempt attempt) {
    if (attempt.to() != CaseStatus.ELIGIBLE || attempt.current().hasValidConsent()) {
      return Optional.empty();
    }
    return Optional.of(
        new Refusal(
            ProblemCode.CONSENT_REQUIRED.code(),
            attempt.current().consent() == null
                ? "record the migrant's consent to a voluntary return first"
                : "the migrant has withdrawn consent"));
  }
}
