package org.homeward.movement.flights;

import org.homeward.registry.CaseStatus;
import org.homeward.registry.CaseStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A booked household whose case leaves BOOKED another way than by its flight (withdrawn, deferred,
 * or sent back to READY_FOR_DEPARTURE by its caseworker) gives its seats back: its open booking is
 * closed, audited on the flight.
 */
@Component
class SeatsFollowTheCase {

  private final HouseholdBookings bookings;

  SeatsFollowTheCase(HouseholdBookings bookings) {
    this.bookings = bookings;
  }

  @ApplicationModuleListener(condition = "#root.args[0].from().name() == 'BOOKED'")
  void on(CaseStatusChanged changed) {
    if (changed.from() == CaseStatus.BOOKED && HouseholdBookings.RELEASING.contains(changed.to())) {
      bookings.release(changed.caseId(), changed.to(), changed.reason(), changed.actor());
    }
  }
}
