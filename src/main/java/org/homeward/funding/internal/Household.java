package org.homeward.funding.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.homeward.funding.TargetGroup;
import org.homeward.registry.Case;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.registry.Vulnerability;

/**
 * A household as funding sees it: for each member only whether they count as a minor or as
 * vulnerable for the caps, and the open target groups they belong to. Which vulnerability a person
 * has stays in the registry.
 */
record Household(List<Member> members) {

  /** One member: under 18 on the day, vulnerable in any way, and their open target groups. */
  record Member(PersonId personId, boolean minor, boolean vulnerable, Set<TargetGroup> groups) {
    Member {
      groups = groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
    }
  }

  Household {
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a household has at least one member");
    }
  }

  /** The household of {@code c} on {@code day}. */
  static Household of(Case c, LocalDate day) {
    return new Household(
        c.members().stream()
            .map(p -> {
              boolean minor = minor(p, day);
              Set<Vulnerability> vulnerabilities = p.allVulnerabilities();
              return new Member(
                  p.id(),
                  minor,
                  !vulnerabilities.isEmpty(),
                  TargetGroup.of(minor, vulnerabilities));
            })
            .toList());
  }

  /** Someone whose date of birth is unknown counts as an adult. */
  private static boolean minor(Person p, LocalDate day) {
    Integer age = p.ageOn(day);
    return age != null && age < 18;
  }

  int people() {
    return members.size();
  }

  Set<TargetGroup> groups() {
    EnumSet<TargetGroup> all = EnumSet.noneOf(TargetGroup.class);
    members.forEach(m -> all.addAll(m.groups()));
    return all;
  }
}
