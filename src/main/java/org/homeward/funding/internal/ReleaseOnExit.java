package org.homeward.funding.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.CaseStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Gives back what a case held when it will not travel: WITHDRAWN, INELIGIBLE or NO_SHOW release its
 * reservation (dated the day of the step), so the money can serve the next case. A case that leaves
 * the journey also leaves the waiting list.
 */
@Component
class ReleaseOnExit {

  static final Set<CaseStatus> RELEASING =
      EnumSet.of(CaseStatus.WITHDRAWN, CaseStatus.INELIGIBLE, CaseStatus.NO_SHOW);

  static final Set<CaseStatus> LEAVING_THE_LIST =
      EnumSet.of(
          CaseStatus.WITHDRAWN, CaseStatus.INELIGIBLE, CaseStatus.REFERRED, CaseStatus.CLOSED);

  private final Commitments commitments;
  private final WaitingList waiting;
  private final Clock clock;

  ReleaseOnExit(Commitments commitments, WaitingList waiting, Clock clock) {
    this.commitments = commitments;
    this.waiting = waiting;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(CaseStatusChanged changed) {
    if (RELEASING.contains(changed.to())) {
      commitments.release(
          changed.caseId(),
          LocalDate.ofInstant(changed.at(), clock.getZone()),
          "the case became "
              + changed.to()
              + (changed.reason() == null ? "" : ": " + changed.reason()),
          changed.actor(),
          changed.at());
    }
    if (LEAVING_THE_LIST.contains(changed.to())) {
      waiting.remove(changed.caseId());
    }
  }
}
