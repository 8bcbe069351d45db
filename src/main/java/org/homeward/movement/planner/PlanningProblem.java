package org.homeward.movement.planner;

import java.util.List;
import java.util.Map;

/**
 * What the planner is asked: fill these flights with these households.
 *
 * @param pinned household id → flight id placed by hand; kept as they are (each must keep the hard
 *     rules: see {@link Planner#check})
 * @param previous household id → flight id of the plan before a change (a no-show, a cancelled
 *     flight, a new household): the new plan moves as few of these as it can. Entries naming a
 *     household or flight no longer in the problem are the change itself and are ignored.
 */
public record PlanningProblem(
    List<PlanFlight> flights,
    List<PlanHousehold> households,
    Map<String, String> pinned,
    Map<String, String> previous) {

  public PlanningProblem {
    flights = List.copyOf(flights);
    households = List.copyOf(households);
    pinned = Map.copyOf(pinned);
    previous = Map.copyOf(previous);
  }

  public PlanningProblem(List<PlanFlight> flights, List<PlanHousehold> households) {
    this(flights, households, Map.of(), Map.of());
  }

  public PlanningProblem withPinned(Map<String, String> pinned) {
    return new PlanningProblem(flights, households, pinned, previous);
  }

  public PlanningProblem withPrevious(Map<String, String> previous) {
    return new PlanningProblem(flights, households, pinned, previous);
  }
}
