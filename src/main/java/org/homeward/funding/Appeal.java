package org.homeward.funding;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A call to donors: money for a number of people of one mission, from a launch date.
 *
 * @param id null for an appeal not yet recorded
 */
public record Appeal(
    AppealId id,
    String title,
    String missionCode,
    MonetaryAmount target,
    int targetPeople,
    LocalDate launchedOn,
    AppealStatus status,
    long version) {

  public Appeal {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(missionCode, "missionCode");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(launchedOn, "launchedOn");
    Objects.requireNonNull(status, "status");
    if (!target.isPositive() || targetPeople <= 0) {
      throw new IllegalArgumentException("an appeal asks for money for people");
    }
  }
}
