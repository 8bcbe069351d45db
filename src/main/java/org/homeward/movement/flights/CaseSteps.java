package org.homeward.movement.flights;

import java.util.Map;
import org.homeward.organisation.Actor;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseLifecycle;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.TransitionResult;
import org.homeward.shared.ConflictException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.stereotype.Component;

/**
 * Moves a case through the registry's {@link CaseLifecycle}, in the caller's transaction: a step
 * the state machine or a guard refuses becomes a conflict (as the registry's API answers it, with
 * the case named), which undoes everything the caller did in that transaction. The steps to BOOKED,
 * DEPARTED, ARRIVED and NO_SHOW are marked as the flight's own for the time of the step ({@link
 * FlightStepsOnly} refuses them otherwise).
 */
@Component
public class CaseSteps {

  private final CaseLifecycle lifecycle;
  private final FlightStepsOnly flightSteps;

  CaseSteps(CaseLifecycle lifecycle, FlightStepsOnly flightSteps) {
    this.lifecycle = lifecycle;
    this.flightSteps = flightSteps;
  }

  public Case move(CaseId id, String caseNumber, CaseStatus to, String reason, Actor actor) {
    return moved(id, caseNumber, to, reason, actor).updated();
  }

  /** As {@link #move}, saying also where the case came from. */
  public TransitionResult.Transitioned moved(
      CaseId id, String caseNumber, CaseStatus to, String reason, Actor actor) {
    boolean flightStep = FlightStepsOnly.FLIGHT_STEPS.contains(to);
    if (flightStep) {
      flightSteps.mark(id, to);
    }
    try {
      return switch (lifecycle.transition(id, to, reason, actor)) {
        case TransitionResult.Transitioned moved -> moved;
        case TransitionResult.Refused refused -> throw refusal(id, caseNumber, refused);
      };
    } finally {
      if (flightStep) {
        flightSteps.unmark(id, to);
      }
    }
  }

  static ConflictException refusal(CaseId id, String caseNumber, TransitionResult.Refused refused) {
    boolean illegal =
        refused.refusals().stream().anyMatch(r -> r.code().equals(ProblemCode.ILLEGAL_STEP.code()));
    return new ConflictException(
        illegal ? ProblemCode.ILLEGAL_TRANSITION : ProblemCode.TRANSITION_REFUSED,
        "case "
            + caseNumber
            + ": "
            + String.join("; ", refused.refusals().stream().map(r -> r.reason()).toList()),
        Map.of(
            "caseId",
            id.toString(),
            "caseNumber",
            caseNumber,
            "from",
            refused.from().name(),
            "to",
            refused.to().name(),
            "allowed",
            refused.allowed().stream().map(Enum::name).sorted().toList(),
            "refusals",
            refused.refusals().stream()
                .map(r ->
                    Map.of("code", r.code(), "reason", r.reason(), "overridable", r.overridable()))
                .toList()));
  }
}
