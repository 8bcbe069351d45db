package org.homeward.movement.planner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The proven best plan of a tiny problem by trying every assignment, written independently of the
 * planner from the rules as the issue states them: the test oracle for optimality.
 */
final class BruteForce {

  /** The best objective: value, then moves from the previous plan, then delay. */
  record Best(BigDecimal value, int moves, BigDecimal delay, Map<String, String> assignment) {}

  private BruteForce() {}

  static Best solve(PlanningProblem problem) {
    List<PlanHousehold> households = problem.households();
    List<PlanFlight> flights = problem.flights();
    int n = households.size();
    List<List<PlanFlight>> options = new ArrayList<>();
    Map<String, LocalDate> earliest = new HashMap<>();
    for (PlanHousehold household : households) {
      List<PlanFlight> allowed = new ArrayList<>();
      for (PlanFlight flight : flights) {
        if (allowedAlone(household, flight)) {
          allowed.add(flight);
        }
      }
      allowed.stream()
          .map(PlanFlight::date)
          .min(LocalDate::compareTo)
          .ifPresent(date -> earliest.put(household.id(), date));
      String pin = problem.pinned().get(household.id());
      if (pin != null) {
        allowed.removeIf(f -> !f.id().equals(pin));
        options.add(allowed);
      } else {
        List<PlanFlight> withNone = new ArrayList<>(allowed);
        withNone.add(null);
        options.add(withNone);
      }
    }
    int[] choice = new int[n];
    Best best = null;
    while (true) {
      Map<String, String> assignment = new HashMap<>();
      for (int i = 0; i < n; i++) {
        PlanFlight flight = options.get(i).get(choice[i]);
        if (flight != null) {
          assignment.put(households.get(i).id(), flight.id());
        }
      }
      if (withinCapacity(problem, assignment)) {
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal delay = BigDecimal.ZERO;
        int moves = 0;
        for (PlanHousehold household : households) {
          String flight = assignment.get(household.id());
          if (flight != null) {
            value = value.add(household.value());
            LocalDate date = flight(problem, flight).date();
            long days = date.toEpochDay() - earliest.get(household.id()).toEpochDay();
            delay = delay.add(household.value().multiply(BigDecimal.valueOf(days)));
          }
          String before = problem.previous().get(household.id());
          if (before != null
              && problem.flights().stream().anyMatch(f -> f.id().equals(before))
              && !before.equals(flight)) {
            moves++;
          }
        }
        if (best == null || better(value, moves, delay, best)) {
          best = new Best(value, moves, delay, assignment);
        }
      }
      int i = 0;
      while (i < n && ++choice[i] == options.get(i).size()) {
        choice[i] = 0;
        i++;
      }
      if (i == n) {
        return best;
      }
    }
  }

  private static boolean better(BigDecimal value, int moves, BigDecimal delay, Best best) {
    int byValue = value.compareTo(best.value());
    if (byValue != 0) {
      return byValue > 0;
    }
    if (moves != best.moves()) {
      return moves < best.moves();
    }
    return delay.compareTo(best.delay()) < 0;
  }

  static PlanFlight flight(PlanningProblem problem, String id) {
    return problem.flights().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  /** The rules of one household alone on one flight, as the issue states them. */
  static boolean allowedAlone(PlanHousehold household, PlanFlight flight) {
    if (!household.destination().equals(flight.destination())) {
      return false;
    }
    for (PlanMember member : household.members()) {
      if (member.travelDocValidUntil() == null
          || member.travelDocValidUntil().isBefore(flight.date())
          || member.fitValidUntil() == null
          || member.fitValidUntil().isBefore(flight.date())) {
        return false;
      }
    }
    return seats(List.of(household)) <= flight.seats();
  }

  /** Seats of some households on one flight: people not on a lap, medical and minors' escorts. */
  static int seats(List<PlanHousehold> aboard) {
    int seats = 0;
    int minors = 0;
    for (PlanHousehold household : aboard) {
      int adults = 0;
      int infants = 0;
      for (PlanMember member : household.members()) {
        seats++;
        if (member.ageYears() >= 16) {
          adults++;
        }
        if (member.lapInfant() && member.ageYears() < 2) {
          infants++;
        }
        if (member.medicalEscort()) {
          seats++;
        }
        if (member.unaccompaniedMinor()) {
          minors++;
        }
      }
      seats -= Math.min(adults, infants);
    }
    return seats + (minors + 4) / 5;
  }

  static boolean withinCapacity(PlanningProblem problem, Map<String, String> assignment) {
    for (PlanFlight flight : problem.flights()) {
      List<PlanHousehold> aboard =
          problem.households().stream()
              .filter(h -> flight.id().equals(assignment.get(h.id())))
              .toList();
      if (seats(aboard) > flight.seats()) {
        return false;
      }
    }
    return true;
  }

  /** A small random problem: a few flights of a few seats, households of 1 to 4 with any flags. */
  static PlanningProblem random(Random random, int households, int flights) {
    LocalDate start = LocalDate.of(2026, 9, 1);
    List<String> destinations = random.nextBoolean() ? List.of("CMR") : List.of("CMR", "SEN");
    List<PlanFlight> planned = new ArrayList<>();
    for (int f = 0; f < flights; f++) {
      planned.add(
          new PlanFlight(
              "F" + f,
              destinations.get(f % destinations.size()),
              start.plusDays(random.nextInt(12)),
              2 + random.nextInt(8)));
    }
    List<PlanHousehold> ready = new ArrayList<>();
    for (int h = 0; h < households; h++) {
      int size = 1 + random.nextInt(random.nextInt(4) + 1);
      List<PlanMember> members = new ArrayList<>();
      for (int m = 0; m < size; m++) {
        int age = random.nextDouble() < 0.25 ? random.nextInt(3) : random.nextInt(60);
        members.add(
            new PlanMember(
                "H" + h + "-" + m,
                age,
                age < 3 && random.nextDouble() < 0.8,
                random.nextDouble() < 0.1,
                age < 18 && random.nextDouble() < 0.3,
                date(random, start),
                date(random, start)));
      }
      ready.add(
          new PlanHousehold(
              "H" + h,
              destinations.get(random.nextInt(destinations.size())),
              BigDecimal.valueOf(1 + random.nextInt(300), 1),
              start.minusDays(random.nextInt(30)),
              members));
    }
    return new PlanningProblem(planned, ready);
  }

  private static LocalDate date(Random random, LocalDate start) {
    double r = random.nextDouble();
    if (r < 0.05) {
      return null;
    }
    return r < 0.3 ? start.plusDays(random.nextInt(14)) : start.plusDays(400);
  }
}
