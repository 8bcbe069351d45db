package org.homeward.funding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.funding.Appeal;
import org.homeward.funding.AppealId;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.Contribution;
import org.homeward.funding.ContributionId;
import org.homeward.funding.ContributionReceived;
import org.homeward.funding.DonorId;
import org.homeward.funding.Project;
import org.homeward.funding.ProjectId;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pledges and payments. A contribution belongs to the mission of the project (or, before it is
 * allocated to one, of the appeal) it is earmarked to. Receiving one publishes {@link
 * ContributionReceived}.
 */
@Service
public class Contributions {

  static final String SUBJECT = "contribution";

  private final JdbcClient jdbc;
  private final FundingScope scope;
  private final Projects projects;
  private final Appeals appeals;
  private final Donors donors;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Contributions(
      JdbcClient jdbc,
      FundingScope scope,
      Projects projects,
      Appeals appeals,
      Donors donors,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.projects = projects;
    this.appeals = appeals;
    this.donors = donors;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The contributions to the missions {@code actor} oversees, newest pledge first. */
  @Transactional(readOnly = true)
  public List<Contribution> all(Actor actor) {
    actor.require(Permission.FUNDING_READ);
    Map<Long, String> missionOfProject = new HashMap<>();
    projects.everything().forEach(p -> missionOfProject.put(p.id().value(), p.missionCode()));
    Map<Long, String> missionOfAppeal = new HashMap<>();
    appeals.everything().forEach(a -> missionOfAppeal.put(a.id().value(), a.missionCode()));
    return everything().stream()
        .filter(c ->
            scope.oversees(
                actor,
                c.projectId() != null
                    ? missionOfProject.get(c.projectId().value())
                    : missionOfAppeal.get(c.appealId().value())))
        .toList();
  }

  @Transactional(readOnly = true)
  public Contribution get(ContributionId id, Actor actor) {
    Contribution contribution = find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    scope.requireBooks(actor, missionOf(contribution), SUBJECT, id);
    return contribution;
  }

  List<Contribution> everything() {
    return jdbc.sql(SELECT + " ORDER BY c.pledged_on DESC, c.id DESC")
        .query(Contributions::contribution)
        .list();
  }

  Optional<Contribution> find(ContributionId id) {
    return jdbc.sql(SELECT + " WHERE c.id = ?")
        .param(id.value())
        .query(Contributions::contribution)
        .optional();
  }

  /** What was given to a project, to any of its lines, oldest first. */
  public List<Contribution> toProject(ProjectId project) {
    return jdbc.sql(SELECT + " WHERE c.project_id = ? ORDER BY c.pledged_on, c.id")
        .param(project.value())
        .query(Contributions::contribution)
        .list();
  }

  /** What was given in answer to an appeal, allocated to a project or not, oldest first. */
  public List<Contribution> toAppeal(AppealId appeal) {
    return jdbc.sql(SELECT + " WHERE c.appeal_id = ? ORDER BY c.pledged_on, c.id")
        .param(appeal.value())
        .query(Contributions::contribution)
        .list();
  }

  @Transactional
  public Contribution create(Contribution contribution, Actor actor) {
    String mission = checked(contribution);
    scope.requireChange(actor, mission, SUBJECT, "new");
    Instant now = clock.instant();
    long id =
        jdbc.sql(
                """
                INSERT INTO funding_contribution (donor_id, amount, currency, pledged_on,
                  received_on, appeal_id, project_id, line, reference, created_at, created_by,
                  updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
            .params(
                contribution.donorId().value(),
                Amounts.decimal(contribution.amount()),
                contribution.amount().getCurrency().getCurrencyCode(),
                contribution.pledgedOn(),
                contribution.receivedOn(),
                contribution.appealId() == null ? null : contribution.appealId().value(),
                contribution.projectId() == null ? null : contribution.projectId().value(),
                contribution.line() == null ? null : contribution.line().name(),
                contribution.reference(),
                Timestamp.from(now),
                actor.username(),
                Timestamp.from(now),
                actor.username())
            .query(Long.class)
            .single();
    Contribution saved = find(new ContributionId(id)).orElseThrow();
    audit.record(
        AuditRecord.of(actor.username(), "funding.contribution-recorded", SUBJECT, "" + id)
            .inMission(mission)
            .withDetails(summary(saved)));
    if (saved.received()) {
      published(saved);
    }
    return saved;
  }

  @Transactional
  public Contribution update(
      ContributionId id, long expectedVersion, Contribution contribution, Actor actor) {
    Contribution before = find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    scope.requireChange(actor, missionOf(before), SUBJECT, id);
    String mission = checked(contribution);
    scope.requireChange(actor, mission, SUBJECT, id);
    int updated =
        jdbc.sql(
                """
                UPDATE funding_contribution SET donor_id = ?, amount = ?, currency = ?,
                  pledged_on = ?, received_on = ?, appeal_id = ?, project_id = ?, line = ?,
                  reference = ?, version = version + 1, updated_at = ?, updated_by = ?
                WHERE id = ? AND version = ?
                """)
            .params(
                contribution.donorId().value(),
                Amounts.decimal(contribution.amount()),
                contribution.amount().getCurrency().getCurrencyCode(),
                contribution.pledgedOn(),
                contribution.receivedOn(),
                contribution.appealId() == null ? null : contribution.appealId().value(),
                contribution.projectId() == null ? null : contribution.projectId().value(),
                contribution.line() == null ? null : contribution.line().name(),
                contribution.reference(),
                Timestamp.from(clock.instant()),
                actor.username(),
                id.value(),
                expectedVersion)
            .update();
    if (updated == 0) {
      throw new StaleVersionException(before.version());
    }
    Contribution saved = find(id).orElseThrow();
    audit.record(
        AuditRecord.of(actor.username(), "funding.contribution-changed", SUBJECT, id.toString())
            .inMission(mission)
            .withDetails(summary(saved)));
    if (saved.received() && !Objects.equals(before.receivedOn(), saved.receivedOn())) {
      published(saved);
    }
    return saved;
  }

  private void published(Contribution c) {
    events.publishEvent(
        new ContributionReceived(
            c.id(), c.donorId(), c.appealId(), c.projectId(), c.amount(), c.receivedOn()));
  }

  /** The mission the contribution belongs to, once its donor, appeal and project are known. */
  private String checked(Contribution c) {
    if (donors.find(c.donorId()).isEmpty()) {
      throw InvalidInputException.of(
          "donorId", "unknown-donor", "no donor has the id " + c.donorId());
    }
    Appeal appeal = null;
    if (c.appealId() != null) {
      appeal =
          appeals
              .find(c.appealId())
              .orElseThrow(() ->
                  InvalidInputException.of(
                      "appealId", "unknown-appeal", "no appeal has the id " + c.appealId()));
    }
    if (c.projectId() != null) {
      Project project =
          projects
              .find(c.projectId())
              .orElseThrow(() ->
                  InvalidInputException.of(
                      "projectId", "unknown-project", "no project has the id " + c.projectId()));
      if (appeal != null && !appeal.missionCode().equals(project.missionCode())) {
        throw InvalidInputException.of(
            "projectId",
            "inconsistent",
            "the project is run by "
                + project.missionCode()
                + ", the appeal is "
                + appeal.missionCode()
                + "'s");
      }
      return project.missionCode();
    }
    return appeal.missionCode();
  }

  String missionOf(Contribution c) {
    if (c.projectId() != null) {
      return projects.find(c.projectId()).orElseThrow().missionCode();
    }
    return appeals.find(c.appealId()).orElseThrow().missionCode();
  }

  private static Map<String, Object> summary(Contribution c) {
    Map<String, Object> details = new HashMap<>();
    details.put("donorId", c.donorId().value());
    details.put("amount", Amounts.plain(c.amount()));
    details.put("currency", c.amount().getCurrency().getCurrencyCode());
    details.put("pledgedOn", c.pledgedOn().toString());
    if (c.receivedOn() != null) {
      details.put("receivedOn", c.receivedOn().toString());
    }
    if (c.appealId() != null) {
      details.put("appealId", c.appealId().value());
    }
    if (c.projectId() != null) {
      details.put("projectId", c.projectId().value());
    }
    if (c.line() != null) {
      details.put("line", c.line().name());
    }
    return details;
  }

  private static final String SELECT =
      "SELECT c.*, d.name AS donor_name FROM funding_contribution c"
          + " JOIN funding_donor d ON d.id = c.donor_id";

  private static Contribution contribution(ResultSet rs, int row) throws SQLException {
    CurrencyUnit currency = Amounts.currency(rs, "currency");
    long appeal = rs.getLong("appeal_id");
    boolean noAppeal = rs.wasNull();
    long project = rs.getLong("project_id");
    boolean noProject = rs.wasNull();
    String line = rs.getString("line");
    return new Contribution(
        new ContributionId(rs.getLong("id")),
        new DonorId(rs.getLong("donor_id")),
        rs.getString("donor_name"),
        Amounts.money(rs, "amount", currency),
        rs.getObject("pledged_on", LocalDate.class),
        rs.getObject("received_on", LocalDate.class),
        noAppeal ? null : new AppealId(appeal),
        noProject ? null : new ProjectId(project),
        line == null ? null : BudgetLine.valueOf(line),
        rs.getString("reference"),
        rs.getLong("version"));
  }
}
