package org.homeward.movement.flights;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Refusal;
import org.homeward.registry.TransitionAttempt;
import org.homeward.registry.TransitionGuard;
import org.homeward.shared.web.ProblemCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The flight guard: a case becomes BOOKED, DEPARTED, ARRIVED or NO_SHOW only with its flight, never
 * by hand through the registry's transition API or the case page, so that no case stands in one of
 * those statuses with no flight behind it. {@link CaseSteps} marks, for the current transaction
 * only, each step the flights' code is about to take; this guard lets through the marked steps and
 * refuses the others ({@code needs-a-flight}, not overridable) with a reason that says where the
 * step is taken.
 */
@Component
class FlightStepsOnly implements TransitionGuard {

  /** The statuses a case reaches only with its flight. */
  static final Set<CaseStatus> FLIGHT_STEPS =
      EnumSet.of(CaseStatus.BOOKED, CaseStatus.DEPARTED, CaseStatus.ARRIVED, CaseStatus.NO_SHOW);

  /** One step the flights' code is taking. */
  private record Step(CaseId caseId, CaseStatus to) {}

  /** The key under which the current transaction holds its marked steps. */
  private final Object key = new Object();

  /**
   * Marks the step for the current transaction, which must be active: a mark outlives neither the
   * transaction nor {@link #unmark}.
   */
  void mark(CaseId caseId, CaseStatus to) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException(
          "a case moves with its flight in the flight's transaction: none is active");
    }
    marks(true).add(new Step(caseId, to));
  }

  void unmark(CaseId caseId, CaseStatus to) {
    Set<Step> marks = marks(false);
    if (marks != null) {
      marks.remove(new Step(caseId, to));
    }
  }

  @Override
  public Optional<Refusal> check(TransitionAttempt attempt) {
    if (!FLIGHT_STEPS.contains(attempt.to())) {
      return Optional.empty();
    }
    Set<Step> marks = marks(false);
    if (marks != null && marks.contains(new Step(attempt.current().id(), attempt.to()))) {
      return Optional.empty();
    }
    return Optional.of(
        new Refusal(
            ProblemCode.NEEDS_A_FLIGHT.code(),
            reason(attempt.current().caseNumber(), attempt.to()),
            false));
  }

  static String reason(String caseNumber, CaseStatus to) {
    return switch (to) {
      case BOOKED ->
          "a case is booked by putting it on a flight: book case "
              + caseNumber
              + " on the page of a flight to its country (Movement, Flights)";
      case DEPARTED ->
          "a case departs with its flight: board the household on the flight's check-in page and"
              + " mark the flight departed there";
      case ARRIVED ->
          "a case arrives with its flight: the mission of the country of return confirms the"
              + " arrival of case "
              + caseNumber
              + " on its arrivals page (Movement, Arrivals to confirm)";
      case NO_SHOW ->
          "a case is a no-show on its flight's departure day: mark the household a no-show on the"
              + " flight's check-in page, with the reason";
      default -> throw new IllegalArgumentException(to + " is not a flight's step");
    };
  }

  @SuppressWarnings("unchecked")
  private Set<Step> marks(boolean create) {
    Set<Step> marks = (Set<Step>) TransactionSynchronizationManager.getResource(key);
    if (marks == null && create) {
      Set<Step> fresh = new HashSet<>();
      TransactionSynchronizationManager.bindResource(key, fresh);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
          });
      marks = fresh;
    }
    return marks;
  }
}
