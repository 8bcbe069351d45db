package org.homeward.reintegration.purchases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.homeward.reintegration.PlanId;
import org.homeward.shared.ConflictException;
import org.homeward.shared.web.ProblemCode;

/**
 * One tranche of a plan's purchases in kind: goods or services bought from a partner or another
 * vendor on a day, for an amount in a currency, converted to the plan's currency at funding's rate
 * of that day. Paid, it is recorded in funding's ledger as an expenditure of each case the plan is
 * for.
 *
 * @param tranche its number among the plan's orders, from 1
 * @param converted the amount in the plan's currency on {@code purchasedOn}
 * @param needsApproval it passed the mission's threshold when ordered
 */
public record PurchaseOrder(
    long id,
    PlanId planId,
    int tranche,
    Long vendorPartnerId,
    String vendor,
    LocalDate purchasedOn,
    MonetaryAmount amount,
    MonetaryAmount converted,
    List<Item> items,
    boolean needsApproval,
    PurchaseStatus status,
    LocalDate paidOn,
    String paidBy,
    String closedReason,
    List<Spent> expenditures,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  /** A line of the order: what, how many, and what they cost together. */
  public record Item(String description, int quantity, MonetaryAmount amount) {}

  /** The part of a paid order recorded in the ledger on one case. */
  public record Spent(
      org.homeward.registry.CaseId caseId, MonetaryAmount amount, long expenditureId) {}

  public PurchaseOrder {
    items = List.copyOf(items);
    expenditures = List.copyOf(expenditures);
  }

  /** Why the order cannot be paid now; empty when it can. */
  public Optional<ConflictException> refusalToPay() {
    if (status.payable()) {
      return Optional.empty();
    }
    return Optional.of(
        wrongStatus(
            status == PurchaseStatus.AWAITING_APPROVAL
                ? "it passed the mission's threshold: a second person approves it first"
                : "it is " + status,
            needsApproval ? PurchaseStatus.APPROVED : PurchaseStatus.ORDERED));
  }

  /** Why the order cannot be cancelled now; empty when it can. */
  public Optional<ConflictException> refusalToCancel() {
    return status == PurchaseStatus.PAID || status == PurchaseStatus.CANCELLED
        ? Optional.of(wrongStatus("it is " + status, PurchaseStatus.ORDERED))
        : Optional.empty();
  }

  /** Refuses a decision on an order that is not waiting for one. */
  public Optional<ConflictException> refusalToDecide() {
    return status == PurchaseStatus.AWAITING_APPROVAL
        ? Optional.empty()
        : Optional.of(wrongStatus("it is " + status, PurchaseStatus.AWAITING_APPROVAL));
  }

  private ConflictException wrongStatus(String why, PurchaseStatus needed) {
    return new ConflictException(
        ProblemCode.PURCHASE_STATUS,
        "purchase order " + id + " (tranche " + tranche + "): " + why,
        Map.of("status", status.name(), "needed", needed.name()));
  }
}
