package org.homeward.organisation;

import java.util.Set;

/**
 * The cases an actor may open: those held by {@code holdingMissions}, and those handed over for
 * reintegration to a mission in one of {@code receivingCountries}. {@code everything} is the
 * system's own view (scheduled jobs).
 */
public record CaseScope(
    boolean everything, Set<String> holdingMissions, Set<String> receivingCountries) {

  public static final CaseScope NOTHING = new CaseScope(false, Set.of(), Set.of());
  public static final CaseScope EVERYTHING = new CaseScope(true, Set.of(), Set.of());

  public CaseScope {
    holdingMissions = Set.copyOf(holdingMissions);
    receivingCountries = Set.copyOf(receivingCountries);
  }

  public boolean isEmpty() {
    return !everything && holdingMissions.isEmpty() && receivingCountries.isEmpty();
  }

  public boolean covers(Holding holding) {
    return everything
        || holdingMissions.contains(holding.missionCode())
        || (holding.handedOver() && receivingCountries.contains(holding.destinationCountry()));
  }
}
