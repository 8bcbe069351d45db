package org.homeward.demo.story;

import static org.homeward.demo.story.FundingEntries.CHF;
import static org.homeward.demo.story.FundingEntries.EUR;
import static org.homeward.demo.story.FundingEntries.FINANCE;
import static org.homeward.demo.story.FundingEntries.USD;
import static org.homeward.demo.story.FundingEntries.donor;
import static org.homeward.demo.story.FundingEntries.money;
import static org.homeward.demo.story.FundingEntries.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.funding.Appeal;
import org.homeward.funding.AppealStatus;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.DonorId;
import org.homeward.funding.DonorKind;
import org.homeward.funding.FundingRecords;
import org.homeward.funding.Ledger;
import org.homeward.funding.Project;

/**
 * The money of the reference story, told in the present like the registry's demo cases (registered
 * over the eight months before the load): the story's year is the year of the last 30 June at least
 * 120 days before the day the demo is loaded (2026 for a load in December 2026), and every date of
 * the 2005–2012 story moves by the same number of years ({@link StoryDays}).
 *
 * <ul>
 *   <li>Switzerland funded two projects from the story's year − 7 (2005) and Belgium one from −5
 *       (2007); together they assisted 3,500 people, and their money ran out in June of the story's
 *       year, spent to the last cent ({@link FundingHistory}).
 *   <li>On 1 July the mission appealed for USD 800,000 to help about 1,000 more people. Switzerland
 *       (CHF), Belgium (EUR) and the United States (USD) answered, a foundation pledged, and the
 *       money is allocated to the appeal's project, which has returned three charters of people
 *       before their cases were kept here and spends on its office and staff every week ({@link
 *       AppealSpending}).
 *   <li>Belgium also funds a small project for returns to Mali, Guinea and DR Congo, which the
 *       appeal's project does not pay for; its second tranche is pledged but not yet paid, so some
 *       of those households wait for funds.
 * </ul>
 *
 * The rates of the story come first ({@link RateHistory}). The demo cases then become eligible
 * through the funding guard, which reserves their commitments.
 */
public final class FundingStory {

  private final StoryDays days;

  public FundingStory(Clock clock) {
    this.days = StoryDays.of(clock);
  }

  /** The year of the last 30 June at least 120 days before {@code loaded}. */
  public static int storyYear(LocalDate loaded) {
    return StoryDays.storyYear(loaded);
  }

  public int year() {
    return days.year();
  }

  public void load(FundingRecords records, Ledger ledger) {
    RateHistory.upload(records, days);
    DonorId switzerland =
        donor(records, "Switzerland (SDC)", DonorKind.GOVERNMENT, "CHE", "Migration section");
    DonorId belgium =
        donor(records, "Belgium (Fedasil)", DonorKind.GOVERNMENT, "BEL", "Return desk");
    DonorId unitedStates =
        donor(records, "United States (PRM)", DonorKind.GOVERNMENT, "USA", "Africa office");
    DonorId foundation =
        donor(records, "Sahel Families Foundation", DonorKind.PRIVATE, null, "Programmes");

    new FundingHistory(records, ledger, days).load(switzerland, belgium);

    int year = days.year();
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
                days.on(2012, 7, 1),
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
                days.on(2012, 7, 1),
                days.on(2014, 6, 30),
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
    FundingEntries.Allocation toAppeal =
        new FundingEntries.Allocation(records, appeal, appealProject);
    toAppeal.give(
        switzerland, "150000.00", CHF, days.on(2012, 7, 15), days.on(2012, 8, 20), "7F-08245.02");
    toAppeal.give(
        belgium, "100000.00", EUR, days.on(2012, 8, 1), days.on(2012, 9, 10), "FED-2012-114");
    toAppeal.give(
        unitedStates, "120000.00", USD, days.on(2012, 9, 1), days.on(2012, 10, 5), "PRM-12-MAR-03");
    toAppeal.give(foundation, "30000.00", USD, days.on(2012, 10, 1), null, null);
    AppealSpending.record(ledger, appealProject, days);

    returnsSouth(records, belgium);
  }

  /** Belgium's project for Mali, Guinea and DR Congo: its second tranche not yet paid. */
  private void returnsSouth(FundingRecords records, DonorId belgium) {
    Project returnsSouth =
        records.recordProject(
            project(
                "BE-MAR-MGC-" + days.year(),
                "Returns from Morocco to Mali, Guinea and DR Congo",
                EUR,
                days.on(2012, 9, 1),
                days.on(2013, 12, 31),
                List.of(belgium),
                Map.of(BudgetLine.MOVEMENT, "20000.00", BudgetLine.REINTEGRATION, "25000.00"),
                new String[] {"280.00", "40.00", "380.00", "230.00", "520.00"},
                Set.of("MLI", "GIN", "COD"),
                0),
            FINANCE);
    FundingEntries.Allocation toProject =
        new FundingEntries.Allocation(records, null, returnsSouth);
    toProject.give(
        belgium, "2000.00", EUR, days.on(2012, 9, 15), days.on(2012, 9, 20), "FED-2012-131/1");
    toProject.give(belgium, "20000.00", EUR, days.on(2012, 10, 15), null, "FED-2012-131/2");
  }
}
