package org.homeward.movement.readiness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeward.registry.Case;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Refusal;
import org.homeward.registry.TransitionAttempt;
import org.homeward.registry.TransitionGuard;
import org.homeward.shared.web.ProblemCode;
import org.springframework.stereotype.Component;

/**
 * The readiness guard: a case becomes READY_FOR_DEPARTURE only when every member is eligible (the
 * case's funding covers them), documented and fit on the day of the step ({@link ReadinessRules}).
 * The refusal ({@code not-ready}) names each member who is not, and what they lack. It cannot be
 * overridden: no one boards without a travel document, and no one unfit is put on a plane.
 */
@Component
class ReadyForDeparture implements TransitionGuard {

  private final Readiness readiness;
  private final Clock clock;

  ReadyForDeparture(Readiness readiness, Clock clock) {
    this.readiness = readiness;
    this.clock = clock;
  }

  @Override
  public Optional<Refusal> check(TransitionAttempt attempt) {
    if (attempt.to() != CaseStatus.READY_FOR_DEPARTURE) {
      return Optional.empty();
    }
    Case c = attempt.current();
    LocalDate today = LocalDate.now(clock);
    List<ReadinessRules.Member> members =
        c.members().stream()
            .map(p ->
                new ReadinessRules.Member(
                    p.id(), p.fullName(), c.destinationCountry(), p.documents()))
            .toList();
    List<MemberReadiness> notReady =
        readiness.of(c.id(), members, attempt.from() != CaseStatus.NO_SHOW, today).stream()
            .filter(m -> !m.ready())
            .toList();
    if (notReady.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Refusal(
            ProblemCode.NOT_READY.code(),
            "case "
                + c.caseNumber()
                + " is not ready for departure on "
                + today
                + ": "
                + String.join("; ", notReady.stream().map(MemberReadiness::sentence).toList())));
  }
}
