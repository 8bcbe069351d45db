package org.homeward.movement.planner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A planning problem compiled to arrays for the searches: flights and households by index, each
 * household's seats, minors, value as an exact integer (in units of the smallest decimal used), the
 * flights it may take alone in date order, and the independent groups (one per destination) the
 * planner solves apart.
 */
final class Instance {

  /** Most decimals a value may have: values are planned exactly as integers of this scale. */
  static final int MAX_VALUE_DECIMALS = 9;

  final PlanningProblem problem;
  final int flightCount;
  final int householdCount;
  final long[] day;
  final int[] capacity;
  final SeatNeed[] need;
  final int[] seats;
  final int[] minors;
  final long[] value;
  final int scale;
  final int[][] feasible;
  final int[] earliest;
  final int[] pinned;
  final int[] previous;
  final List<Group> groups;
  final Map<String, Integer> flightIndex;
  final Map<String, Integer> householdIndex;

  /**
   * Households that go to the same flights: one destination's flights in date order, its households
   * that may take at least one of them and are not pinned.
   */
  record Group(String destination, int[] flights, int[] households) {}

  private Instance(PlanningProblem problem) {
    this.problem = problem;
    List<PlanFlight> flights = problem.flights();
    List<PlanHousehold> households = problem.households();
    flightCount = flights.size();
    householdCount = households.size();
    flightIndex = new HashMap<>();
    householdIndex = new HashMap<>();
    day = new long[flightCount];
    capacity = new int[flightCount];
    for (int f = 0; f < flightCount; f++) {
      flightIndex.put(flights.get(f).id(), f);
      day[f] = flights.get(f).date().toEpochDay();
      capacity[f] = flights.get(f).seats();
    }
    Integer[] byDate = new Integer[flightCount];
    Arrays.setAll(byDate, f -> f);
    Arrays.sort(byDate, Comparator.<Integer>comparingLong(f -> day[f]).thenComparing(f -> f));
    scale = valueScale(households);
    need = new SeatNeed[householdCount];
    seats = new int[householdCount];
    minors = new int[householdCount];
    value = new long[householdCount];
    feasible = new int[householdCount][];
    earliest = new int[householdCount];
    pinned = new int[householdCount];
    previous = new int[householdCount];
    for (int h = 0; h < householdCount; h++) {
      PlanHousehold household = households.get(h);
      householdIndex.put(household.id(), h);
      need[h] = SeatNeed.of(household);
      seats[h] = need[h].seats();
      minors[h] = need[h].unaccompaniedMinors();
      value[h] = household.value().movePointRight(scale).longValueExact();
      List<Integer> allowed = new ArrayList<>();
      for (int f : byDate) {
        if (FlightRule.firstRefusal(household, need[h], flights.get(f)).isEmpty()) {
          allowed.add(f);
        }
      }
      feasible[h] = allowed.stream().mapToInt(Integer::intValue).toArray();
      earliest[h] = feasible[h].length == 0 ? -1 : feasible[h][0];
    }
    for (int h = 0; h < householdCount; h++) {
      String id = households.get(h).id();
      pinned[h] = flightIndex.getOrDefault(problem.pinned().get(id), -1);
      String before = problem.previous().get(id);
      previous[h] = before == null ? -1 : flightIndex.getOrDefault(before, -1);
    }
    Map<String, List<Integer>> flightsOf = new LinkedHashMap<>();
    for (int f : byDate) {
      flightsOf.computeIfAbsent(flights.get(f).destination(), d -> new ArrayList<>()).add(f);
    }
    Map<String, List<Integer>> householdsOf = new HashMap<>();
    for (int h = 0; h < householdCount; h++) {
      if (feasible[h].length > 0 && pinned[h] < 0) {
        householdsOf
            .computeIfAbsent(households.get(h).destination(), d -> new ArrayList<>())
            .add(h);
      }
    }
    List<Group> found = new ArrayList<>();
    flightsOf.forEach((destination, its) ->
        found.add(
            new Group(
                destination,
                its.stream().mapToInt(Integer::intValue).toArray(),
                householdsOf.getOrDefault(destination, List.of()).stream()
                    .mapToInt(Integer::intValue)
                    .toArray())));
    groups = List.copyOf(found);
  }

  /** The problem compiled; refused with every problem found when it is not a valid one. */
  static Instance of(PlanningProblem problem) {
    List<ScenarioProblem> problems = check(problem);
    if (!problems.isEmpty()) {
      throw new InvalidProblemException(problems);
    }
    return new Instance(problem);
  }

  long delay(int h, int f) {
    return value[h] * (day[f] - day[earliest[h]]);
  }

  boolean moved(int h, int f) {
    return previous[h] >= 0 && previous[h] != f;
  }

  BigDecimal decimal(long units) {
    return BigDecimal.valueOf(units, scale);
  }

  PlanHousehold household(int h) {
    return problem.households().get(h);
  }

  PlanFlight flight(int f) {
    return problem.flights().get(f);
  }

  private static int valueScale(List<PlanHousehold> households) {
    int scale = 0;
    for (PlanHousehold household : households) {
      scale = Math.max(scale, household.value().stripTrailingZeros().scale());
    }
    return scale;
  }

  /** Every reason the problem cannot be planned; empty when it can. */
  static List<ScenarioProblem> check(PlanningProblem problem) {
    List<ScenarioProblem> problems = new ArrayList<>();
    Map<String, PlanFlight> flights = new HashMap<>();
    for (int i = 0; i < problem.flights().size(); i++) {
      PlanFlight flight = problem.flights().get(i);
      if (flights.putIfAbsent(flight.id(), flight) != null) {
        problems.add(
            new ScenarioProblem(
                "flight " + flight.id(), "flights[" + i + "].id", "a second flight with this id"));
      }
    }
    Map<String, PlanHousehold> households = new HashMap<>();
    Map<String, String> memberOf = new HashMap<>();
    long maxDays = 0;
    if (!problem.flights().isEmpty()) {
      long first = problem.flights().stream().mapToLong(f -> f.date().toEpochDay()).min().orElse(0);
      long last = problem.flights().stream().mapToLong(f -> f.date().toEpochDay()).max().orElse(0);
      maxDays = last - first;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < problem.households().size(); i++) {
      PlanHousehold household = problem.households().get(i);
      String subject = "household " + household.id();
      if (households.putIfAbsent(household.id(), household) != null) {
        problems.add(
            new ScenarioProblem(
                subject, "households[" + i + "].id", "a second household with this id"));
      }
      for (int m = 0; m < household.members().size(); m++) {
        String member = household.members().get(m).id();
        String other = memberOf.putIfAbsent(member, household.id());
        if (other != null) {
          problems.add(
              new ScenarioProblem(
                  subject,
                  "households[" + i + "].members[" + m + "].id",
                  other.equals(household.id())
                      ? member + " is listed twice"
                      : member + " is also a member of household " + other));
        }
      }
      if (household.value().stripTrailingZeros().scale() > MAX_VALUE_DECIMALS) {
        problems.add(
            new ScenarioProblem(
                subject,
                "households[" + i + "].value",
                "at most "
                    + MAX_VALUE_DECIMALS
                    + " decimals: "
                    + household.value().toPlainString()));
      }
      total = total.add(household.value());
    }
    if (problems.isEmpty()) {
      // delays are value × days in exact integers: they must fit in 63 bits, with room to add
      int scale = valueScale(problem.households());
      BigDecimal limit =
          BigDecimal.valueOf(Long.MAX_VALUE / 8 / (maxDays + 1)).movePointLeft(scale);
      if (total.compareTo(limit) > 0) {
        problems.add(
            new ScenarioProblem(
                "",
                "households[].value",
                "the values add up to "
                    + total.toPlainString()
                    + ", too much to plan exactly over "
                    + maxDays
                    + " days with "
                    + scale
                    + " decimals; at most "
                    + limit.toPlainString()));
      }
    }
    checkPins(problem, flights, households, problems);
    return problems;
  }

  private static void checkPins(
      PlanningProblem problem,
      Map<String, PlanFlight> flights,
      Map<String, PlanHousehold> households,
      List<ScenarioProblem> problems) {
    Map<String, int[]> load = new LinkedHashMap<>();
    problem.pinned().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(pin -> {
          String subject = "household " + pin.getKey();
          String field = "pinned[" + pin.getKey() + "]";
          PlanHousehold household = households.get(pin.getKey());
          PlanFlight flight = flights.get(pin.getValue());
          if (household == null) {
            problems.add(new ScenarioProblem(subject, field, "no such household"));
            return;
          }
          if (flight == null) {
            problems.add(new ScenarioProblem(subject, field, "no such flight: " + pin.getValue()));
            return;
          }
          SeatNeed need = SeatNeed.of(household);
          FlightRule.firstRefusal(household, need, flight)
              .ifPresent(refusal ->
                  problems.add(
                      new ScenarioProblem(
                          subject,
                          field,
                          "cannot be pinned on flight " + flight.id() + ": " + refusal)));
          int[] seatsAndMinors = load.computeIfAbsent(flight.id(), f -> new int[2]);
          seatsAndMinors[0] += need.seats();
          seatsAndMinors[1] += need.unaccompaniedMinors();
        });
    load.forEach((id, seatsAndMinors) -> {
      int taken = seatsAndMinors[0] + SeatNeed.escortSeatsForMinors(seatsAndMinors[1]);
      if (taken > flights.get(id).seats()) {
        problems.add(
            new ScenarioProblem(
                "flight " + id,
                "pinned",
                "the households pinned on it need "
                    + taken
                    + " seats with their escorts, it has "
                    + flights.get(id).seats()));
      }
    });
  }
}
