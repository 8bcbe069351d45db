package org.homeward.funding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.DonorId;
import org.homeward.funding.Eligibility;
import org.homeward.funding.Project;
import org.homeward.funding.ProjectId;
import org.homeward.funding.TargetGroup;
import org.homeward.funding.UnitCosts;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The projects of each mission: recorded and changed by its finance officers. */
@Service
public class Projects {

  static final String SUBJECT = "project";

  private final JdbcClient jdbc;
  private final FundingScope scope;
  private final AuditTrail audit;
  private final Clock clock;

  Projects(JdbcClient jdbc, FundingScope scope, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
  }

  /** The projects whose books {@code actor} reads, by code. */
  @Transactional(readOnly = true)
  public List<Project> all(Actor actor) {
    actor.require(Permission.FUNDING_READ);
    return everything().stream().filter(p -> scope.oversees(actor, p.missionCode())).toList();
  }

  @Transactional(readOnly = true)
  public Project get(ProjectId id, Actor actor) {
    Project project = find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    scope.requireBooks(actor, project.missionCode(), SUBJECT, id);
    return project;
  }

  /** Every project, by code, whoever asks: for the module's own rules. */
  public List<Project> everything() {
    return jdbc.sql("SELECT * FROM funding_project ORDER BY code").query(this::project).list();
  }

  public Optional<Project> find(ProjectId id) {
    return jdbc.sql("SELECT * FROM funding_project WHERE id = ?")
        .param(id.value())
        .query(this::project)
        .optional();
  }

  /**
   * Locks the rows of these projects until the end of the transaction, in id order (so that two
   * transactions locking overlapping sets never wait for each other in a circle), and reads them as
   * they stand once locked.
   */
  List<Project> lock(List<ProjectId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Long[] values = ids.stream().map(ProjectId::value).sorted().toArray(Long[]::new);
    return jdbc.sql("SELECT * FROM funding_project WHERE id = ANY(?) ORDER BY id FOR UPDATE")
        .param(values)
        .query(this::project)
        .list();
  }

  /** The projects running on {@code day} that pay for cases of {@code caseMission}. */
  List<Project> runningFor(String caseMission, LocalDate day) {
    return jdbc
        .sql("SELECT * FROM funding_project WHERE starts_on <= ? AND ends_on >= ? ORDER BY id")
        .params(day, day)
        .query(this::project)
        .list()
        .stream()
        .filter(
            p -> p.eligibility().missions().stream().anyMatch(m -> scope.within(caseMission, m)))
        .toList();
  }

  @Transactional
  public Project create(Project project, Actor actor) {
    scope.requireChange(actor, project.missionCode(), SUBJECT, project.code());
    requireDonors(project.donors());
    requireFreeCode(project.code(), null);
    Instant now = clock.instant();
    UnitCosts costs = project.unitCosts();
    long id =
        jdbc.sql(
                """
                INSERT INTO funding_project (code, title, mission_code, currency, starts_on,
                  ends_on, seat_share, pocket_money, reintegration_cap, reintegration_cap_minor,
                  reintegration_cap_vulnerable, eligible_missions, eligible_destinations,
                  target_groups, people_assisted_before, created_at, created_by, updated_at,
                  updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
            .params(
                project.code(),
                project.title(),
                project.missionCode(),
                project.currency().getCurrencyCode(),
                project.startsOn(),
                project.endsOn(),
                Amounts.decimal(costs.seatShare()),
                Amounts.decimal(costs.pocketMoney()),
                Amounts.decimal(costs.reintegrationCap()),
                Amounts.decimal(costs.reintegrationCapMinor()),
                Amounts.decimal(costs.reintegrationCapVulnerable()),
                sorted(project.eligibility().missions()),
                sorted(project.eligibility().destinations()),
                project.eligibility().targetGroups().stream()
                    .map(Enum::name)
                    .sorted()
                    .toArray(String[]::new),
                project.peopleAssistedBefore(),
                Timestamp.from(now),
                actor.username(),
                Timestamp.from(now),
                actor.username())
            .query(Long.class)
            .single();
    ProjectId projectId = new ProjectId(id);
    saveParts(projectId, project);
    audit.record(
        AuditRecord.of(actor.username(), "funding.project-recorded", SUBJECT, projectId.toString())
            .inMission(project.missionCode())
            .withDetails(summary(project)));
    return find(projectId).orElseThrow();
  }

  @Transactional
  public Project update(ProjectId id, long expectedVersion, Project project, Actor actor) {
    Project before = find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    scope.requireChange(actor, before.missionCode(), SUBJECT, id);
    scope.requireChange(actor, project.missionCode(), SUBJECT, id);
    if (!before.currency().equals(project.currency())) {
      throw InvalidInputException.of(
          "currency",
          "read-only",
          "a project's currency cannot change once recorded (it is "
              + before.currency().getCurrencyCode()
              + "): its commitments and positions are in it");
    }
    requireDonors(project.donors());
    requireFreeCode(project.code(), id);
    UnitCosts costs = project.unitCosts();
    int updated =
        jdbc.sql(
                """
                UPDATE funding_project SET code = ?, title = ?, mission_code = ?, starts_on = ?,
                  ends_on = ?, seat_share = ?, pocket_money = ?, reintegration_cap = ?,
                  reintegration_cap_minor = ?, reintegration_cap_vulnerable = ?,
                  eligible_missions = ?, eligible_destinations = ?, target_groups = ?,
                  people_assisted_before = ?, version = version + 1, updated_at = ?,
                  updated_by = ?
                WHERE id = ? AND version = ?
                """)
            .params(
                project.code(),
                project.title(),
                project.missionCode(),
                project.startsOn(),
                project.endsOn(),
                Amounts.decimal(costs.seatShare()),
                Amounts.decimal(costs.pocketMoney()),
                Amounts.decimal(costs.reintegrationCap()),
                Amounts.decimal(costs.reintegrationCapMinor()),
                Amounts.decimal(costs.reintegrationCapVulnerable()),
                sorted(project.eligibility().missions()),
                sorted(project.eligibility().destinations()),
                project.eligibility().targetGroups().stream()
                    .map(Enum::name)
                    .sorted()
                    .toArray(String[]::new),
                project.peopleAssistedBefore(),
                Timestamp.from(clock.instant()),
                actor.username(),
                id.value(),
                expectedVersion)
            .update();
    if (updated == 0) {
      throw new StaleVersionException(before.version());
    }
    jdbc.sql("DELETE FROM funding_project_donor WHERE project_id = ?").param(id.value()).update();
    jdbc.sql("DELETE FROM funding_project_budget WHERE project_id = ?").param(id.value()).update();
    saveParts(id, project);
    audit.record(
        AuditRecord.of(actor.username(), "funding.project-changed", SUBJECT, id.toString())
            .inMission(project.missionCode())
            .withDetails(summary(project)));
    return find(id).orElseThrow();
  }

  private void saveParts(ProjectId id, Project project) {
    for (DonorId donor : new LinkedHashSet<>(project.donors())) {
      jdbc.sql("INSERT INTO funding_project_donor (project_id, donor_id) VALUES (?, ?)")
          .params(id.value(), donor.value())
          .update();
    }
    for (Map.Entry<BudgetLine, MonetaryAmount> line : project.budget().entrySet()) {
      jdbc.sql("INSERT INTO funding_project_budget (project_id, line, amount) VALUES (?, ?, ?)")
          .params(id.value(), line.getKey().name(), Amounts.decimal(line.getValue()))
          .update();
    }
  }

  private void requireDonors(List<DonorId> donors) {
    for (int i = 0; i < donors.size(); i++) {
      boolean known =
          jdbc.sql("SELECT count(*) FROM funding_donor WHERE id = ?")
                  .param(donors.get(i).value())
                  .query(Long.class)
                  .single()
              > 0;
      if (!known) {
        throw InvalidInputException.of(
            "donorIds[" + i + "]", "unknown-donor", "no donor has the id " + donors.get(i));
      }
    }
  }

  private void requireFreeCode(String code, ProjectId self) {
    Long other =
        jdbc.sql("SELECT id FROM funding_project WHERE code = ?")
            .param(code)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (other != null && (self == null || other != self.value())) {
      throw new ConflictException(
          ProblemCode.PROJECT_CODE_TAKEN,
          "another project has the code " + code,
          Map.of("projectId", other));
    }
  }

  private static Map<String, Object> summary(Project project) {
    return Map.of(
        "code",
        project.code(),
        "currency",
        project.currency().getCurrencyCode(),
        "budget",
        Amounts.plain(project.totalBudget()),
        "period",
        project.startsOn() + "/" + project.endsOn());
  }

  private static String[] sorted(Set<String> values) {
    return values.stream().sorted().toArray(String[]::new);
  }

  private Project project(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    CurrencyUnit currency = Amounts.currency(rs, "currency");
    List<DonorId> donors =
        jdbc
            .sql(
                "SELECT donor_id FROM funding_project_donor WHERE project_id = ? ORDER BY donor_id")
            .param(id)
            .query(Long.class)
            .list()
            .stream()
            .map(DonorId::new)
            .toList();
    Map<BudgetLine, MonetaryAmount> budget = new EnumMap<>(BudgetLine.class);
    jdbc.sql("SELECT line, amount FROM funding_project_budget WHERE project_id = ?")
        .param(id)
        .query(b -> {
          budget.put(BudgetLine.valueOf(b.getString("line")), Amounts.money(b, "amount", currency));
        });
    List<TargetGroup> groups = new ArrayList<>();
    for (String group : Amounts.texts(rs, "target_groups")) {
      groups.add(TargetGroup.valueOf(group));
    }
    return new Project(
        new ProjectId(id),
        rs.getString("code"),
        rs.getString("title"),
        rs.getString("mission_code"),
        currency,
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        donors,
        budget,
        new UnitCosts(
            Amounts.money(rs, "seat_share", currency),
            Amounts.money(rs, "pocket_money", currency),
            Amounts.money(rs, "reintegration_cap", currency),
            Amounts.money(rs, "reintegration_cap_minor", currency),
            Amounts.money(rs, "reintegration_cap_vulnerable", currency)),
        new Eligibility(
            Set.copyOf(Amounts.texts(rs, "eligible_missions")),
            Set.copyOf(Amounts.texts(rs, "eligible_destinations")),
            Set.copyOf(groups)),
        rs.getInt("people_assisted_before"),
        rs.getLong("version"));
  }
}
