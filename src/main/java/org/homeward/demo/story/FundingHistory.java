package org.homeward.demo.story;

import static org.homeward.demo.story.FundingEntries.CHF;
import static org.homeward.demo.story.FundingEntries.EUR;
import static org.homeward.demo.story.FundingEntries.FINANCE;
import static org.homeward.demo.story.FundingEntries.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.DonorId;
import org.homeward.funding.ExpenditureSource;
import org.homeward.funding.FundingRecords;
import org.homeward.funding.Ledger;
import org.homeward.funding.Project;
import org.javamoney.moneta.Money;

/**
 * The projects of 2005–2012: Switzerland's two and Belgium's one, together 3,500 people assisted,
 * funded in yearly tranches, every tranche received, and spent year by year until nothing was left
 * in June of the story's year.
 */
final class FundingHistory {

  private final FundingRecords records;
  private final Ledger ledger;
  private final StoryDays days;

  FundingHistory(FundingRecords records, Ledger ledger, StoryDays days) {
    this.records = records;
    this.ledger = ledger;
    this.days = days;
  }

  void load(DonorId switzerland, DonorId belgium) {
    closed(
        "CH-MAR-AVRR-I",
        "Assisted voluntary return from Morocco, phase I",
        CHF,
        switzerland,
        days.on(2005, 1, 1),
        days.on(2008, 12, 31),
        new BigDecimal("2100000.00"),
        1400);
    closed(
        "CH-MAR-AVRR-II",
        "Assisted voluntary return from Morocco, phase II",
        CHF,
        switzerland,
        days.on(2009, 1, 1),
        days.on(2012, 6, 30),
        new BigDecimal("1700000.00"),
        1100);
    closed(
        "BE-MAR-AVRR",
        "Return and reintegration of vulnerable migrants from Morocco",
        EUR,
        belgium,
        days.on(2007, 1, 1),
        days.on(2012, 6, 30),
        new BigDecimal("900000.00"),
        1000);
  }

  /** A project from {@code starts} to {@code ends}, funded and spent to the last cent. */
  private void closed(
      String code,
      String title,
      CurrencyUnit currency,
      DonorId donor,
      LocalDate starts,
      LocalDate ends,
      BigDecimal total,
      int people) {
    Map<BudgetLine, BigDecimal> shares =
        Map.of(
            BudgetLine.MOVEMENT, new BigDecimal("0.45"),
            BudgetLine.REINTEGRATION, new BigDecimal("0.35"),
            BudgetLine.OPERATIONS, new BigDecimal("0.12"),
            BudgetLine.STAFF, new BigDecimal("0.08"));
    Map<BudgetLine, String> budget = new EnumMap<>(BudgetLine.class);
    shares.forEach((line, share) ->
        budget.put(
            line, total.multiply(share).setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
    Project project =
        records.recordProject(
            project(
                code,
                title,
                currency,
                starts,
                ends,
                List.of(donor),
                budget,
                currency.equals(CHF)
                    ? new String[] {"420.00", "60.00", "450.00", "300.00", "600.00"}
                    : new String[] {"400.00", "50.00", "420.00", "280.00", "560.00"},
                Set.of(),
                people),
            FINANCE);
    tranches(code, currency, donor, starts, ends, total, project);
    spent(code, currency, starts, ends, budget, project);
  }

  /** One tranche a year, paid a month after it was pledged. */
  private void tranches(
      String code,
      CurrencyUnit currency,
      DonorId donor,
      LocalDate starts,
      LocalDate ends,
      BigDecimal total,
      Project project) {
    FundingEntries.Allocation allocation = new FundingEntries.Allocation(records, null, project);
    int years = ends.getYear() - starts.getYear() + 1;
    BigDecimal tranche = total.divide(BigDecimal.valueOf(years), 2, RoundingMode.DOWN);
    for (int i = 0; i < years; i++) {
      BigDecimal amount =
          i == years - 1
              ? total.subtract(tranche.multiply(BigDecimal.valueOf(years - 1)))
              : tranche;
      LocalDate pledged = starts.plusYears(i);
      allocation.give(
          donor,
          amount.toPlainString(),
          currency,
          pledged,
          pledged.plusMonths(1),
          code + "/" + (i + 1));
    }
  }

  /** Spent evenly, year by year (the last, shorter year taking what is left), to the end. */
  private void spent(
      String code,
      CurrencyUnit currency,
      LocalDate starts,
      LocalDate ends,
      Map<BudgetLine, String> budget,
      Project project) {
    List<LocalDate> periods = new ArrayList<>();
    for (LocalDate y = starts.plusYears(1).minusDays(1); y.isBefore(ends); y = y.plusYears(1)) {
      periods.add(y);
    }
    periods.add(ends);
    for (Map.Entry<BudgetLine, String> line : budget.entrySet()) {
      BigDecimal all = new BigDecimal(line.getValue());
      BigDecimal each = all.divide(BigDecimal.valueOf(periods.size()), 2, RoundingMode.DOWN);
      for (int i = 0; i < periods.size(); i++) {
        BigDecimal amount =
            i == periods.size() - 1
                ? all.subtract(each.multiply(BigDecimal.valueOf(periods.size() - 1)))
                : each;
        ledger.recordExpenditure(
            project.id(),
            line.getKey(),
            Money.of(amount, currency),
            periods.get(i),
            new ExpenditureSource(
                ExpenditureSource.Type.INVOICE, code + "-" + periods.get(i).getYear()),
            "the year to " + periods.get(i) + ", from the project's ledger",
            FINANCE);
      }
    }
  }
}
