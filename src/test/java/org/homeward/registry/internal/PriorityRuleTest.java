package org.homeward.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.registry.Priority;
import org.homeward.registry.PriorityLevel;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;
import org.junit.jupiter.api.Test;

class PriorityRuleTest {

  private final PriorityRule rule = new PriorityRule();

  @Test
  void anUnaccompaniedChildComesBeforeAPregnantWoman() {
    Priority child = rule.of(List.of(person(Vulnerability.UNACCOMPANIED_CHILD)));
    Priority pregnant = rule.of(List.of(person(Vulnerability.PREGNANT)));
    assertThat(child.score()).isGreaterThan(pregnant.score());
    assertThat(child.level()).isEqualTo(PriorityLevel.URGENT);
    assertThat(pregnant.level()).isEqualTo(PriorityLevel.HIGH);
  }

  @Test
  void furtherNeedsBreakTiesWithoutOutweighingTheMostSerious() {
    Priority pregnantAndIll =
        rule.of(List.of(person(Vulnerability.PREGNANT), person(Vulnerability.DISABILITY)));
    Priority pregnant = rule.of(List.of(person(Vulnerability.PREGNANT)));
    Priority child = rule.of(List.of(person(Vulnerability.UNACCOMPANIED_CHILD)));
    assertThat(pregnantAndIll.score()).isGreaterThan(pregnant.score()).isLessThan(child.score());
  }

  @Test
  void aHouseholdWithoutVulnerabilitiesHasStandardPriority() {
    assertThat(rule.of(List.of(person()))).isEqualTo(Priority.NONE);
  }

  @Test
  void weightsAreConfigurable() {
    rule.getWeights().put(Vulnerability.OLDER_PERSON, 95);
    assertThat(rule.of(List.of(person(Vulnerability.OLDER_PERSON))))
        .isEqualTo(new Priority(95, PriorityLevel.URGENT));
  }

  private static Person person(Vulnerability... vulnerabilities) {
    return new Person(
        PersonId.random(),
        Relationship.PRINCIPAL,
        "Awa",
        "Sow",
        List.of(),
        Sex.F,
        null,
        false,
        "SEN",
        null,
        List.of(),
        null,
        null,
        List.of(),
        Set.of(vulnerabilities),
        Set.of(),
        null,
        false);
  }
}
