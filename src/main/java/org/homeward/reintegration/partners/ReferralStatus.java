package org.homeward.reintegration.partners;

import java.util.EnumSet;
import java.util.Set;

/** Where a referral to a partner stands: sent, taken up or not, and how it ended. */
public enum ReferralStatus {
  REFERRED,
  ACCEPTED,
  DECLINED,
  COMPLETED,
  DROPPED;

  /** The steps a referral may take from here. */
  public Set<ReferralStatus> next() {
    return switch (this) {
      case REFERRED -> EnumSet.of(ACCEPTED, DECLINED);
      case ACCEPTED -> EnumSet.of(COMPLETED, DROPPED);
      case DECLINED, COMPLETED, DROPPED -> EnumSet.noneOf(ReferralStatus.class);
    };
  }

  public boolean isOpen() {
    return !next().isEmpty();
  }
}
