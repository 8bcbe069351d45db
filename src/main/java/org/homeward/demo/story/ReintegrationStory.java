package org.homeward.demo.story;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.homeward.funding.FundingRecords;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.Case;
import org.homeward.registry.CaseSearch;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.CaseSummary;
import org.homeward.registry.Cases;
import org.homeward.registry.Person;
import org.homeward.reintegration.PlanStatus;
import org.homeward.reintegration.PlanSummary;
import org.homeward.reintegration.Reintegration;
import org.homeward.reintegration.ReintegrationDetails.AssessmentDetails;
import org.homeward.reintegration.ReintegrationDetails.ItemDetails;
import org.homeward.reintegration.ReintegrationDetails.PartnerDetails;
import org.homeward.reintegration.ReintegrationDetails.PlanDetails;
import org.homeward.reintegration.ReintegrationDetails.ProfileDetails;
import org.homeward.reintegration.ReintegrationDetails.PurchaseDetails;
import org.homeward.reintegration.ReintegrationDetails.PurchaseItemDetails;
import org.homeward.reintegration.ReintegrationDetails.ReceptionDetails;
import org.homeward.reintegration.ReintegrationDetails.ReferralDetails;
import org.homeward.reintegration.ReintegrationDetails.ThresholdDetails;

/**
 * Reintegration in Cameroon, after the charter to Douala three weeks ago:
 *
 * <ul>
 *   <li>the Morocco mission had recorded the returnees' skills and wishes during counselling;
 *   <li>the Cameroon mission works with a training centre, a microfinance institution and an NGO in
 *       Douala, and its chief of mission has set the purchase threshold at XAF 100,000; funding has
 *       the rates of the local currencies (XAF and XOF, pegged to the euro, and NGN);
 *   <li>the first household arrived is received, assessed and has an approved plan for a small
 *       grocery, its first tranche of stock bought and paid; it is referred to the microfinance
 *       institution;
 *   <li>the second has a vocational training plan above its cap, waiting for the chief of mission's
 *       approval;
 *   <li>the third is received (met at the airport, a bus home, two nights in a hostel);
 *   <li>the fourth has a tailoring business within its cap, bought in two tranches: the first under
 *       the threshold and paid, the second above it, approved by the chief of mission and paid;
 *   <li>every other household arrived waits, with no plan yet, for a new user to try the plan.
 * </ul>
 */
public final class ReintegrationStory {

  static final Actor OFFICER =
      new Actor("reintegration.cmr", "CMR", Set.of(Role.REINTEGRATION_OFFICER));
  static final Actor CHIEF = new Actor("chief.cmr", "CMR", Set.of(Role.CHIEF_OF_MISSION));
  static final Actor COUNSELLOR = new Actor("caseworker.mar", "MAR", Set.of(Role.CASEWORKER));

  /** Dollars to francs CFA (XAF and XOF alike: both pegged to the euro) and to naira. */
  static final String[][] RATES = {
    // months back, USD->XAF, USD->NGN
    {"16", "611.40", "1462.00"},
    {"15", "608.90", "1470.50"},
    {"14", "606.30", "1481.00"},
    {"13", "609.80", "1489.75"},
    {"12", "604.60", "1495.00"},
    {"3", "602.50", "1520.00"},
    {"2", "598.75", "1534.00"},
    {"1", "605.20", "1541.50"},
    {"0", "603.10", "1538.25"},
  };

  private static final String[] SKILLS = {
    "Shop work in Oujda; sells well; counts fast",
    "Electrician's helper on building sites in Casablanca, two years",
    "Cooking for a restaurant; some sewing",
    "Driving (no licence yet); repairs motorbikes",
    "Hairdressing; braiding",
  };
  private static final String[] WISHES = {
    "A small grocery in his neighbourhood",
    "A training to become a qualified electrician",
    "A street-food stand near the market",
    "A motorbike-taxi licence and a motorbike",
    "A hairdressing salon",
  };

  private final LocalDate today;

  public ReintegrationStory(Clock clock) {
    this.today = LocalDate.now(clock);
  }

  /** What the story did, for the log. */
  public record Told(int received, int plans, int waiting) {}

  public Told load(Reintegration reintegration, FundingRecords funding, Cases cases) {
    rates(funding);
    reintegration.setThreshold("CMR", new ThresholdDetails("100000", "XAF"), CHIEF);
    long centre =
        reintegration.addPartner(
            new PartnerDetails(
                "Centre de formation professionnelle de Bonabéri",
                "TRAINING_CENTRE",
                "Douala",
                "Rue du Marché, Bonabéri",
                "Mme Esther Ndongo",
                "+237 699 41 22 10",
                "contact@cfp-bonaberi.example.cm",
                List.of("Tailoring", "Building electricity", "Hairdressing", "Welding"),
                "Courses of 3 to 6 months; a starter kit can be bought with the course.",
                true),
            OFFICER);
    long microfinance =
        reintegration.addPartner(
            new PartnerDetails(
                "Crédit Mutuel d'Akwa",
                "MICROFINANCE_INSTITUTION",
                "Douala",
                "Boulevard de la Liberté, Akwa",
                "M. Paul Etoga",
                "+237 677 30 18 44",
                "akwa@cmakwa.example.cm",
                List.of("Micro-loans", "Savings account", "Business management course"),
                null,
                true),
            OFFICER);
    reintegration.addPartner(
        new PartnerDetails(
            "Association Retour et Dignité",
            "NGO",
            "Douala",
            "Quartier Bali",
            "Mme Clarisse Mbappé",
            "+237 655 02 71 90",
            null,
            List.of("Psychosocial support", "Help with housing", "Family mediation"),
            null,
            true),
        OFFICER);

    List<Case> all = arrivedInDouala(cases);
    LocalDate earlierCharter = today.plusDays(FlightStory.EARLIER_DAYS);
    List<Case> earlier =
        all.stream().filter(c -> c.registrationDate().isBefore(earlierCharter)).toList();
    List<Case> arrived =
        all.stream().filter(c -> !c.registrationDate().isBefore(earlierCharter)).toList();
    int[] home = homeAYearAgo(reintegration, earlier, earlierCharter);
    for (int i = 0; i < arrived.size(); i++) {
      Case c = arrived.get(i);
      Person principal = c.principal();
      reintegration.recordProfile(
          principal.id(),
          new ProfileDetails(SKILLS[i % SKILLS.length], null, null, WISHES[i % WISHES.length]),
          COUNSELLOR);
    }
    int received = 0;
    int plans = 0;
    if (!arrived.isEmpty()) {
      Case grocer = arrived.get(0);
      receive(reintegration, grocer, false);
      assess(reintegration, grocer, "Runs a shop well; wants his own", 2);
      PlanSummary plan =
          reintegration.draftPlan(
              grocer.id(),
              business(
                  grocer,
                  "Grocery in Bépanda",
                  today.minusDays(10).toString(),
                  today.minusDays(10).toString(),
                  "Retail",
                  "Grocery shop",
                  "Bépanda, Douala",
                  "85000",
                  "XAF",
                  "A small grocery in a rented stall on the main street of Bépanda: rice, oil, soap,"
                      + " sugar and phone credit, bought weekly at the wholesale market. Rent and"
                      + " first stock from the grant; the Crédit Mutuel d'Akwa for more stock later.",
                  List.of(
                      new ItemDetails("First stock of goods", "95000", "XAF"),
                      new ItemDetails("Shelves and a counter", "60000", "XAF"),
                      new ItemDetails("Three months' rent of the stall", "45000", "XAF"))),
              OFFICER);
      PlanSummary approved = reintegration.submitPlan(plan.id(), OFFICER);
      if (approved.status() == PlanStatus.APPROVED) {
        long tranche =
            reintegration.orderPurchase(
                plan.id(),
                new PurchaseDetails(
                    null,
                    "Grossiste Mboppi, Douala",
                    today.minusDays(7).toString(),
                    "XAF",
                    List.of(
                        new PurchaseItemDetails("Rice, 25 kg bags", "4", "58000"),
                        new PurchaseItemDetails("Cooking oil, 5 l", "4", "30000"))),
                OFFICER);
        reintegration.payPurchase(tranche, today.minusDays(6).toString(), OFFICER);
      }
      reintegration.refer(
          grocer.id(),
          new ReferralDetails(
              grocer.principal().id().toString(),
              Long.toString(microfinance),
              "Business management course",
              today.minusDays(5).toString(),
              "To learn bookkeeping before a first loan"),
          OFFICER);
      received++;
      plans++;
    }
    if (arrived.size() > 1) {
      Case trainee = arrived.get(1);
      receive(reintegration, trainee, false);
      assess(reintegration, trainee, "Electrician's helper; wants the qualification", 0);
      PlanSummary plan =
          reintegration.draftPlan(
              trainee.id(),
              new PlanDetails(
                  "VOCATIONAL_TRAINING",
                  List.of(trainee.principal().id().toString()),
                  "Building electricity course",
                  today.minusDays(3).toString(),
                  today.minusDays(3).toString(),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  Long.toString(centre),
                  null,
                  "Building electricity",
                  "24",
                  "220000",
                  "XAF",
                  "Six months at the centre, then a toolkit to work on his own.",
                  List.of(new ItemDetails("Electrician's toolkit and tester", "140000", "XAF"))),
              OFFICER);
      reintegration.submitPlan(plan.id(), OFFICER);
      received++;
      plans++;
    }
    if (arrived.size() > 2) {
      receive(reintegration, arrived.get(2), true);
      received++;
    }
    if (arrived.size() > 4) {
      tailor(reintegration, arrived.get(3));
      received++;
      plans++;
    }
    int planned = arrived.size() > 4 ? 4 : Math.min(arrived.size(), 3);
    return new Told(received + home[0], plans + home[1], Math.max(0, arrived.size() - planned));
  }

  /** What the households of the earlier charter set up: title, activity, sector, items. */
  private static final String[][] EARLIER_PLANS = {
    {
      "Phone repairs and credit stand in Akwa",
      "Phone repairs",
      "Services",
      "Tools and a" + " soldering station",
      "60000",
      "A first stock of parts and phone credit",
      "55000"
    },
    {
      "Hair-braiding salon in Bonabéri",
      "Hairdressing",
      "Services",
      "Two chairs, mirrors and" + " a dryer",
      "90000",
      "A first stock of hair extensions and products",
      "40000"
    },
    {
      "Street-food stand at the Ndokoti crossroads",
      "Street food",
      "Food",
      "A stand, a" + " grill and pots",
      "70000",
      "A first stock of food and gas",
      "30000"
    },
  };

  /**
   * The households that went home on the earlier charter to Douala: each received on the day it
   * landed, assessed a week later and with a plan approved at once, within its cap; the first has
   * the tailoring business bought in two tranches. Their monitoring visits follow ({@link
   * MonitoringStory}). Answers how many were received and got a plan.
   */
  private int[] homeAYearAgo(Reintegration reintegration, List<Case> earlier, LocalDate arrived) {
    for (int i = 0; i < earlier.size(); i++) {
      Case c = earlier.get(i);
      if (i == 0) {
        tailor(reintegration, c, arrived, "Deïdo");
        continue;
      }
      String[] plan = EARLIER_PLANS[(i - 1) % EARLIER_PLANS.length];
      receive(reintegration, c, i == 2, arrived);
      assess(reintegration, c, SKILLS[(i + 2) % SKILLS.length], i % 2, arrived.plusDays(7));
      PlanSummary drafted =
          reintegration.draftPlan(
              c.id(),
              business(
                  c,
                  plan[0],
                  arrived.plusDays(10 + i).toString(),
                  arrived.plusDays(10 + i).toString(),
                  plan[2],
                  plan[1],
                  plan[0].substring(plan[0].lastIndexOf(' ') + 1) + ", Douala",
                  "60000",
                  "XAF",
                  "A small business of its own, set up with the grant: " + plan[1] + ".",
                  List.of(
                      new ItemDetails(plan[3], plan[4], "XAF"),
                      new ItemDetails(plan[5], plan[6], "XAF"))),
              OFFICER);
      PlanSummary approved = reintegration.submitPlan(drafted.id(), OFFICER);
      if (approved.status() == PlanStatus.APPROVED) {
        long order =
            reintegration.orderPurchase(
                drafted.id(),
                new PurchaseDetails(
                    null,
                    "Marché central de Douala",
                    arrived.plusDays(14 + i).toString(),
                    "XAF",
                    List.of(new PurchaseItemDetails(plan[5], "1", plan[6]))),
                OFFICER);
        reintegration.payPurchase(order, arrived.plusDays(14 + i).toString(), OFFICER);
      }
    }
    return new int[] {earlier.size(), earlier.size()};
  }

  /** The households of the Douala charter whose arrival the Cameroon mission confirmed. */
  private static List<Case> arrivedInDouala(Cases cases) {
    List<Case> arrived = new ArrayList<>();
    for (CaseSummary s :
        cases
            .search(
                new CaseSearch(
                    Set.of(CaseStatus.ARRIVED),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    CaseSearch.SortOrder.CASE_NUMBER,
                    0,
                    CaseSearch.MAX_SIZE),
                OFFICER)
            .items()) {
      if ("CMR".equals(s.destinationCountry())) {
        arrived.add(cases.get(s.id(), OFFICER));
      }
    }
    arrived.sort(Comparator.comparing(Case::caseNumber));
    return arrived;
  }

  /**
   * A tailoring business within the cap, bought in two tranches: a first under the mission's
   * threshold, paid at once; a second above it, approved by the chief of mission, then paid.
   */
  private void tailor(Reintegration reintegration, Case c) {
    tailor(reintegration, c, today.minusDays(21), "New Bell");
  }

  /** The tailoring business of a household that arrived on {@code arrived}, in {@code quarter}. */
  private void tailor(Reintegration reintegration, Case c, LocalDate arrived, String quarter) {
    receive(reintegration, c, false, arrived);
    assess(
        reintegration,
        c,
        "Cooks and sews; made clothes for neighbours in Oujda",
        1,
        arrived.plusDays(7));
    PlanSummary plan =
        reintegration.draftPlan(
            c.id(),
            business(
                c,
                "Tailoring workshop in " + quarter,
                arrived.plusDays(9).toString(),
                arrived.plusDays(9).toString(),
                "Garments",
                "Tailoring",
                quarter + ", Douala",
                "70000",
                "XAF",
                "A tailoring workshop in a rented room near the "
                    + quarter
                    + " market: repairs, school"
                    + " uniforms and made-to-measure clothes. A sewing machine, an overlocker and a"
                    + " first stock of fabric from the grant; a refresher course at the"
                    + " Bonabéri centre.",
                List.of(
                    new ItemDetails("Sewing machine and table", "80000", "XAF"),
                    new ItemDetails("Overlocker", "60000", "XAF"),
                    new ItemDetails("Fabric, thread and notions", "45000", "XAF"),
                    new ItemDetails("Two months' rent of the room", "25000", "XAF"))),
            OFFICER);
    PlanSummary approved = reintegration.submitPlan(plan.id(), OFFICER);
    if (approved.status() != PlanStatus.APPROVED) {
      return;
    }
    long first =
        reintegration.orderPurchase(
            plan.id(),
            new PurchaseDetails(
                null,
                "Quincaillerie du Marché Central, Douala",
                arrived.plusDays(12).toString(),
                "XAF",
                List.of(
                    new PurchaseItemDetails("Fabric, thread and notions", "1", "45000"),
                    new PurchaseItemDetails("Two months' rent of the room", "1", "25000"))),
            OFFICER);
    reintegration.payPurchase(first, arrived.plusDays(12).toString(), OFFICER);
    long second =
        reintegration.orderPurchase(
            plan.id(),
            new PurchaseDetails(
                null,
                "Ets Machines à coudre d'Akwa, Douala",
                arrived.plusDays(13).toString(),
                "XAF",
                List.of(
                    new PurchaseItemDetails("Sewing machine and table", "1", "80000"),
                    new PurchaseItemDetails("Overlocker", "1", "55000"))),
            OFFICER);
    reintegration
        .pendingApprovalOfPurchase(plan.id(), second)
        .ifPresent(approval ->
            reintegration.decide(
                approval, "APPROVE", "Quotes checked against two other vendors", CHIEF));
    reintegration.payPurchase(second, arrived.plusDays(14).toString(), OFFICER);
  }

  private void receive(Reintegration reintegration, Case c, boolean hostel) {
    receive(reintegration, c, hostel, today.minusDays(21));
  }

  private void receive(Reintegration reintegration, Case c, boolean hostel, LocalDate met) {
    reintegration.recordReception(
        c.id(),
        new ReceptionDetails(
            true,
            met.toString(),
            "Samuel Atangana",
            true,
            "BUS",
            c.finalDestination(),
            hostel ? met.plusDays(2).toString() : met.plusDays(1).toString(),
            hostel,
            hostel ? "Foyer d'accueil de Bonanjo" : null,
            hostel ? met.toString() : null,
            hostel ? "2" : null,
            null),
        OFFICER);
  }

  private void assess(Reintegration reintegration, Case c, String skills, int dependants) {
    assess(reintegration, c, skills, dependants, today.minusDays(14));
  }

  private void assess(
      Reintegration reintegration, Case c, String skills, int dependants, LocalDate on) {
    Person p = c.principal();
    reintegration.recordAssessment(
        c.id(),
        p.id(),
        new AssessmentDetails(
            on.toString(),
            skills,
            null,
            null,
            dependants > 0 ? "MARRIED" : "SINGLE",
            Integer.toString(dependants),
            dependants > 0
                ? "Lives with his wife and two children at his brother's; the family welcomes him"
                : "Lives with his mother; no one depends on him",
            false,
            null),
        OFFICER);
  }

  /** Monthly rates of the local currencies, uploaded as a finance officer uploads a file. */
  private void rates(FundingRecords funding) {
    StringBuilder csv = new StringBuilder("date,from,to,rate\n");
    for (String[] row : RATES) {
      LocalDate first = today.minusMonths(Long.parseLong(row[0])).withDayOfMonth(1);
      csv.append(first).append(",USD,XAF,").append(row[1]).append('\n');
      csv.append(first).append(",USD,XOF,").append(row[1]).append('\n');
      csv.append(first).append(",USD,NGN,").append(row[2]).append('\n');
    }
    // the franc CFA of Central and of West Africa are both pegged to the euro at 655.957
    csv.append(today.minusMonths(16).withDayOfMonth(1)).append(",XAF,XOF,1\n");
    csv.append(today.minusMonths(16).withDayOfMonth(1)).append(",EUR,XAF,655.957\n");
    funding.uploadRates(csv.toString(), FundingEntries.FINANCE);
  }

  /** A microbusiness plan for the household's principal applicant. */
  private static PlanDetails business(
      Case household,
      String title,
      String agreedOn,
      String pricedOn,
      String sector,
      String activity,
      String location,
      String expectedMonthlyIncome,
      String incomeCurrency,
      String businessPlan,
      List<ItemDetails> items) {
    return new PlanDetails(
        "MICROBUSINESS",
        List.of(household.principal().id().toString()),
        title,
        agreedOn,
        pricedOn,
        sector,
        activity,
        location,
        expectedMonthlyIncome,
        incomeCurrency,
        businessPlan,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        items);
  }
}
