package org.homeward.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.homeward.funding.Appeal;
import org.homeward.funding.AppealId;
import org.homeward.funding.AppealStatus;
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
 * The money of the reference story, told in the present like the registry's demo cases (registered
 * over the eight months before the load): the story's year is the year of the last 30 June at least
 * 120 days before the day the demo is loaded (2026 for a load in December 2026), and every date of
 * the 2005–2012 story moves by the same number of years.
 *
 * <ul>
 *   <li>Switzerland funded two projects from the story's year − 7 (2005) and Belgium one from −5
 *       (2007); together they assisted 3,500 people, and their money ran out in June of the story's
 *       year, spent to the last cent.
 *   <li>On 1 July the mission appealed for USD 800,000 to help about 1,000 more people. Switzerland
 *       (CHF), Belgium (EUR) and the United States (USD) answered, a foundation pledged, and the
 *       money is allocated to the appeal's project, which has returned three charters of people
 *       before their cases were kept here and spends on its office and staff every week.
 *   <li>Belgium also funds a small project for returns to Mali, Guinea and DR Congo, which the
 *       appeal's project does not pay for; its second tranche is pledged but not yet paid, so some
 *       of those households wait for funds.
 * </ul>
 *
 * The demo cases then become eligible through the funding guard, which reserves their commitments.
 */
final class FundingStory {

  static final Actor FINANCE = new Actor("finance.mar", "MAR", Set.of(Role.FINANCE_OFFICER));

  private static final CurrencyUnit USD = Monetary.getCurrency("USD");
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CurrencyUnit CHF = Monetary.getCurrency("CHF");
  private static final CurrencyUnit MAD = Monetary.getCurrency("MAD");

  /** The story as first told: its projects ran dry in June 2012. */
  static final int REFERENCE_YEAR = 2012;

  private final LocalDate today;
  private final int year;

  FundingStory(Clock clock) {
    this.today = LocalDate.now(clock);
    this.year = storyYear(today);
  }

  /** The year of the last 30 June at least 120 days before {@code loaded}. */
  static int storyYear(LocalDate loaded) {
    int year = loaded.getYear();
    while (ChronoUnit.DAYS.between(LocalDate.of(year, 6, 30), loaded) < 120) {
      year--;
    }
    return year;
  }

  int year() {
    return year;
  }

  /** A day of the story, given as the day of the 2005–2012 story. */
  LocalDate on(int referenceYear, int month, int day) {
    return LocalDate.of(referenceYear - REFERENCE_YEAR + year, month, day);
  }

  void load(FundingRecords records, Ledger ledger) {
    rates(records);
    DonorId switzerland =
        donor(records, "Switzerland (SDC)", DonorKind.GOVERNMENT, "CHE", "Migration section");
    DonorId belgium =
        donor(records, "Belgium (Fedasil)", DonorKind.GOVERNMENT, "BEL", "Return desk");
    DonorId unitedStates =
        donor(records, "United States (PRM)", DonorKind.GOVERNMENT, "USA", "Africa office");
    DonorId foundation =
        donor(records, "Sahel Families Foundation", DonorKind.PRIVATE, null, "Programmes");

    history(records, ledger, switzerland, belgium);

    Appeal appeal =
        records.recordAppeal(
            new Appeal(
                null,
                "Return and reintegration of stranded migrants in Morocco, "
                    + year
                    + "–"
                    + (year + 1),
                "MAR",
                money("800000.00", USD),
                1000,
                on(2012, 7, 1),
                AppealStatus.LAUNCHED,
                0),
            FINANCE);
    Project appealProject =
        records.recordProject(
            project(
                "MAR-AVRR-" + year,
                "Assisted voluntary return and reintegration from Morocco, "
                    + year
                    + "–"
                    + (year + 2),
                USD,
                on(2012, 7, 1),
                on(2014, 6, 30),
                List.of(switzerland, belgium, unitedStates, foundation),
                Map.of(
                    BudgetLine.MOVEMENT, "350000.00",
                    BudgetLine.REINTEGRATION, "400000.00",
                    BudgetLine.OPERATIONS, "30000.00",
                    BudgetLine.STAFF, "20000.00"),
                new String[] {"300.00", "50.00", "400.00", "250.00", "550.00"},
                Set.of("CMR", "NGA", "SEN", "CIV"),
                185),
            FINANCE);
    give(
        records,
        switzerland,
        "150000.00",
        CHF,
        on(2012, 7, 15),
        on(2012, 8, 20),
        appeal,
        appealProject,
        "7F-08245.02");
    give(
        records,
        belgium,
        "100000.00",
        EUR,
        on(2012, 8, 1),
        on(2012, 9, 10),
        appeal,
        appealProject,
        "FED-2012-114");
    give(
        records,
        unitedStates,
        "120000.00",
        USD,
        on(2012, 9, 1),
        on(2012, 10, 5),
        appeal,
        appealProject,
        "PRM-12-MAR-03");
    give(records, foundation, "30000.00", USD, on(2012, 10, 1), null, appeal, appealProject, null);
    appealSpending(ledger, appealProject);

    Project returnsSouth =
        records.recordProject(
            project(
                "BE-MAR-MGC-" + year,
                "Returns from Morocco to Mali, Guinea and DR Congo",
                EUR,
                on(2012, 9, 1),
                on(2013, 12, 31),
                List.of(belgium),
                Map.of(BudgetLine.MOVEMENT, "20000.00", BudgetLine.REINTEGRATION, "25000.00"),
                new String[] {"280.00", "40.00", "380.00", "230.00", "520.00"},
                Set.of("MLI", "GIN", "COD"),
                0),
            FINANCE);
    give(
        records,
        belgium,
        "2000.00",
        EUR,
        on(2012, 9, 15),
        on(2012, 9, 20),
        null,
        returnsSouth,
        "FED-2012-131/1");
    give(
        records,
        belgium,
        "20000.00",
        EUR,
        on(2012, 10, 15),
        null,
        null,
        returnsSouth,
        "FED-2012-131/2");
  }

  /**
   * Yearly rates since the first project, and monthly ones since the appeal, uploaded as a finance
   * officer uploads a file of them.
   */
  private void rates(FundingRecords records) {
    String[][] yearly = {
      // year, CHF->USD, EUR->USD, USD->MAD
      {"2005", "0.8040", "1.2450", "8.8650"},
      {"2006", "0.7980", "1.2560", "8.7960"},
      {"2007", "0.8330", "1.3700", "8.1920"},
      {"2008", "0.9250", "1.4710", "7.7500"},
      {"2009", "0.9210", "1.3950", "8.0570"},
      {"2010", "0.9600", "1.3260", "8.4170"},
      {"2011", "1.1280", "1.3920", "8.0900"},
      {"2012", "1.0750", "1.2930", "8.6000"},
    };
    StringBuilder csv = new StringBuilder("date,from,to,rate\n");
    for (String[] row : yearly) {
      LocalDate first = on(Integer.parseInt(row[0]), 1, 1);
      csv.append(first).append(",CHF,USD,").append(row[1]).append('\n');
      csv.append(first).append(",EUR,USD,").append(row[2]).append('\n');
      csv.append(first).append(",USD,MAD,").append(row[3]).append('\n');
    }
    String[][] monthly = {
      {"7", "1.0230", "1.2290"},
      {"8", "1.0310", "1.2400"},
      {"9", "1.0660", "1.2880"},
      {"10", "1.0710", "1.2970"},
      {"11", "1.0690", "1.2830"},
      {"12", "1.0820", "1.3060"},
    };
    for (String[] row : monthly) {
      LocalDate first = on(2012, Integer.parseInt(row[0]), 1);
      if (!first.isAfter(today)) {
        csv.append(first).append(",CHF,USD,").append(row[1]).append('\n');
        csv.append(first).append(",EUR,USD,").append(row[2]).append('\n');
      }
    }
    records.uploadRates(csv.toString(), FINANCE);
  }

  /**
   * The projects of 2005–2012: funded in yearly tranches, every tranche received, and spent year by
   * year until nothing was left in June of the story's year.
   */
  private void history(
      FundingRecords records, Ledger ledger, DonorId switzerland, DonorId belgium) {
    closed(
        records,
        ledger,
        "CH-MAR-AVRR-I",
        "Assisted voluntary return from Morocco, phase I",
        CHF,
        switzerland,
        on(2005, 1, 1),
        on(2008, 12, 31),
        new BigDecimal("2100000.00"),
        1400);
    closed(
        records,
        ledger,
        "CH-MAR-AVRR-II",
        "Assisted voluntary return from Morocco, phase II",
        CHF,
        switzerland,
        on(2009, 1, 1),
        on(2012, 6, 30),
        new BigDecimal("1700000.00"),
        1100);
    closed(
        records,
        ledger,
        "BE-MAR-AVRR",
        "Return and reintegration of vulnerable migrants from Morocco",
        EUR,
        belgium,
        on(2007, 1, 1),
        on(2012, 6, 30),
        new BigDecimal("900000.00"),
        1000);
  }

  private void closed(
      FundingRecords records,
      Ledger ledger,
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
    // one tranche a year, paid a month after it was pledged
    int years = ends.getYear() - starts.getYear() + 1;
    BigDecimal tranche = total.divide(BigDecimal.valueOf(years), 2, RoundingMode.DOWN);
    for (int i = 0; i < years; i++) {
      BigDecimal amount =
          i == years - 1
              ? total.subtract(tranche.multiply(BigDecimal.valueOf(years - 1)))
              : tranche;
      LocalDate pledged = starts.plusYears(i);
      give(
          records,
          donor,
          amount.toPlainString(),
          currency,
          pledged,
          pledged.plusMonths(1),
          null,
          project,
          code + "/" + (i + 1));
    }
    // spent evenly, year by year (the last, shorter year taking what is left), to the end
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

  /**
   * What the appeal's project has spent since July: its office and staff every Friday, three
   * charters home with the pocket money of their passengers, and reintegration purchases for them.
   */
  private void appealSpending(Ledger ledger, Project project) {
    LocalDate launched = on(2012, 7, 1);
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
    int[][] charters = {{75, 60}, {40, 75}, {12, 50}};
    for (int[] charter : charters) {
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

  private static void spend(
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

  private Project project(
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

  private static DonorId donor(
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

  private static void give(
      FundingRecords records,
      DonorId donor,
      String amount,
      CurrencyUnit currency,
      LocalDate pledged,
      LocalDate received,
      Appeal appeal,
      Project project,
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

  private static MonetaryAmount money(String amount, CurrencyUnit currency) {
    return Money.of(new BigDecimal(amount), currency);
  }
}
