package org.homeward.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * How far an appeal is funded on {@code asOf}, in its currency: pledged and received at the rate of
 * each pledge's and payment's own date, the gap still to find ({@code target − pledged}, never
 * below zero) and the shares of the target pledged and received (0.25 for a quarter, above 1 when
 * donors gave more than asked).
 */
public record AppealPosition(
    AppealId appealId,
    String title,
    String missionCode,
    AppealStatus status,
    LocalDate launchedOn,
    LocalDate asOf,
    MonetaryAmount target,
    int targetPeople,
    MonetaryAmount pledged,
    MonetaryAmount received,
    MonetaryAmount gap,
    BigDecimal pledgedShare,
    BigDecimal receivedShare,
    List<DonorShare> donors) {

  /** One donor's part of the appeal, in the appeal's currency. */
  public record DonorShare(
      DonorId donorId, String name, MonetaryAmount pledged, MonetaryAmount received) {}

  public AppealPosition {
    donors = List.copyOf(donors);
  }
}
