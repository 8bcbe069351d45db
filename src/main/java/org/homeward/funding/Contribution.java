package org.homeward.funding;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A donor's pledge, in its own currency, and the day it was paid. It is earmarked to an appeal, to
 * a project, or to one line of a project; money given to an appeal is spent by the project it is
 * allocated to ({@code projectId}), and counts for no project until it is.
 *
 * @param id null for a contribution not yet recorded
 * @param donorName the donor's name as recorded (read only)
 * @param receivedOn null while the pledge is not paid
 * @param reference the donor's agreement or grant number, if any
 */
public record Contribution(
    ContributionId id,
    DonorId donorId,
    String donorName,
    MonetaryAmount amount,
    LocalDate pledgedOn,
    LocalDate receivedOn,
    AppealId appealId,
    ProjectId projectId,
    BudgetLine line,
    String reference,
    long version) {

  public Contribution {
    Objects.requireNonNull(donorId, "donorId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(pledgedOn, "pledgedOn");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a contribution is more than nothing: " + amount);
    }
    if (appealId == null && projectId == null) {
      throw new IllegalArgumentException("a contribution is earmarked to an appeal or a project");
    }
    if (line != null && projectId == null) {
      throw new IllegalArgumentException("a budget line is a project's");
    }
    if (receivedOn != null && receivedOn.isBefore(pledgedOn)) {
      throw new IllegalArgumentException("money is received on or after it is pledged");
    }
  }

  public boolean received() {
    return receivedOn != null;
  }
}
