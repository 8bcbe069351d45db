package org.homeward.funding.reports;

import java.util.Objects;
import java.util.Set;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.CountryCode;

/**
 * One person a project assisted, as a donor report counts them: no name, no case, only what is
 * tallied.
 *
 * @param nationality an ISO 3166-1 alpha-3 code, or one of the codes for the stateless ({@link
 *     CountryCode#STATELESS})
 */
public record AssistedPerson(
    String nationality, Sex sex, AgeGroup ageGroup, Set<Vulnerability> vulnerabilities) {

  public AssistedPerson {
    if (!CountryCode.isNationality(nationality)) {
      throw new IllegalArgumentException("not a nationality code: " + nationality);
    }
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(ageGroup, "ageGroup");
    vulnerabilities = Set.copyOf(vulnerabilities);
  }
}
