package org.homeward.movement.planner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made problems for the rule tests: people, households and flights in one line each. */
final class Problems {

  static final LocalDate DAY = LocalDate.of(2026, 9, 10);
  static final LocalDate VALID = DAY.plusYears(1);

  static {
    // Timefold logs every solve at INFO
    PlanCommand.quietSolverLogs();
  }

  private Problems() {}

  static PlanFlight flight(String id, String destination, int daysAfter, int seats) {
    return new PlanFlight(id, destination, DAY.plusDays(daysAfter), seats);
  }

  static PlanMember adult(String id) {
    return new PlanMember(id, 30, false, false, false, VALID, VALID);
  }

  static PlanMember person(String id, int age) {
    return new PlanMember(id, age, false, false, false, VALID, VALID);
  }

  static PlanMember lapInfant(String id, int age) {
    return new PlanMember(id, age, true, false, false, VALID, VALID);
  }

  static PlanMember needingEscort(String id) {
    return new PlanMember(id, 70, false, true, false, VALID, VALID);
  }

  static PlanMember unaccompanied(String id) {
    return new PlanMember(id, 15, false, false, true, VALID, VALID);
  }

  static PlanMember documentUntil(String id, LocalDate until) {
    return new PlanMember(id, 30, false, false, false, until, VALID);
  }

  static PlanMember fitUntil(String id, LocalDate until) {
    return new PlanMember(id, 30, false, false, false, VALID, until);
  }

  static PlanHousehold household(
      String id, String destination, String value, PlanMember... members) {
    return new PlanHousehold(
        id, destination, new BigDecimal(value), DAY.minusDays(30), List.of(members));
  }

  /** A household of {@code people} adults. */
  static PlanHousehold adults(String id, String destination, String value, int people) {
    List<PlanMember> members = new ArrayList<>();
    for (int i = 1; i <= people; i++) {
      members.add(adult(id + "-" + i));
    }
    return household(id, destination, value, members.toArray(PlanMember[]::new));
  }

  static PlanningProblem problem(List<PlanFlight> flights, PlanHousehold... households) {
    return new PlanningProblem(flights, List.of(households));
  }
}
