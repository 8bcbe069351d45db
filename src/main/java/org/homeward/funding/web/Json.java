package org.homeward.funding.web;

import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.homeward.funding.AppealId;
import org.homeward.funding.ContributionId;
import org.homeward.funding.DonorId;
import org.homeward.funding.ProjectId;
import org.homeward.shared.AmountText;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;

/** How the module's answers write money, and how its paths name records. */
final class Json {

  private Json() {}

  /** A decimal string with at least 2 decimals ("1234.50"), never a JSON number. */
  static String amount(MonetaryAmount amount) {
    return AmountText.plain(amount);
  }

  static String currency(MonetaryAmount amount) {
    return amount == null ? null : amount.getCurrency().getCurrencyCode();
  }

  static ProjectId projectId(String id) {
    return ProjectId.parse(id).orElseThrow(() -> new NotFoundException("project", id));
  }

  static DonorId donorId(String id) {
    return DonorId.parse(id).orElseThrow(() -> new NotFoundException("donor", id));
  }

  static AppealId appealId(String id) {
    return AppealId.parse(id).orElseThrow(() -> new NotFoundException("appeal", id));
  }

  static ContributionId contributionId(String id) {
    return ContributionId.parse(id).orElseThrow(() -> new NotFoundException("contribution", id));
  }

  /** The {@code asOf} of a position: today when not given. */
  static LocalDate asOf(String asOf, LocalDate today) {
    if (asOf == null || asOf.isBlank()) {
      return today;
    }
    org.homeward.shared.Violations v = new org.homeward.shared.Violations();
    LocalDate day = org.homeward.funding.internal.Fields.date(v, "asOf", asOf);
    v.throwIfAny();
    if (day.getYear() < 1900 || day.getYear() > 9999) {
      throw InvalidInputException.of("asOf", "out-of-range", "a date between 1900 and 9999");
    }
    return day;
  }
}
