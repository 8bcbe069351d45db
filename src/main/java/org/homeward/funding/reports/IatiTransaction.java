package org.homeward.funding.reports;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One movement of money on an activity. A negative value corrects an earlier one (a commitment
 * released when a case withdraws).
 *
 * @param ref the transaction's own reference, so a reader can ask about it (e.g. the contribution
 *     or expenditure id); may be null
 * @param valueDate the date of the exchange rate used to value it; the transaction date when none
 * @param description may be null
 * @param provider who the money comes from; may be null
 * @param receiver who the money goes to; may be null
 */
public record IatiTransaction(
    String ref,
    IatiTransactionType type,
    LocalDate date,
    MonetaryAmount value,
    LocalDate valueDate,
    String description,
    IatiOrganisation provider,
    IatiOrganisation receiver) {

  public IatiTransaction {
    ref = ReportText.optional(ref, "ref");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(value, "value");
    valueDate = valueDate == null ? date : valueDate;
    description = ReportText.optional(description, "description");
  }
}
