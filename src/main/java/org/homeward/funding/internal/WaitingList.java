package org.homeward.funding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.money.MonetaryAmount;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.Project;
import org.homeward.funding.ProjectId;
import org.homeward.funding.TargetGroup;
import org.homeward.funding.WaitingCase;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.registry.PriorityLevel;
import org.homeward.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases refused eligibility for want of funds, in priority order: the most vulnerable first,
 * then those waiting longest. A case leaves the list when it is made eligible, or when it
 * withdraws, is found ineligible, is referred elsewhere or closed.
 */
@Component
public class WaitingList {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final FundingScope scope;
  private final Projects projects;
  private final Positions positions;
  private final Clock clock;

  WaitingList(
      JdbcClient jdbc, FundingScope scope, Projects projects, Positions positions, Clock clock) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.projects = projects;
    this.positions = positions;
    this.clock = clock;
  }

  /** The case was refused for want of funds: on the list, or its place there refreshed. */
  void refused(Case c, Household household, String reason) {
    List<Map<String, Object>> members = new ArrayList<>();
    for (Household.Member m : household.members()) {
      members.add(
          Map.of(
              "personId",
              m.personId().value().toString(),
              "minor",
              m.minor(),
              "vulnerable",
              m.vulnerable(),
              "groups",
              m.groups().stream().map(Enum::name).sorted().toList()));
    }
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            """
            INSERT INTO funding_waiting_case (case_id, case_number, mission_code,
              destination_country, priority_score, priority_level, members, groups, reason,
              first_refused_at, last_refused_at)
            VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
            ON CONFLICT (case_id) DO UPDATE SET
              mission_code = EXCLUDED.mission_code,
              destination_country = EXCLUDED.destination_country,
              priority_score = EXCLUDED.priority_score,
              priority_level = EXCLUDED.priority_level,
              members = EXCLUDED.members, groups = EXCLUDED.groups, reason = EXCLUDED.reason,
              last_refused_at = EXCLUDED.last_refused_at,
              refusals = funding_waiting_case.refusals + 1
            """)
        .params(
            c.id().value(),
            c.caseNumber(),
            c.missionCode(),
            c.destinationCountry(),
            c.priority().score(),
            c.priority().level().name(),
            JSON.writeValueAsString(members),
            household.groups().stream().map(Enum::name).sorted().toArray(String[]::new),
            reason,
            now,
            now)
        .update();
  }

  void remove(CaseId caseId) {
    jdbc.sql("DELETE FROM funding_waiting_case WHERE case_id = ?").param(caseId.value()).update();
  }

  /**
   * The waiting cases of the missions {@code actor} oversees, in priority order, each with the
   * project that can pay for it now: the list is walked in order, and a case found coverable takes
   * its cost off that project's money before the next case is weighed, so two cases are never
   * promised the same money.
   */
  public List<WaitingCase> list(Actor actor) {
    actor.require(Permission.FUNDING_READ);
    LocalDate today = LocalDate.now(clock);
    List<Waiting> rows =
        jdbc
            .sql(
                "SELECT * FROM funding_waiting_case"
                    + " ORDER BY priority_score DESC, first_refused_at, case_number")
            .query(WaitingList::waiting)
            .list()
            .stream()
            .filter(w -> scope.oversees(actor, w.missionCode()))
            .toList();
    Map<ProjectId, Positions.Capacity> left = new HashMap<>();
    Map<ProjectId, String> unknown = new HashMap<>();
    List<WaitingCase> list = new ArrayList<>();
    for (Waiting w : rows) {
      List<String> excluded = new ArrayList<>();
      List<ProjectChoice.Candidate> candidates = new ArrayList<>();
      for (Project project : projects.runningFor(w.missionCode(), today)) {
        String why =
            ProjectChoice.exclusion(project, w.destinationCountry(), w.household().groups());
        if (why != null) {
          excluded.add(why);
          continue;
        }
        if (!left.containsKey(project.id()) && !unknown.containsKey(project.id())) {
          try {
            left.put(project.id(), positions.capacity(project, today));
          } catch (ConflictException e) {
            unknown.put(project.id(), e.getMessage());
          }
        }
        candidates.add(
            new ProjectChoice.Candidate(
                project, left.get(project.id()), unknown.get(project.id())));
      }
      ProjectChoice.Option chosen =
          ProjectChoice.choose(w.household(), candidates, excluded).chosen();
      WaitingCase.Coverage coverage = null;
      if (chosen != null) {
        Project project = chosen.project();
        left.put(project.id(), taken(left.get(project.id()), chosen.cost()));
        coverage = new WaitingCase.Coverage(project.id(), project.code(), chosen.cost().total());
      }
      list.add(
          new WaitingCase(
              w.caseId(),
              w.caseNumber(),
              w.missionCode(),
              w.destinationCountry(),
              w.priorityScore(),
              w.priorityLevel(),
              w.household().people(),
              w.reason(),
              w.firstRefusedAt().toInstant(),
              w.lastRefusedAt().toInstant(),
              w.refusals(),
              coverage));
    }
    return list;
  }

  private static Positions.Capacity taken(Positions.Capacity capacity, ExpectedCost cost) {
    Map<BudgetLine, MonetaryAmount> lines = new HashMap<>(capacity.lines());
    lines.merge(BudgetLine.MOVEMENT, cost.movement(), MonetaryAmount::subtract);
    lines.merge(BudgetLine.REINTEGRATION, cost.reintegration(), MonetaryAmount::subtract);
    return new Positions.Capacity(capacity.available().subtract(cost.total()), lines);
  }

  private record Waiting(
      CaseId caseId,
      String caseNumber,
      String missionCode,
      String destinationCountry,
      int priorityScore,
      PriorityLevel priorityLevel,
      Household household,
      String reason,
      Timestamp firstRefusedAt,
      Timestamp lastRefusedAt,
      int refusals) {}

  private static Waiting waiting(ResultSet rs, int row) throws SQLException {
    List<Household.Member> members = new ArrayList<>();
    for (JsonNode m : JSON.readTree(rs.getString("members"))) {
      Set<TargetGroup> groups = new java.util.HashSet<>();
      for (JsonNode g : m.path("groups")) {
        groups.add(TargetGroup.valueOf(g.asString()));
      }
      members.add(
          new Household.Member(
              new PersonId(UUID.fromString(m.path("personId").asString())),
              m.path("minor").asBoolean(),
              m.path("vulnerable").asBoolean(),
              groups));
    }
    return new Waiting(
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getString("case_number"),
        rs.getString("mission_code"),
        rs.getString("destination_country").strip(),
        rs.getInt("priority_score"),
        PriorityLevel.valueOf(rs.getString("priority_level")),
        new Household(members),
        rs.getString("reason"),
        rs.getTimestamp("first_refused_at"),
        rs.getTimestamp("last_refused_at"),
        rs.getInt("refusals"));
  }
}
