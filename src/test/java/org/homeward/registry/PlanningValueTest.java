package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.homeward.registry.internal.PriorityRule;
import org.junit.jupiter.api.Test;

/**
 * A household's value to the flight planner, as the registry computes it: its priority's weight (1
 * + score / 10, exactly) × its number of people.
 */
class PlanningValueTest {

  final PriorityRule rule = new PriorityRule();

  @Test
  void aStandardHouseholdWeighsOneAndAnUnaccompaniedChildsTen() {
    assertThat(Priority.NONE.weight()).isEqualByComparingTo("1");
    assertThat(rule.of(List.of(person(Set.of(Vulnerability.UNACCOMPANIED_CHILD)))).weight())
        .isEqualByComparingTo("10");
    assertThat(new Priority(80, PriorityLevel.URGENT).weight()).isEqualByComparingTo("9");
  }

  @Test
  void weightsAreExactDecimalsNeverBinaryFractions() {
    BigDecimal weight = new Priority(85, PriorityLevel.URGENT).weight();

    assertThat(weight).isEqualTo(new BigDecimal("9.5"));
    assertThat(new Priority(7, PriorityLevel.MEDIUM).weight()).isEqualTo(new BigDecimal("1.7"));
  }

  @Test
  void aHouseholdIsWorthItsWeightTimesItsPeople() {
    List<Person> family =
        List.of(
            person(Set.of(Vulnerability.SINGLE_PARENT)),
            person(Set.of()),
            person(Set.of()),
            person(Set.of(Vulnerability.DISABILITY)));
    Priority priority = rule.of(family);

    // the heaviest weight (single parent, 60) plus a tenth of the other (disability, 50): 65
    assertThat(priority.score()).isEqualTo(65);
    assertThat(household(family, priority).planningValue()).isEqualTo(new BigDecimal("30.0"));
    assertThat(
            household(List.of(person(Set.of()), person(Set.of())), Priority.NONE).planningValue())
        .isEqualByComparingTo("2");
  }

  static Person person(Set<Vulnerability> vulnerabilities) {
    return new Person(
        PersonId.random(),
        Relationship.PRINCIPAL,
        "Awa",
        "Diallo",
        List.of(),
        Sex.F,
        LocalDate.of(1990, 3, 1),
        false,
        "CMR",
        null,
        List.of(),
        null,
        null,
        List.of(),
        vulnerabilities,
        Set.of(),
        null,
        false);
  }

  static Case household(List<Person> members, Priority priority) {
    return Case.registered(
        CaseId.random(),
        "MAR-2026-000001",
        "MAR",
        "CMR",
        "Douala",
        "Rabat",
        LocalDate.of(2026, 1, 5),
        members,
        null,
        priority,
        "caseworker.mar",
        Instant.parse("2026-01-05T09:00:00Z"));
  }
}
