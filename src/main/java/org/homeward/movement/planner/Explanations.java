package org.homeward.movement.planner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why each household left out is left out, in words a movement officer can check: which rule keeps
 * it off which flight, or, for a flight it could take, that its seats went to households of more
 * value. The second is proven, not assumed: taking it aboard would mean taking off households (not
 * pinned) worth at least as much as it is, the least such loss found by an exact search.
 */
final class Explanations {

  /** How the plan was made, which decides what is true of the seats that went to others. */
  enum Basis {
    /** Every household placed before one left out is worth at least as much. */
    GREEDY_ORDER,
    /** No household left out could be put in the place of others worth less. */
    CHEAPEST_EJECTION
  }

  private Explanations() {}

  static FlightPlan plan(Layout layout, Basis basis) {
    Instance in = layout.in;
    List<FlightPlan.Assignment> assignments = new ArrayList<>();
    List<FlightPlan.Unassigned> unassigned = new ArrayList<>();
    Ejection ejection = new Ejection();
    int[] byDate = flightsByDate(in);
    for (int h = 0; h < in.householdCount; h++) {
      String id = in.household(h).id();
      int f = layout.flightOf[h];
      if (f != Layout.NONE) {
        assignments.add(new FlightPlan.Assignment(id, in.flight(f).id()));
      } else {
        unassigned.add(new FlightPlan.Unassigned(id, reason(layout, h, basis, ejection, byDate)));
      }
    }
    return new FlightPlan(
        assignments, unassigned, in.decimal(layout.value), in.decimal(layout.delay));
  }

  static String reason(Layout layout, int h, Basis basis, Ejection ejection, int[] byDate) {
    Instance in = layout.in;
    PlanHousehold household = in.household(h);
    Map<String, List<String>> refusals = new LinkedHashMap<>();
    List<String> full = new ArrayList<>();
    for (int f : byDate) {
      PlanFlight flight = in.flight(f);
      if (!flight.destination().equals(household.destination())) {
        continue;
      }
      var refusal = FlightRule.firstRefusal(household, in.need[h], flight);
      if (refusal.isPresent()) {
        refusals.computeIfAbsent(refusal.get(), r -> new ArrayList<>()).add(name(flight));
        continue;
      }
      full.add(fullFlight(layout, h, f, basis, ejection));
    }
    StringBuilder text = new StringBuilder();
    if (full.isEmpty() && refusals.isEmpty()) {
      return "no flight goes to " + household.destination();
    }
    if (!full.isEmpty()) {
      text.append("the seats went to households of more value: ").append(String.join("; ", full));
    }
    if (!refusals.isEmpty()) {
      if (!text.isEmpty()) {
        text.append(". Other flights are ruled out: ");
      } else {
        text.append("no flight it may take: ");
      }
      List<String> parts = new ArrayList<>();
      refusals.forEach((refusal, flights) ->
          parts.add(
              (flights.size() == 1 ? "flight " : "flights ")
                  + String.join(", ", flights)
                  + ": "
                  + refusal));
      text.append(String.join("; ", parts));
    }
    return text.toString();
  }

  private static String fullFlight(Layout layout, int h, int f, Basis basis, Ejection ejection) {
    Instance in = layout.in;
    String start =
        "flight "
            + name(in.flight(f))
            + " has "
            + Math.max(0, layout.free(f))
            + " seats free, it needs "
            + layout.extraSeats(h, f);
    BigDecimal own = in.decimal(in.value[h]);
    if (layout.fits(h, f)) {
      // only the greedy plan leaves such a household out: it came after the seats were gone
      return start + " (it did not when its turn came)";
    }
    if (basis == Basis.GREEDY_ORDER) {
      boolean pinnedAboard = false;
      for (int i = 0; i < layout.aboardCount[f]; i++) {
        pinnedAboard |= layout.isPinned(layout.aboard[f][i]);
      }
      return start
          + (pinnedAboard ? ", taken by pinned households and by" : ", taken by")
          + " households placed before it, each worth at least its "
          + plain(own);
    }
    long loss = ejection.cheapest(layout, h, f, null);
    if (loss == Ejection.IMPOSSIBLE) {
      return start + ", the others are held by pinned households";
    }
    return start
        + "; making room would take off households worth "
        + plain(in.decimal(loss))
        + (loss == in.value[h] ? ", as much as its " : ", more than its ")
        + plain(own);
  }

  /** A value as a person writes it: 7, not 7.00. */
  static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  static String name(PlanFlight flight) {
    return flight.id() + " (" + flight.date() + ")";
  }

  static int[] flightsByDate(Instance in) {
    return java.util.stream.IntStream.range(0, in.flightCount)
        .boxed()
        .sorted(java.util.Comparator.<Integer>comparingLong(f -> in.day[f]).thenComparing(f -> f))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
