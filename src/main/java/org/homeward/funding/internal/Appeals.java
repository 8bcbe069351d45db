package org.homeward.funding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.funding.Appeal;
import org.homeward.funding.AppealId;
import org.homeward.funding.AppealStatus;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The appeals of each mission to its donors. */
@Service
public class Appeals {

  static final String SUBJECT = "appeal";

  private final JdbcClient jdbc;
  private final FundingScope scope;
  private final AuditTrail audit;
  private final Clock clock;

  Appeals(JdbcClient jdbc, FundingScope scope, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
  }

  /** The appeals of the missions {@code actor} oversees, newest first. */
  @Transactional(readOnly = true)
  public List<Appeal> all(Actor actor) {
    actor.require(Permission.FUNDING_READ);
    return everything().stream().filter(a -> scope.oversees(actor, a.missionCode())).toList();
  }

  @Transactional(readOnly = true)
  public Appeal get(AppealId id, Actor actor) {
    Appeal appeal = find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    scope.requireBooks(actor, appeal.missionCode(), SUBJECT, id);
    return appeal;
  }

  public List<Appeal> everything() {
    return jdbc.sql("SELECT * FROM funding_appeal ORDER BY launched_on DESC, id DESC")
        .query(Appeals::appeal)
        .list();
  }

  public Optional<Appeal> find(AppealId id) {
    return jdbc.sql("SELECT * FROM funding_appeal WHERE id = ?")
        .param(id.value())
        .query(Appeals::appeal)
        .optional();
  }

  @Transactional
  public Appeal create(Appeal appeal, Actor actor) {
    scope.requireChange(actor, appeal.missionCode(), SUBJECT, appeal.title());
    Instant now = clock.instant();
    long id =
        jdbc.sql(
                """
                INSERT INTO funding_appeal (title, mission_code, target_amount, currency,
                  target_people, launched_on, status, created_at, created_by, updated_at,
                  updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
            .params(
                appeal.title(),
                appeal.missionCode(),
                Amounts.decimal(appeal.target()),
                appeal.target().getCurrency().getCurrencyCode(),
                appeal.targetPeople(),
                appeal.launchedOn(),
                appeal.status().name(),
                Timestamp.from(now),
                actor.username(),
                Timestamp.from(now),
                actor.username())
            .query(Long.class)
            .single();
    AppealId appealId = new AppealId(id);
    audit.record(
        AuditRecord.of(actor.username(), "funding.appeal-recorded", SUBJECT, appealId.toString())
            .inMission(appeal.missionCode())
            .withDetails(summary(appeal)));
    return find(appealId).orElseThrow();
  }

  @Transactional
  public Appeal update(AppealId id, long expectedVersion, Appeal appeal, Actor actor) {
    Appeal before = find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    scope.requireChange(actor, before.missionCode(), SUBJECT, id);
    scope.requireChange(actor, appeal.missionCode(), SUBJECT, id);
    int updated =
        jdbc.sql(
                """
                UPDATE funding_appeal SET title = ?, mission_code = ?, target_amount = ?,
                  currency = ?, target_people = ?, launched_on = ?, status = ?,
                  version = version + 1, updated_at = ?, updated_by = ?
                WHERE id = ? AND version = ?
                """)
            .params(
                appeal.title(),
                appeal.missionCode(),
                Amounts.decimal(appeal.target()),
                appeal.target().getCurrency().getCurrencyCode(),
                appeal.targetPeople(),
                appeal.launchedOn(),
                appeal.status().name(),
                Timestamp.from(clock.instant()),
                actor.username(),
                id.value(),
                expectedVersion)
            .update();
    if (updated == 0) {
      throw new StaleVersionException(before.version());
    }
    audit.record(
        AuditRecord.of(actor.username(), "funding.appeal-changed", SUBJECT, id.toString())
            .inMission(appeal.missionCode())
            .withDetails(summary(appeal)));
    return find(id).orElseThrow();
  }

  private static Map<String, Object> summary(Appeal appeal) {
    return Map.of(
        "target",
        Amounts.plain(appeal.target()),
        "currency",
        appeal.target().getCurrency().getCurrencyCode(),
        "status",
        appeal.status().name());
  }

  private static Appeal appeal(ResultSet rs, int row) throws SQLException {
    CurrencyUnit currency = Amounts.currency(rs, "currency");
    return new Appeal(
        new AppealId(rs.getLong("id")),
        rs.getString("title"),
        rs.getString("mission_code"),
        Amounts.money(rs, "target_amount", currency),
        rs.getInt("target_people"),
        rs.getObject("launched_on", LocalDate.class),
        AppealStatus.valueOf(rs.getString("status")),
        rs.getLong("version"));
  }
}
