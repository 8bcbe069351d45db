package org.homeward.demo.story;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.homeward.funding.Appeal;
import org.homeward.funding.AppealId;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.Contribution;
import org.homeward.funding.Donor;
import org.homeward.funding.DonorId;
import org.homeward.funding.DonorKind;
import org.homeward.funding.Eligibility;
import org.homeward.funding.ExpenditureSource;
import org.homeward.funding.FundingRecords;
import org.homeward.funding.Ledger;
import org.homeward.funding.Project;
import org.homeward.funding.ProjectId;
import org.homeward.funding.UnitCosts;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.javamoney.moneta.Money;

/**
 * The entries of the money story, made as the mission's finance officer makes them through the
 * funding module's public services: donors, projects, contributions and expenditures.
 */
final class FundingEntries {

  static final Actor FINANCE = new Actor("finance.mar", "MAR", Set.of(Role.FINANCE_OFFICER));

  static final CurrencyUnit USD = Monetary.getCurrency("USD");
  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  static final CurrencyUnit CHF = Monetary.getCurrency("CHF");
  static final CurrencyUnit MAD = Monetary.getCurrency("MAD");

  private FundingEntries() {}

  static DonorId donor(
      FundingRecords records, String name, DonorKind kind, String country, String desk) {
    return records
        .recordDonor(
            new Donor(
                null,
                name,
                kind,
                country,
                List.of(new Donor.Contact(desk, "programme officer", null, null)),
                name.startsWith("Switzerland") ? List.of("donor.viewer") : List.of(),
                0),
            FINANCE)
        .id();
  }

  /**
   * A project of the Morocco mission.
   *
   * @param costs the unit costs, in the order of {@link UnitCosts}' fields
   */
  static Project project(
      String code,
      String title,
      CurrencyUnit currency,
      LocalDate starts,
      LocalDate ends,
      List<DonorId> donors,
      Map<BudgetLine, String> budget,
      String[] costs,
      Set<String> destinations,
      int peopleBefore) {
    Map<BudgetLine, MonetaryAmount> lines = new EnumMap<>(BudgetLine.class);
    budget.forEach((line, amount) -> lines.put(line, money(amount, currency)));
    return new Project(
        null,
        code,
        title,
        "MAR",
        currency,
        starts,
        ends,
        donors,
        lines,
        new UnitCosts(
            money(costs[0], currency),
            money(costs[1], currency),
            money(costs[2], currency),
            money(costs[3], currency),
            money(costs[4], currency)),
        new Eligibility(Set.of("MAR"), destinations, Set.of()),
        peopleBefore,
        0);
  }

  /** Contributions to one project, and through one appeal when there is one. */
  record Allocation(FundingRecords records, Appeal appeal, Project project) {

    /** A contribution, pledged and (unless {@code received} is null) paid. */
    void give(
        DonorId donor,
        String amount,
        CurrencyUnit currency,
        LocalDate pledged,
        LocalDate received,
        String reference) {
      AppealId appealId = appeal == null ? null : appeal.id();
      ProjectId projectId = project == null ? null : project.id();
      records.recordContribution(
          new Contribution(
              null,
              donor,
              null,
              money(amount, currency),
              pledged,
              received,
              appealId,
              projectId,
              null,
              reference,
              0),
          FINANCE);
    }
  }

  static void spend(
      Ledger ledger,
      Project project,
      BudgetLine line,
      String amount,
      CurrencyUnit currency,
      LocalDate on,
      ExpenditureSource.Type type,
      String source,
      String description) {
    ledger.recordExpenditure(
        project.id(),
        line,
        money(amount, currency),
        on,
        new ExpenditureSource(type, source),
        description,
        FINANCE);
  }

  static MonetaryAmount money(String amount, CurrencyUnit currency) {
    return Money.of(new BigDecimal(amount), currency);
  }
}
