package org.homeward.reporting.appeal;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * The appeal as the public reads it: no donor, no case, no person, only money and numbers of
 * people.
 *
 * @param receivedPercent the share of the target received, in whole per cent (may pass 100)
 * @param peopleAssistedBefore people the mission's earlier projects assisted before Homeward kept
 *     their cases, as reported to their donors
 * @param peopleReturned people of the mission's cases who left for home since then
 * @param since the year the first of the mission's projects began
 * @param contact the mission's contact, from the public directory; null when it has none
 */
public record AppealSummary(
    String title,
    String missionCode,
    MonetaryAmount target,
    int targetPeople,
    MonetaryAmount received,
    MonetaryAmount pledged,
    MonetaryAmount gap,
    int receivedPercent,
    long peopleAssistedBefore,
    long peopleReturned,
    Integer since,
    Contact contact) {

  /** Whom to write or call about the appeal. */
  public record Contact(String office, String phone, String email, String address) {}

  public long peopleAssisted() {
    return peopleAssistedBefore + peopleReturned;
  }

  static int percent(BigDecimal share) {
    return share == null
        ? 0
        : share.movePointRight(2).setScale(0, java.math.RoundingMode.DOWN).intValueExact();
  }
}
