package org.homeward.funding.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;
import org.javamoney.moneta.Money;

/** A donor report to render: the Swiss project of the reference story, its last year. */
final class DonorReports {

  static final CurrencyUnit CHF = Monetary.getCurrency("CHF");

  /** The spending by line; summed in binary floating point they would miss the cent. */
  static final List<String> SPENT = List.of("183456.10", "99999.20", "12345.67", "29876.54");

  static final String TOTAL_SPENT = "325677.51";
  static final String TOTAL_BUDGET = "450000.00";
  static final String PROJECT_TITLE = "Retour volontaire & réintégration – العودة الطوعية";

  private DonorReports() {}

  static MonetaryAmount chf(String amount) {
    return Money.of(new BigDecimal(amount), CHF);
  }

  /**
   * 40 people: 18 Cameroonian, 12 Senegalese, 6 Guinean, 4 stateless; 23 men, 16 women, 1 not
   * stated; 9 with a vulnerability (one of them with two).
   */
  static List<AssistedPerson> people() {
    List<AssistedPerson> people = new ArrayList<>();
    add(people, 12, "CMR", Sex.M, AgeGroup.FROM_18_TO_59, Set.of());
    add(people, 4, "CMR", Sex.F, AgeGroup.FROM_18_TO_59, Set.of(Vulnerability.PREGNANT));
    add(people, 2, "CMR", Sex.F, AgeGroup.UNDER_5, Set.of());
    add(people, 8, "SEN", Sex.M, AgeGroup.FROM_18_TO_59, Set.of());
    add(
        people,
        1,
        "SEN",
        Sex.F,
        AgeGroup.FROM_18_TO_59,
        Set.of(Vulnerability.SINGLE_PARENT, Vulnerability.SERIOUS_MEDICAL_CONDITION));
    add(people, 3, "SEN", Sex.F, AgeGroup.FROM_5_TO_11, Set.of());
    add(people, 2, "GIN", Sex.M, AgeGroup.FROM_12_TO_17, Set.of(Vulnerability.UNACCOMPANIED_CHILD));
    add(people, 3, "GIN", Sex.F, AgeGroup.FROM_18_TO_59, Set.of());
    add(people, 1, "GIN", Sex.M, AgeGroup.FROM_60, Set.of(Vulnerability.OLDER_PERSON));
    add(people, 3, "XXA", Sex.F, AgeGroup.FROM_18_TO_59, Set.of());
    add(people, 1, "XXA", Sex.X, AgeGroup.FROM_18_TO_59, Set.of(Vulnerability.DISABILITY));
    return people;
  }

  private static void add(
      List<AssistedPerson> people,
      int count,
      String nationality,
      Sex sex,
      AgeGroup age,
      Set<Vulnerability> vulnerabilities) {
    for (int i = 0; i < count; i++) {
      people.add(new AssistedPerson(nationality, sex, age, vulnerabilities));
    }
  }

  static DonorReport swissProject() {
    return new DonorReport(
        "MA-2011-CH",
        PROJECT_TITLE,
        List.of("Confédération suisse (DDC)", "Royaume de Belgique"),
        LocalDate.parse("2011-07-01"),
        LocalDate.parse("2012-06-30"),
        CHF,
        PeopleAssisted.of(people()),
        List.of(
            new LineExpenditure(BudgetLine.MOVEMENT, chf("250000.00"), chf(SPENT.get(0))),
            new LineExpenditure(BudgetLine.REINTEGRATION, chf("120000"), chf(SPENT.get(1))),
            new LineExpenditure(BudgetLine.OPERATIONS, chf("50000.00"), chf(SPENT.get(2))),
            new LineExpenditure(BudgetLine.STAFF, chf("30000.00"), chf(SPENT.get(3)))),
        LocalDate.parse("2012-07-05"));
  }
}
