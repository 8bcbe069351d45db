package org.homeward.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;
import org.junit.jupiter.api.Test;

class HouseholdVulnerabilitiesTest {

  static final LocalDate TODAY = LocalDate.of(2012, 6, 1);

  @Test
  void aChildAloneIsAnUnaccompaniedChild() {
    List<Person> derived =
        HouseholdVulnerabilities.derive(List.of(person(Relationship.PRINCIPAL, Sex.M, 15)), TODAY);
    assertThat(derived.getFirst().derivedVulnerabilities())
        .containsExactly(Vulnerability.UNACCOMPANIED_CHILD);
  }

  @Test
  void aChildWithAnAdultIsNotUnaccompanied() {
    List<Person> derived =
        HouseholdVulnerabilities.derive(
            List.of(
                person(Relationship.PRINCIPAL, Sex.M, 35), person(Relationship.CHILD, Sex.F, 15)),
            TODAY);
    assertThat(derived).allSatisfy(p -> assertThat(p.derivedVulnerabilities()).isEmpty());
  }

  @Test
  void aMotherAloneWithAnInfantIsASingleParent() {
    List<Person> derived =
        HouseholdVulnerabilities.derive(
            List.of(
                person(Relationship.PRINCIPAL, Sex.F, 25), person(Relationship.CHILD, Sex.M, 1)),
            TODAY);
    assertThat(derived.getFirst().derivedVulnerabilities())
        .containsExactly(Vulnerability.SINGLE_PARENT);
  }

  @Test
  void aMotherWithHerHusbandIsNotASingleParent() {
    List<Person> derived =
        HouseholdVulnerabilities.derive(
            List.of(
                person(Relationship.PRINCIPAL, Sex.F, 25),
                person(Relationship.SPOUSE, Sex.M, 30),
                person(Relationship.CHILD, Sex.M, 1)),
            TODAY);
    assertThat(derived).allSatisfy(p -> assertThat(p.derivedVulnerabilities()).isEmpty());
  }

  @Test
  void sixtyYearsOrMoreIsAnOlderPerson() {
    List<Person> derived =
        HouseholdVulnerabilities.derive(
            List.of(
                person(Relationship.PRINCIPAL, Sex.M, 60), person(Relationship.SPOUSE, Sex.F, 59)),
            TODAY);
    assertThat(derived.get(0).derivedVulnerabilities()).containsExactly(Vulnerability.OLDER_PERSON);
    assertThat(derived.get(1).derivedVulnerabilities()).isEmpty();
  }

  @Test
  void anUnknownDateOfBirthDerivesNothing() {
    Person unknown = person(Relationship.PRINCIPAL, Sex.M, 0);
    unknown =
        new Person(
            unknown.id(),
            unknown.relationship(),
            "Moussa",
            "Keïta",
            List.of(),
            Sex.M,
            null,
            false,
            "MLI",
            null,
            List.of(),
            null,
            null,
            List.of(),
            Set.of(),
            Set.of(),
            null,
            false);
    assertThat(
            HouseholdVulnerabilities.derive(List.of(unknown), TODAY)
                .getFirst()
                .derivedVulnerabilities())
        .isEmpty();
  }

  static Person person(Relationship relationship, Sex sex, int age) {
    return new Person(
        PersonId.random(),
        relationship,
        "Given",
        "Family",
        List.of(),
        sex,
        TODAY.minusYears(age).minusDays(1),
        false,
        "CMR",
        null,
        List.of(),
        null,
        null,
        List.of(),
        Set.of(),
        Set.of(),
        null,
        false);
  }
}
