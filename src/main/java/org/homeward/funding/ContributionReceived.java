package org.homeward.funding;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * A donor's money arrived: the cases waiting for funds may now be coverable ({@link
 * Ledger#waitingForFunds}).
 */
public record ContributionReceived(
    ContributionId contributionId,
    DonorId donorId,
    AppealId appealId,
    ProjectId projectId,
    MonetaryAmount amount,
    LocalDate receivedOn) {}
