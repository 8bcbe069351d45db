package org.homeward.movement.planner;

import ai.timefold.solver.core.api.domain.common.PlanningId;

/** A flight as Timefold's local search sees it: a value of the households' planning variable. */
public final class SearchFlight {

  @PlanningId private int index;

  public SearchFlight() {}

  SearchFlight(int index) {
    this.index = index;
  }

  public int getIndex() {
    return index;
  }

  @Override
  public String toString() {
    return "flight#" + index;
  }
}
