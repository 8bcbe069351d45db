package org.homeward.funding.reports;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.CountryCode;

/**
 * How many people a project assisted in a period, counted four ways. Nationality, sex and age group
 * each count every person once, so their totals agree; a person may have several vulnerabilities,
 * so {@code byVulnerability} counts a person once per category and {@code withAnyVulnerability}
 * counts the people with at least one.
 *
 * @param byNationality by ISO 3166-1 alpha-3 code (or a code for the stateless)
 */
public record PeopleAssisted(
    Map<String, Long> byNationality,
    Map<Sex, Long> bySex,
    Map<AgeGroup, Long> byAgeGroup,
    Map<Vulnerability, Long> byVulnerability,
    long withAnyVulnerability) {

  public PeopleAssisted {
    byNationality = counts(byNationality, "byNationality");
    bySex = counts(bySex, "bySex");
    byAgeGroup = counts(byAgeGroup, "byAgeGroup");
    byVulnerability = counts(byVulnerability, "byVulnerability");
    for (String code : byNationality.keySet()) {
      if (!CountryCode.isNationality(code)) {
        throw new IllegalArgumentException("not a nationality code: " + code);
      }
    }
    long total = sum(byNationality);
    if (sum(bySex) != total || sum(byAgeGroup) != total) {
      throw new IllegalArgumentException(
          "the counts by nationality ("
              + total
              + "), sex ("
              + sum(bySex)
              + ") and age group ("
              + sum(byAgeGroup)
              + ") must count the same people");
    }
    if (withAnyVulnerability < 0 || withAnyVulnerability > total) {
      throw new IllegalArgumentException(
          "people with a vulnerability must be between 0 and "
              + total
              + ": "
              + withAnyVulnerability);
    }
    for (Map.Entry<Vulnerability, Long> count : byVulnerability.entrySet()) {
      if (count.getValue() > withAnyVulnerability) {
        throw new IllegalArgumentException(
            count.getValue()
                + " people with "
                + count.getKey()
                + " but only "
                + withAnyVulnerability
                + " with any vulnerability");
      }
    }
    if (withAnyVulnerability > sum(byVulnerability)) {
      throw new IllegalArgumentException(
          withAnyVulnerability + " people with a vulnerability but none counted by category");
    }
  }

  /** Counts the people one by one. */
  public static PeopleAssisted of(Collection<AssistedPerson> people) {
    Map<String, Long> byNationality = new TreeMap<>();
    Map<Sex, Long> bySex = new EnumMap<>(Sex.class);
    Map<AgeGroup, Long> byAgeGroup = new EnumMap<>(AgeGroup.class);
    Map<Vulnerability, Long> byVulnerability = new EnumMap<>(Vulnerability.class);
    long vulnerable = 0;
    for (AssistedPerson person : people) {
      byNationality.merge(person.nationality(), 1L, Long::sum);
      bySex.merge(person.sex(), 1L, Long::sum);
      byAgeGroup.merge(person.ageGroup(), 1L, Long::sum);
      person.vulnerabilities().forEach(v -> byVulnerability.merge(v, 1L, Long::sum));
      vulnerable += person.vulnerabilities().isEmpty() ? 0 : 1;
    }
    return new PeopleAssisted(byNationality, bySex, byAgeGroup, byVulnerability, vulnerable);
  }

  /** Everyone assisted, each once. */
  public long total() {
    return sum(byNationality);
  }

  private static <K> Map<K, Long> counts(Map<K, Long> counts, String name) {
    Objects.requireNonNull(counts, name);
    for (Map.Entry<K, Long> count : counts.entrySet()) {
      Objects.requireNonNull(count.getKey(), name + " key");
      if (count.getValue() == null || count.getValue() < 0) {
        throw new IllegalArgumentException(name + " must count zero or more people: " + count);
      }
    }
    return Map.copyOf(counts);
  }

  private static long sum(Map<?, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
