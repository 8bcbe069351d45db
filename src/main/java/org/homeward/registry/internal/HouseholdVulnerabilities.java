package org.homeward.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.homeward.registry.Person;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;

/**
 * Vulnerabilities the household itself shows, so that no one depends on a caseworker remembering to
 * tick the box:
 *
 * <ul>
 *   <li>a child (under 18) in a household with no adult is an unaccompanied child;
 *   <li>a person aged 60 or more is an older person;
 *   <li>a woman who is the principal applicant, with a child under 5 and no spouse in the
 *       household, is a single parent.
 * </ul>
 *
 * Ages are counted on {@code today}; an unknown date of birth derives nothing.
 */
public final class HouseholdVulnerabilities {

  static final int ADULT_AGE = 18;
  static final int OLDER_AGE = 60;
  static final int YOUNG_CHILD_AGE = 5;

  private HouseholdVulnerabilities() {}

  public static List<Person> derive(List<Person> members, LocalDate today) {
    boolean anyAdult = members.stream().anyMatch(p -> isAdult(p, today));
    boolean youngChild =
        members.stream()
            .anyMatch(p ->
                p.relationship() == Relationship.CHILD
                    && p.ageOn(today) != null
                    && p.ageOn(today) < YOUNG_CHILD_AGE);
    boolean spouse = members.stream().anyMatch(p -> p.relationship() == Relationship.SPOUSE);
    List<Person> derived = new ArrayList<>(members.size());
    for (Person person : members) {
      EnumSet<Vulnerability> shown = EnumSet.noneOf(Vulnerability.class);
      Integer age = person.ageOn(today);
      if (age != null && age < ADULT_AGE && !anyAdult) {
        shown.add(Vulnerability.UNACCOMPANIED_CHILD);
      }
      if (age != null && age >= OLDER_AGE) {
        shown.add(Vulnerability.OLDER_PERSON);
      }
      if (person.relationship() == Relationship.PRINCIPAL
          && person.sex() == Sex.F
          && youngChild
          && !spouse) {
        shown.add(Vulnerability.SINGLE_PARENT);
      }
      shown.removeAll(person.vulnerabilities());
      derived.add(withDerived(person, shown));
    }
    return derived;
  }

  private static boolean isAdult(Person person, LocalDate today) {
    Integer age = person.ageOn(today);
    // without a date of birth a principal applicant is taken to be an adult, any other member not
    return age == null ? person.relationship() == Relationship.PRINCIPAL : age >= ADULT_AGE;
  }

  private static Person withDerived(Person p, EnumSet<Vulnerability> derived) {
    return new Person(
        p.id(),
        p.relationship(),
        p.givenName(),
        p.familyName(),
        p.otherNames(),
        p.sex(),
        p.dateOfBirth(),
        p.dobEstimated(),
        p.nationality(),
        p.placeOfBirth(),
        p.languages(),
        p.phone(),
        p.currentCity(),
        p.documents(),
        p.vulnerabilities(),
        derived,
        p.vulnerabilityNotes(),
        p.sensitiveWithheld());
  }
}
