package org.homeward.reporting.dashboard.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.homeward.registry.CaseFigures.CaseFacts;
import org.homeward.registry.CaseFigures.Member;
import org.homeward.registry.CaseStatus;
import org.homeward.reporting.dashboard.Stage;

/**
 * What one case counts for on the dashboards, as stored beside the counts: no name, no number, no
 * date of birth (an age band at registration). Its {@link #cells()} are the counts it adds; a
 * change of the case takes back those of its old version and adds those of the new.
 */
record CountedCase(
    String missionCode,
    String destinationCountry,
    boolean handedOver,
    Long projectId,
    String nationality,
    LocalDate registeredMonth,
    List<CountedMember> members,
    Map<Stage, LocalDate> stages) {

  /** A member: sex (F, M, X or U for unknown), age band, nationality, vulnerabilities. */
  record CountedMember(
      String sex, String ageBand, String nationality, Set<String> vulnerabilities) {}

  /** The age bands of the pyramid, youngest first. */
  static final List<String> AGE_BANDS =
      List.of("0-4", "5-11", "12-17", "18-24", "25-59", "60+", "unknown");

  CountedCase {
    members = List.copyOf(members);
    stages = Map.copyOf(stages);
  }

  static CountedCase of(CaseFacts facts, Long projectId) {
    List<CountedMember> members = new ArrayList<>();
    for (Member m : facts.members()) {
      TreeSet<String> vulnerabilities = new TreeSet<>();
      m.vulnerabilities().forEach(v -> vulnerabilities.add(v.name()));
      members.add(
          new CountedMember(
              m.sex() == null ? "U" : m.sex().name(),
              ageBand(m.dateOfBirth(), facts.registrationDate()),
              m.nationality(),
              vulnerabilities));
    }
    Map<CaseStatus, LocalDate> reached = facts.reached();
    Map<Stage, LocalDate> stages = new EnumMap<>(Stage.class);
    stages.put(Stage.REGISTERED, month(facts.registrationDate()));
    put(stages, Stage.ELIGIBLE, reached.get(CaseStatus.ELIGIBLE));
    put(stages, Stage.DEPARTED, reached.get(CaseStatus.DEPARTED));
    put(stages, Stage.PLAN_APPROVED, reached.get(CaseStatus.IN_REINTEGRATION));
    if (reached.containsKey(CaseStatus.IN_REINTEGRATION)) {
      put(stages, Stage.ASSISTED, reached.get(CaseStatus.CLOSED));
    }
    put(stages, Stage.CLOSED, reached.get(CaseStatus.CLOSED));
    if (facts.status() == CaseStatus.BOOKED) {
      put(stages, Stage.BOOKED, reached.get(CaseStatus.BOOKED));
    }
    put(stages, Stage.WITHDRAWN, reached.get(CaseStatus.WITHDRAWN));
    put(stages, Stage.NO_SHOW, reached.get(CaseStatus.NO_SHOW));
    put(stages, Stage.REFERRED, reached.get(CaseStatus.REFERRED));
    put(stages, Stage.INELIGIBLE, reached.get(CaseStatus.INELIGIBLE));
    String nationality =
        members.isEmpty() ? facts.holding().destinationCountry() : members.getFirst().nationality();
    return new CountedCase(
        facts.holding().missionCode(),
        facts.holding().destinationCountry(),
        facts.holding().handedOver(),
        projectId,
        nationality,
        month(facts.registrationDate()),
        members,
        stages);
  }

  /** The counts this case adds, cell by cell: {cases, people}. */
  Map<Cell, long[]> cells() {
    Map<Cell, long[]> cells = new LinkedHashMap<>();
    long people = members.size();
    stages.forEach((stage, month) ->
        add(cells, cell(Cell.STAGE, nationality, month, stage.name(), ""), 1, people));
    for (CountedMember m : members) {
      add(cells, cell(Cell.PEOPLE, m.nationality(), registeredMonth, m.sex(), m.ageBand()), 0, 1);
      for (String v : m.vulnerabilities()) {
        add(cells, cell(Cell.VULNERABILITY, m.nationality(), registeredMonth, v, ""), 0, 1);
      }
    }
    return cells;
  }

  /** The members as stored: {@code sex|band|nationality|v1,v2} joined by {@code ;}. */
  String membersText() {
    List<String> parts = new ArrayList<>();
    for (CountedMember m : members) {
      parts.add(
          m.sex()
              + "|"
              + m.ageBand()
              + "|"
              + m.nationality()
              + "|"
              + String.join(",", m.vulnerabilities()));
    }
    return String.join(";", parts);
  }

  /** The stages as stored: {@code STAGE|yyyy-mm-01} joined by {@code ;}. */
  String stagesText() {
    List<String> parts = new ArrayList<>();
    stages.forEach((stage, month) -> parts.add(stage.name() + "|" + month));
    return String.join(";", parts);
  }

  static List<CountedMember> members(String text) {
    List<CountedMember> members = new ArrayList<>();
    if (text.isEmpty()) {
      return members;
    }
    for (String part : text.split(";")) {
      String[] f = part.split("\\|", -1);
      TreeSet<String> vulnerabilities = new TreeSet<>();
      for (String v : f[3].split(",")) {
        if (!v.isEmpty()) {
          vulnerabilities.add(v);
        }
      }
      members.add(new CountedMember(f[0], f[1], f[2], vulnerabilities));
    }
    return members;
  }

  static Map<Stage, LocalDate> stages(String text) {
    Map<Stage, LocalDate> stages = new EnumMap<>(Stage.class);
    if (text.isEmpty()) {
      return stages;
    }
    for (String part : text.split(";")) {
      String[] f = part.split("\\|");
      stages.put(Stage.valueOf(f[0]), LocalDate.parse(f[1]));
    }
    return stages;
  }

  /** The age band of someone born on {@code born}, on {@code on}. */
  static String ageBand(LocalDate born, LocalDate on) {
    if (born == null || on == null || born.isAfter(on)) {
      return "unknown";
    }
    int age = Period.between(born, on).getYears();
    if (age < 5) {
      return "0-4";
    }
    if (age < 12) {
      return "5-11";
    }
    if (age < 18) {
      return "12-17";
    }
    if (age < 25) {
      return "18-24";
    }
    return age < 60 ? "25-59" : "60+";
  }

  private Cell cell(String panel, String nationality, LocalDate month, String k1, String k2) {
    return new Cell(
        panel, missionCode, destinationCountry, handedOver, projectId, nationality, month, k1, k2);
  }

  /** Adds to the cell of its month and to the same cell for all time. */
  private static void add(Map<Cell, long[]> cells, Cell cell, long cases, long people) {
    for (Cell c : java.util.List.of(cell, allTime(cell))) {
      long[] n = cells.computeIfAbsent(c, k -> new long[2]);
      n[0] += cases;
      n[1] += people;
    }
  }

  private static Cell allTime(Cell c) {
    return new Cell(
        c.panel(),
        c.missionCode(),
        c.destinationCountry(),
        c.handedOver(),
        c.projectId(),
        c.nationality(),
        Cell.ALL_TIME,
        c.k1(),
        c.k2());
  }

  private static void put(Map<Stage, LocalDate> stages, Stage stage, LocalDate day) {
    if (day != null) {
      stages.put(stage, month(day));
    }
  }

  private static LocalDate month(LocalDate day) {
    return day.withDayOfMonth(1);
  }
}
