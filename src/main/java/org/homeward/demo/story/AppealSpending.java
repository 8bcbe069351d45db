package org.homeward.demo.story;

import static org.homeward.demo.story.FundingEntries.MAD;
import static org.homeward.demo.story.FundingEntries.USD;
import static org.homeward.demo.story.FundingEntries.spend;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.ExpenditureSource;
import org.homeward.funding.Ledger;
import org.homeward.funding.Project;

/**
 * What the appeal's project has spent since July: its office and staff every Friday, three charters
 * home with the pocket money of their passengers, and reintegration purchases for them.
 */
final class AppealSpending {

  /** The charters the project paid for: how many days before the load each left, its passengers. */
  private static final int[][] CHARTERS = {{75, 60}, {40, 75}, {12, 50}};

  private AppealSpending() {}

  static void record(Ledger ledger, Project project, StoryDays days) {
    LocalDate today = days.today();
    LocalDate launched = days.on(2012, 7, 1);
    for (LocalDate friday = launched.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        friday.isBefore(today);
        friday = friday.plusWeeks(1)) {
      spend(
          ledger,
          project,
          BudgetLine.OPERATIONS,
          "600.00",
          USD,
          friday,
          ExpenditureSource.Type.INVOICE,
          "OPS-" + friday,
          "office, vehicles and telephones");
      spend(
          ledger,
          project,
          BudgetLine.STAFF,
          "4300.00",
          MAD,
          friday,
          ExpenditureSource.Type.PAYROLL,
          "PAY-" + friday,
          "field staff, paid in dirhams");
    }
    for (int[] charter : CHARTERS) {
      LocalDate departed = today.minusDays(charter[0]);
      String flight = "MAR-CH-" + departed;
      int passengers = charter[1];
      spend(
          ledger,
          project,
          BudgetLine.MOVEMENT,
          amount("300.00", passengers),
          USD,
          departed,
          ExpenditureSource.Type.FLIGHT,
          flight,
          passengers + " seats");
      spend(
          ledger,
          project,
          BudgetLine.MOVEMENT,
          amount("50.00", passengers),
          USD,
          departed,
          ExpenditureSource.Type.FLIGHT,
          flight,
          "pocket money of " + passengers + " passengers");
      spend(
          ledger,
          project,
          BudgetLine.REINTEGRATION,
          amount("400.00", passengers),
          USD,
          departed.plusDays(10).isBefore(today) ? departed.plusDays(10) : today.minusDays(1),
          ExpenditureSource.Type.PURCHASE_ORDER,
          "PO-" + departed,
          "reintegration kits for " + passengers + " returnees");
    }
  }

  private static String amount(String each, int times) {
    return new BigDecimal(each).multiply(BigDecimal.valueOf(times)).toPlainString();
  }
}
