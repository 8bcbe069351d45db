package org.homeward.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.money.MonetaryAmount;
import org.homeward.funding.BeneficiaryCategory;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.Eligibility;
import org.homeward.funding.Project;
import org.homeward.funding.ProjectId;
import org.homeward.funding.TargetGroup;
import org.homeward.funding.UnitCosts;
import org.homeward.registry.PersonId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Which project pays for a household, and what the household is expected to cost it. */
class ProjectChoiceTest {

  static final UnitCosts COSTS =
      new UnitCosts(usd("300"), usd("50"), usd("400"), usd("250"), usd("550"));

  @Test
  void aHouseholdCostsASeatAndPocketMoneyEachAndEveryonesOwnCap() {
    Household family =
        household(
            member(false, false), member(false, true), member(true, false), member(true, true));

    ExpectedCost cost = ExpectedCost.of(family, COSTS);

    assertThat(cost.movement()).isEqualTo(usd("1400.00")); // 4 × (300 + 50)
    // standard 400, vulnerable 550, minor 250, and a vulnerable minor the higher: 550
    assertThat(cost.reintegration()).isEqualTo(usd("1750.00"));
    assertThat(cost.beneficiaries())
        .extracting(b -> b.category())
        .containsExactly(
            BeneficiaryCategory.STANDARD,
            BeneficiaryCategory.VULNERABLE,
            BeneficiaryCategory.MINOR,
            BeneficiaryCategory.VULNERABLE);
    assertThat(cost.total()).isEqualTo(usd("3150.00"));
  }

  @Test
  void aVulnerableMinorGetsTheMinorsCapWhenItIsTheHigher() {
    UnitCosts generousToChildren =
        new UnitCosts(usd("0"), usd("0"), usd("400"), usd("700"), usd("550"));
    assertThat(generousToChildren.categoryOf(true, true)).isEqualTo(BeneficiaryCategory.MINOR);
    assertThat(ExpectedCost.of(household(member(true, true)), generousToChildren).reintegration())
        .isEqualTo(usd("700.00"));
  }

  @Test
  void aProjectForAnotherDestinationOrOtherGroupsSaysWhyItMayNotPay() {
    Project west = project(1, "WEST", Set.of("SEN", "MLI"), Set.of(), 12);
    Project children = project(2, "KIDS", Set.of(), Set.of(TargetGroup.MINORS), 12);

    assertThat(ProjectChoice.exclusion(west, "CMR", Set.of()))
        .isEqualTo("WEST pays for returns to MLI, SEN, not CMR");
    assertThat(ProjectChoice.exclusion(children, "CMR", Set.of(TargetGroup.VULNERABLE)))
        .isEqualTo("KIDS pays only for households with MINORS");
    assertThat(ProjectChoice.exclusion(children, "CMR", Set.of(TargetGroup.MINORS))).isNull();
  }

  @Test
  void moneyGivenForAGroupGoesToItFirstThenTheProjectThatEndsSoonest() {
    Household mother = household(member(false, false), member(true, false));
    Project late = project(1, "LATE", Set.of(), Set.of(), 24);
    Project soon = project(2, "SOON", Set.of(), Set.of(), 6);
    Project children = project(3, "KIDS", Set.of(), Set.of(TargetGroup.MINORS), 36);

    assertThat(choose(mother, late, soon, children).chosen().project().code()).isEqualTo("KIDS");
    assertThat(choose(mother, late, soon).chosen().project().code()).isEqualTo("SOON");
  }

  @Test
  void aProjectShortOfMoneyOrOfALinesBudgetCannotPayAndSaysByHowMuch() {
    Household single = household(member(false, false)); // 350 movement + 400 reintegration
    Project poor = project(1, "POOR", Set.of(), Set.of(), 12);
    Project tight = project(2, "TIGHT", Set.of(), Set.of(), 12);

    ProjectChoice.Outcome outcome =
        ProjectChoice.choose(
            single,
            List.of(
                new ProjectChoice.Candidate(poor, capacity("700", "9999", "9999"), null),
                new ProjectChoice.Candidate(tight, capacity("9999", "300", "9999"), null)),
            List.of());

    assertThat(outcome.chosen()).isNull();
    assertThat(outcome.considered())
        .extracting(o -> o.project().code() + " " + ReserveOnEligibility.shown(o.shortfall()))
        .containsExactly("POOR USD 50.00", "TIGHT USD 50.00");
    assertThat(outcome.closest()).isNotNull();
  }

  private static ProjectChoice.Outcome choose(Household household, Project... projects) {
    return ProjectChoice.choose(
        household,
        java.util.Arrays.stream(projects)
            .map(p -> new ProjectChoice.Candidate(p, capacity("9999", "9999", "9999"), null))
            .toList(),
        List.of());
  }

  private static Positions.Capacity capacity(String money, String movement, String reintegration) {
    Map<BudgetLine, MonetaryAmount> lines = new EnumMap<>(BudgetLine.class);
    lines.put(BudgetLine.MOVEMENT, usd(movement));
    lines.put(BudgetLine.REINTEGRATION, usd(reintegration));
    return new Positions.Capacity(usd(money), lines);
  }

  private static Project project(
      long id, String code, Set<String> destinations, Set<TargetGroup> groups, int months) {
    return new Project(
        new ProjectId(id),
        code,
        code,
        "MAR",
        usd("0").getCurrency(),
        LocalDate.of(2012, 1, 1),
        LocalDate.of(2012, 1, 1).plusMonths(months),
        List.of(),
        Map.of(),
        COSTS,
        new Eligibility(Set.of("MAR"), destinations, groups),
        0,
        1);
  }

  private static Household household(Household.Member... members) {
    return new Household(List.of(members));
  }

  private static Household.Member member(boolean minor, boolean vulnerable) {
    return new Household.Member(
        new PersonId(UUID.randomUUID()),
        minor,
        vulnerable,
        TargetGroup.of(
            minor, vulnerable ? Set.of(org.homeward.registry.Vulnerability.DISABILITY) : Set.of()));
  }

  private static MonetaryAmount usd(String amount) {
    return Money.of(new BigDecimal(amount), "USD");
  }
}
