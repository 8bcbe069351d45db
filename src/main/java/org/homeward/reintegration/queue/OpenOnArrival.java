package org.homeward.reintegration.queue;

import java.time.LocalDate;
import org.homeward.movement.CaseArrived;
import org.homeward.reintegration.ReintegrationCase;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A household arrived: its case opens in the queue of the mission that received it (the mission of
 * its country of return), dated the day of arrival. Handled once: a case already open stays as it
 * is.
 */
@Component
class OpenOnArrival {

  private final ReintegrationScope scope;
  private final java.time.Clock clock;

  OpenOnArrival(ReintegrationScope scope, java.time.Clock clock) {
    this.scope = scope;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(CaseArrived arrived) {
    scope.open(
        new ReintegrationCase(
            arrived.caseId(),
            arrived.caseNumber(),
            arrived.missionCode(),
            arrived.destinationCountry(),
            arrived.receivingMission(),
            arrived.at(),
            LocalDate.ofInstant(arrived.at(), clock.getZone()),
            null),
        arrived.flightId() == null ? null : arrived.flightId().value(),
        arrived.actor());
  }
}
