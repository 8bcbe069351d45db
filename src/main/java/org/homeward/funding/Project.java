package org.homeward.funding;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * A project that pays for returns: run by a mission, funded by its donors over a period, with a
 * budget by line and unit costs in its currency, and the cases it may pay for.
 *
 * @param id null for a project not yet recorded
 * @param code short and unique, e.g. {@code MAR-AVRR-2012}
 * @param budget every line, in the project's currency (a line with no money is zero)
 * @param peopleAssistedBefore people the project helped before its cases were kept in Homeward, as
 *     reported to its donors
 */
public record Project(
    ProjectId id,
    String code,
    String title,
    String missionCode,
    CurrencyUnit currency,
    LocalDate startsOn,
    LocalDate endsOn,
    List<DonorId> donors,
    Map<BudgetLine, MonetaryAmount> budget,
    UnitCosts unitCosts,
    Eligibility eligibility,
    int peopleAssistedBefore,
    long version) {

  public Project {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(missionCode, "missionCode");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(endsOn, "endsOn");
    Objects.requireNonNull(unitCosts, "unitCosts");
    Objects.requireNonNull(eligibility, "eligibility");
    if (endsOn.isBefore(startsOn)) {
      throw new IllegalArgumentException("a project ends on or after the day it starts");
    }
    if (!unitCosts.currency().equals(currency)) {
      throw new IllegalArgumentException("unit costs are in the project's currency, " + currency);
    }
    donors = List.copyOf(donors);
    EnumMap<BudgetLine, MonetaryAmount> lines = new EnumMap<>(BudgetLine.class);
    for (BudgetLine line : BudgetLine.values()) {
      MonetaryAmount amount = budget.getOrDefault(line, Money.zero(currency));
      if (!amount.getCurrency().equals(currency) || amount.isNegative()) {
        throw new IllegalArgumentException("the budget is in " + currency + ", never negative");
      }
      lines.put(line, amount);
    }
    budget = java.util.Collections.unmodifiableMap(lines);
  }

  /** The budget of every line together. */
  public MonetaryAmount totalBudget() {
    return budget.values().stream().reduce(Money.zero(currency), MonetaryAmount::add);
  }

  /** Is {@code day} within the project's period (both ends included)? */
  public boolean runsOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }
}
