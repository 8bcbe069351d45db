package org.homeward.organisation;

import java.util.List;
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

  /**
   * The same rule as {@link #covers} as a SQL condition over a table's columns that hold a record's
   * {@link Holding}, with its parameters in order; the one place a module turns a scope into SQL.
   *
   * @param mission the column of the holding mission's code
   * @param destination the column of the destination country
   * @param handedOver the boolean column that says the case was handed over to that country
   */
  public Condition condition(String mission, String destination, String handedOver) {
    if (everything) {
      return new Condition("TRUE", List.of());
    }
    return new Condition(
        "(%s = ANY (?) OR (%s AND %s = ANY (?)))".formatted(mission, handedOver, destination),
        List.of(holdingMissions.toArray(String[]::new), receivingCountries.toArray(String[]::new)));
  }

  /** A SQL condition and the values of its {@code ?} placeholders. */
  public record Condition(String sql, List<Object> params) {
    public Condition {
      params = List.copyOf(params);
    }
  }

  public boolean covers(Holding holding) {
    return everything
        || holdingMissions.contains(holding.missionCode())
        || (holding.handedOver() && receivingCountries.contains(holding.destinationCountry()));
  }
}
