package org.homeward.reporting.appeal.internal;

import org.homeward.funding.ContributionReceived;
import org.homeward.movement.FlightDeparted;
import org.homeward.reporting.appeal.PublicAppeal;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The appeal page shows money received and people returned: a contribution or a departure makes the
 * page read them again.
 */
@Component
class AppealChanges {

  private final PublicAppeal appeal;

  AppealChanges(PublicAppeal appeal) {
    this.appeal = appeal;
  }

  @ApplicationModuleListener
  void on(ContributionReceived received) {
    appeal.forget();
  }

  @ApplicationModuleListener
  void on(FlightDeparted departed) {
    appeal.forget();
  }
}
