package org.homeward.movement.planner;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.BendableScore;
import java.util.List;

/**
 * One group's households and flights for Timefold's local search, with the instance they come from
 * and the seats pinned households already take. The score is lexicographic: seats over capacity
 * (hard), then the value placed, the households moved from the previous plan and the delay.
 */
@PlanningSolution
public final class SearchSolution {

  @ProblemFactCollectionProperty private List<SearchFlight> flights;

  @PlanningEntityCollectionProperty private List<SearchHousehold> households;

  @PlanningScore(bendableHardLevelsSize = 1, bendableSoftLevelsSize = 3)
  private BendableScore score;

  private Instance instance;
  private int[] baseSeats;
  private int[] baseMinors;

  public SearchSolution() {}

  SearchSolution(
      List<SearchFlight> flights,
      List<SearchHousehold> households,
      Instance instance,
      int[] baseSeats,
      int[] baseMinors) {
    this.flights = flights;
    this.households = households;
    this.instance = instance;
    this.baseSeats = baseSeats;
    this.baseMinors = baseMinors;
  }

  public List<SearchFlight> getFlights() {
    return flights;
  }

  public List<SearchHousehold> getHouseholds() {
    return households;
  }

  public BendableScore getScore() {
    return score;
  }

  public void setScore(BendableScore score) {
    this.score = score;
  }

  Instance instance() {
    return instance;
  }

  int[] baseSeats() {
    return baseSeats;
  }

  int[] baseMinors() {
    return baseMinors;
  }
}
