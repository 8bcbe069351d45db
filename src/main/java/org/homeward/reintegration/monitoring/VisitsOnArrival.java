package org.homeward.reintegration.monitoring;

import org.homeward.movement.CaseArrived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A household's arrival opens its follow-up: visits at about 3, 6 and 12 months. */
@Component
class VisitsOnArrival {

  private final Monitoring monitoring;

  VisitsOnArrival(Monitoring monitoring) {
    this.monitoring = monitoring;
  }

  @ApplicationModuleListener
  void on(CaseArrived arrived) {
    monitoring.open(arrived);
  }
}
