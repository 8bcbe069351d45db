package org.homeward.movement.flights;

import org.homeward.registry.CaseUpdated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A booked household whose case is edited in the registry before its flight leaves (a baby born, a
 * member who stays behind, a date of birth corrected) takes the flight as it now is: the booking's
 * passengers and seats follow the case ({@link HouseholdBookings#follow}), a new revision of the
 * manifest, audited; flagged over capacity when the flight lacks the seats.
 */
@Component
class PassengersFollowTheHousehold {

  private final HouseholdBookings bookings;

  PassengersFollowTheHousehold(HouseholdBookings bookings) {
    this.bookings = bookings;
  }

  @ApplicationModuleListener
  void on(CaseUpdated updated) {
    bookings.follow(updated.caseId(), updated.actor());
  }
}
