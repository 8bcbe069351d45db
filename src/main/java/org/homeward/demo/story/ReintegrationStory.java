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

    List<Case> arrived = arrivedInDouala(cases);
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
              new PlanDetails(
                  "MICROBUSINESS",
                  List.of(grocer.principal().id().toString()),
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
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
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
    return new Told(received, plans, Math.max(0, arrived.size() - 3));
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

  private void receive(Reintegration reintegration, Case c, boolean hostel) {
    LocalDate met = today.minusDays(21);
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
    Person p = c.principal();
    reintegration.recordAssessment(
        c.id(),
        p.id(),
        new AssessmentDetails(
            today.minusDays(14).toString(),
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
    csv.append(today.minusMonths(3).withDayOfMonth(1)).append(",XAF,XOF,1\n");
    csv.append(today.minusMonths(3).withDayOfMonth(1)).append(",EUR,XAF,655.957\n");
    funding.uploadRates(csv.toString(), FundingEntries.FINANCE);
  }
}
