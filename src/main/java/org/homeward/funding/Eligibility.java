package org.homeward.funding;

import java.util.Objects;
import java.util.Set;

/**
 * The cases a project may pay for, within its period: those held by one of {@code missions} (or a
 * sub-office of one), going to one of {@code destinations}, in a household with someone in one of
 * {@code targetGroups}. An empty set of destinations or of groups means any.
 *
 * @param destinations ISO 3166-1 alpha-3 country codes
 */
public record Eligibility(
    Set<String> missions, Set<String> destinations, Set<TargetGroup> targetGroups) {

  public Eligibility {
    missions = Set.copyOf(Objects.requireNonNull(missions, "missions"));
    destinations = Set.copyOf(Objects.requireNonNull(destinations, "destinations"));
    targetGroups = Set.copyOf(Objects.requireNonNull(targetGroups, "targetGroups"));
    if (missions.isEmpty()) {
      throw new IllegalArgumentException("a project pays for the cases of at least one mission");
    }
  }
}
