package org.homeward.movement.planner;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * A household as Timefold's local search sees it: its flight, or none, among the flights it may
 * take alone (the other hard rules are settled before the search starts).
 */
@PlanningEntity
public final class SearchHousehold {

  @PlanningId private int index;

  private List<SearchFlight> feasible;

  @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "feasibleFlights")
  private SearchFlight flight;

  public SearchHousehold() {}

  SearchHousehold(int index, List<SearchFlight> feasible, SearchFlight flight) {
    this.index = index;
    this.feasible = feasible;
    this.flight = flight;
  }

  public int getIndex() {
    return index;
  }

  @ValueRangeProvider(id = "feasibleFlights")
  public List<SearchFlight> getFeasible() {
    return feasible;
  }

  public SearchFlight getFlight() {
    return flight;
  }

  public void setFlight(SearchFlight flight) {
    this.flight = flight;
  }

  @Override
  public String toString() {
    return "household#" + index;
  }
}
