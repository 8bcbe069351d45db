package org.homeward.funding.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.funding.Beneficiary;
import org.homeward.funding.BeneficiaryCategory;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.Commitment;
import org.homeward.funding.CommitmentId;
import org.homeward.funding.CommitmentStatus;
import org.homeward.funding.Expenditure;
import org.homeward.funding.ExpenditureId;
import org.homeward.funding.ExpenditureSource;
import org.homeward.funding.Project;
import org.homeward.funding.ProjectId;
import org.homeward.funding.engine.MissingRateException;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.shared.ConflictException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The commitments of cases and the expenditures that replace them: the only writer of both. Every
 * change is audited in the caller's transaction.
 */
@Component
public class Commitments {

  static final String SUBJECT = "commitment";

  private final JdbcClient jdbc;
  private final Projects projects;
  private final ExchangeRateTable rates;
  private final AuditTrail audit;
  private final Clock clock;

  Commitments(
      JdbcClient jdbc, Projects projects, ExchangeRateTable rates, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.projects = projects;
    this.rates = rates;
    this.audit = audit;
    this.clock = clock;
  }

  /** The reservation a case holds now, if any. */
  public Optional<Commitment> reservedOf(CaseId caseId) {
    return load(" WHERE c.case_id = ? AND c.status = 'RESERVED'", caseId.value()).stream()
        .findFirst();
  }

  /** Every commitment a case has had, oldest first. */
  public List<Commitment> ofCase(CaseId caseId) {
    return load(" WHERE c.case_id = ? ORDER BY c.reserved_at, c.id", caseId.value());
  }

  /** The case's commitment that pays for its costs now: reserved, or else the latest consumed. */
  public Optional<Commitment> payingFor(CaseId caseId) {
    return load(
            " WHERE c.case_id = ? AND c.status <> 'RELEASED'"
                + " ORDER BY (c.status = 'RESERVED') DESC, c.reserved_at DESC, c.id DESC LIMIT 1",
            caseId.value())
        .stream()
        .findFirst();
  }

  /**
   * The project of the commitment paying for each of the cases now, chosen as {@link #payingFor}
   * chooses it, in one query: for read models that count many cases at once.
   */
  public Map<CaseId, ProjectId> projectsPayingFor(Collection<CaseId> cases) {
    Map<CaseId, ProjectId> projects = new HashMap<>();
    if (cases.isEmpty()) {
      return projects;
    }
    jdbc.sql(
            """
            SELECT DISTINCT ON (c.case_id) c.case_id, c.project_id FROM funding_commitment c
            WHERE c.case_id = ANY(?) AND c.status <> 'RELEASED'
            ORDER BY c.case_id, (c.status = 'RESERVED') DESC, c.reserved_at DESC, c.id DESC
            """)
        .param(cases.stream().map(CaseId::value).toArray(UUID[]::new))
        .query(rs -> {
          projects.put(
              new CaseId(rs.getObject("case_id", UUID.class)),
              new ProjectId(rs.getLong("project_id")));
        });
    return projects;
  }

  /** Every commitment on a project, oldest first. */
  public List<Commitment> ofProject(ProjectId projectId) {
    return load(" WHERE c.project_id = ? ORDER BY c.reserved_at, c.id", projectId.value());
  }

  /** Every expenditure on a project, oldest first. */
  public List<Expenditure> expendituresOf(ProjectId projectId) {
    return jdbc.sql(
            "SELECT e.*, p.currency AS project_currency FROM funding_expenditure e"
                + " JOIN funding_project p ON p.id = e.project_id"
                + " WHERE e.project_id = ? ORDER BY e.spent_on, e.id")
        .param(projectId.value())
        .query(Commitments::expenditure)
        .list();
  }

  /** Every expenditure for a case, oldest first. */
  public List<Expenditure> expendituresOfCase(CaseId caseId) {
    return jdbc.sql(
            "SELECT e.*, p.currency AS project_currency FROM funding_expenditure e"
                + " JOIN funding_project p ON p.id = e.project_id"
                + " WHERE e.case_id = ? ORDER BY e.spent_on, e.id")
        .param(caseId.value())
        .query(Commitments::expenditure)
        .list();
  }

  /** What the case being reserved is, for the record. */
  record Reservation(
      CaseId caseId,
      String caseNumber,
      String missionCode,
      Project project,
      ExpectedCost cost,
      LocalDate on,
      String overrideJustification,
      MonetaryAmount shortfall) {}

  /** Reserves the expected cost of a case on a project; the caller holds the project's lock. */
  Commitment reserve(Reservation r, Actor actor) {
    Instant now = clock.instant();
    long id =
        jdbc.sql(
                """
                INSERT INTO funding_commitment (case_id, case_number, mission_code, project_id,
                  status, reserved_on, reserved_at, reserved_by, override_justification, shortfall)
                VALUES (?, ?, ?, ?, 'RESERVED', ?, ?, ?, ?, ?) RETURNING id
                """)
            .params(
                r.caseId().value(),
                r.caseNumber(),
                r.missionCode(),
                r.project().id().value(),
                r.on(),
                Timestamp.from(now),
                actor.username(),
                r.overrideJustification(),
                Amounts.decimal(r.shortfall()))
            .query(Long.class)
            .single();
    Map<BudgetLine, MonetaryAmount> lines =
        Map.of(
            BudgetLine.MOVEMENT, r.cost().movement(),
            BudgetLine.REINTEGRATION, r.cost().reintegration());
    for (Map.Entry<BudgetLine, MonetaryAmount> line : lines.entrySet()) {
      BigDecimal amount = Amounts.decimal(line.getValue());
      jdbc.sql(
              "INSERT INTO funding_commitment_line (commitment_id, line, reserved, remaining)"
                  + " VALUES (?, ?, ?, ?)")
          .params(id, line.getKey().name(), amount, amount)
          .update();
    }
    for (Beneficiary b : r.cost().beneficiaries()) {
      jdbc.sql(
              "INSERT INTO funding_commitment_beneficiary (commitment_id, person_id, category,"
                  + " reintegration_cap) VALUES (?, ?, ?, ?)")
          .params(
              id, b.personId().value(), b.category().name(), Amounts.decimal(b.reintegrationCap()))
          .update();
    }
    Map<String, Object> details = new java.util.HashMap<>();
    details.put("caseId", r.caseId().toString());
    details.put("project", r.project().code());
    details.put("amount", Amounts.plain(r.cost().total()));
    details.put("currency", r.project().currency().getCurrencyCode());
    if (r.shortfall() != null) {
      details.put("shortfall", Amounts.plain(r.shortfall()));
    }
    audit.record(
        AuditRecord.of(actor.username(), "funding.commitment-reserved", SUBJECT, "" + id)
            .inMission(r.missionCode())
            .because(r.overrideJustification())
            .withDetails(details));
    return find(new CommitmentId(id)).orElseThrow();
  }

  /**
   * Releases the case's reservation, if it holds one made at or before {@code madeBy}, on {@code
   * on}: what it held is free again. A reservation made later (the case was made eligible again
   * since) is left alone.
   */
  Optional<Commitment> release(
      CaseId caseId, LocalDate on, String reason, String by, Instant madeBy) {
    Optional<Long> id =
        jdbc.sql(
                "SELECT id FROM funding_commitment WHERE case_id = ? AND status = 'RESERVED'"
                    + " AND reserved_at <= ? FOR UPDATE")
            .params(caseId.value(), Timestamp.from(madeBy))
            .query(Long.class)
            .optional();
    if (id.isEmpty()) {
      return Optional.empty();
    }
    jdbc.sql(
            """
            UPDATE funding_commitment SET status = 'RELEASED', released_on = ?, released_at = ?,
              release_reason = ?
            WHERE id = ?
            """)
        .params(on, Timestamp.from(clock.instant()), reason, id.get())
        .update();
    Commitment released = find(new CommitmentId(id.get())).orElseThrow();
    audit.record(
        AuditRecord.of(by, "funding.commitment-released", SUBJECT, id.get().toString())
            .inMission(released.missionCode())
            .because(reason)
            .withDetails(
                Map.of(
                    "caseId",
                    caseId.toString(),
                    "released",
                    Amounts.plain(
                        released.remaining().values().stream()
                            .reduce(Amounts.zero(released.currency()), MonetaryAmount::add)))));
    return Optional.of(released);
  }

  /**
   * Records an expenditure; for a case, it replaces as much of the case's commitment on that line
   * as it covers (converted to the project's currency at the rate valid on its date). The project's
   * row is locked first, as the guard locks it, so that a cost above its reservation and a
   * reservation made at the same moment cannot together spend more than the project has.
   */
  public Expenditure spend(
      ProjectId projectId,
      CaseId caseId,
      Commitment commitment,
      BudgetLine line,
      MonetaryAmount amount,
      LocalDate on,
      ExpenditureSource source,
      String description,
      Actor actor) {
    org.homeward.shared.Violations.require(v -> {
      v.check(line != null, "line", "required", "the budget line is required");
      v.check(on != null, "date", "required", "the date is required");
      v.check(source != null, "source", "required", "the source (flight, purchase...) is required");
      if (v.check(amount != null, "amount", "required", "the amount is required")) {
        v.check(amount.isPositive(), "amount", "out-of-range", "must be greater than zero");
      }
    });
    Project project =
        projects.lock(List.of(projectId)).stream()
            .findFirst()
            .orElseThrow(() -> new org.homeward.shared.NotFoundException("project", projectId));
    Spending s = new Spending(caseId, line, amount, on, source, description);
    MonetaryAmount converted;
    try {
      converted = rates.rates().convert(s.amount(), project.currency(), s.on());
    } catch (MissingRateException e) {
      throw new ConflictException(
          ProblemCode.EXCHANGE_RATE_MISSING,
          e.getMessage(),
          Map.of(
              "from",
              e.from().getCurrencyCode(),
              "to",
              e.to().getCurrencyCode(),
              "date",
              e.date().toString()));
    }
    BigDecimal consumed = BigDecimal.ZERO;
    Long commitmentId = null;
    if (commitment != null) {
      commitmentId = commitment.id().value();
      // as it stands now, under lock: it may have been released since it was read
      String status =
          jdbc.sql("SELECT status FROM funding_commitment WHERE id = ? FOR UPDATE")
              .param(commitmentId)
              .query(String.class)
              .single();
      Optional<BigDecimal> remaining =
          jdbc.sql(
                  "SELECT remaining FROM funding_commitment_line WHERE commitment_id = ?"
                      + " AND line = ? FOR UPDATE")
              .params(commitmentId, s.line().name())
              .query(BigDecimal.class)
              .optional();
      if (remaining.isPresent() && CommitmentStatus.RESERVED.name().equals(status)) {
        consumed = remaining.get().min(Amounts.decimal(converted));
        jdbc.sql(
                "UPDATE funding_commitment_line SET remaining = remaining - ?"
                    + " WHERE commitment_id = ? AND line = ?")
            .params(consumed, commitmentId, s.line().name())
            .update();
        jdbc.sql(
                """
                UPDATE funding_commitment SET status = 'CONSUMED'
                WHERE id = ? AND status = 'RESERVED'
                  AND NOT EXISTS (SELECT 1 FROM funding_commitment_line
                                  WHERE commitment_id = ? AND remaining > 0)
                """)
            .params(commitmentId, commitmentId)
            .update();
      }
    }
    Instant now = clock.instant();
    long id =
        jdbc.sql(
                """
                INSERT INTO funding_expenditure (project_id, case_id, commitment_id, line, amount,
                  currency, spent_on, project_amount, consumed, source_type, source_id,
                  description, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
            .params(
                project.id().value(),
                s.caseId() == null ? null : s.caseId().value(),
                commitmentId,
                s.line().name(),
                Amounts.decimal(s.amount()),
                s.amount().getCurrency().getCurrencyCode(),
                s.on(),
                Amounts.decimal(converted),
                consumed,
                s.source().type().name(),
                s.source().id(),
                s.description(),
                Timestamp.from(now),
                actor.username())
            .query(Long.class)
            .single();
    Map<String, Object> details = new java.util.HashMap<>();
    details.put("project", project.code());
    details.put("line", s.line().name());
    details.put("amount", Amounts.plain(s.amount()));
    details.put("currency", s.amount().getCurrency().getCurrencyCode());
    details.put("spentOn", s.on().toString());
    details.put("source", s.source().type().name() + " " + s.source().id());
    if (s.caseId() != null) {
      details.put("caseId", s.caseId().toString());
    }
    audit.record(
        AuditRecord.of(actor.username(), "funding.expenditure-recorded", "expenditure", "" + id)
            .inMission(project.missionCode())
            .withDetails(details));
    return jdbc.sql(
            "SELECT e.*, p.currency AS project_currency FROM funding_expenditure e"
                + " JOIN funding_project p ON p.id = e.project_id WHERE e.id = ?")
        .param(id)
        .query(Commitments::expenditure)
        .single();
  }

  private record Spending(
      CaseId caseId,
      BudgetLine line,
      MonetaryAmount amount,
      LocalDate on,
      ExpenditureSource source,
      String description) {}

  Optional<Commitment> find(CommitmentId id) {
    return load(" WHERE c.id = ?", id.value()).stream().findFirst();
  }

  private static final String SELECT =
      "SELECT c.*, p.code AS project_code, p.currency FROM funding_commitment c"
          + " JOIN funding_project p ON p.id = c.project_id";

  /** The commitments a query finds, each with its lines and beneficiaries (3 queries in all). */
  private List<Commitment> load(String where, Object... params) {
    List<Row> rows = jdbc.sql(SELECT + where).params(params).query(Commitments::row).list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
    Map<Long, CurrencyUnit> currencies = new HashMap<>();
    rows.forEach(r -> currencies.put(r.id(), r.currency()));
    Map<Long, Map<BudgetLine, MonetaryAmount>> reserved = new HashMap<>();
    Map<Long, Map<BudgetLine, MonetaryAmount>> remaining = new HashMap<>();
    jdbc.sql("SELECT * FROM funding_commitment_line WHERE commitment_id = ANY(?)")
        .param(ids)
        .query(l -> {
          long id = l.getLong("commitment_id");
          CurrencyUnit currency = currencies.get(id);
          BudgetLine line = BudgetLine.valueOf(l.getString("line"));
          reserved
              .computeIfAbsent(id, k -> new EnumMap<>(BudgetLine.class))
              .put(line, Amounts.money(l, "reserved", currency));
          remaining
              .computeIfAbsent(id, k -> new EnumMap<>(BudgetLine.class))
              .put(line, Amounts.money(l, "remaining", currency));
        });
    Map<Long, List<Beneficiary>> beneficiaries = new HashMap<>();
    jdbc.sql(
            "SELECT * FROM funding_commitment_beneficiary WHERE commitment_id = ANY(?)"
                + " ORDER BY commitment_id, person_id")
        .param(ids)
        .query(b -> {
          long id = b.getLong("commitment_id");
          beneficiaries
              .computeIfAbsent(id, k -> new ArrayList<>())
              .add(
                  new Beneficiary(
                      new PersonId(b.getObject("person_id", UUID.class)),
                      BeneficiaryCategory.valueOf(b.getString("category")),
                      Amounts.money(b, "reintegration_cap", currencies.get(id))));
        });
    return rows.stream()
        .map(r ->
            new Commitment(
                new CommitmentId(r.id()),
                r.caseId(),
                r.caseNumber(),
                r.missionCode(),
                r.projectId(),
                r.projectCode(),
                r.currency(),
                r.status(),
                r.reservedOn(),
                r.reservedAt(),
                r.reservedBy(),
                reserved.getOrDefault(r.id(), Map.of()),
                remaining.getOrDefault(r.id(), Map.of()),
                beneficiaries.getOrDefault(r.id(), List.of()),
                r.overrideJustification(),
                r.shortfall(),
                r.releasedOn(),
                r.releaseReason()))
        .toList();
  }

  private record Row(
      long id,
      CaseId caseId,
      String caseNumber,
      String missionCode,
      ProjectId projectId,
      String projectCode,
      CurrencyUnit currency,
      CommitmentStatus status,
      LocalDate reservedOn,
      Instant reservedAt,
      String reservedBy,
      String overrideJustification,
      MonetaryAmount shortfall,
      LocalDate releasedOn,
      String releaseReason) {}

  private static Row row(ResultSet rs, int row) throws SQLException {
    CurrencyUnit currency = Amounts.currency(rs, "currency");
    return new Row(
        rs.getLong("id"),
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getString("case_number"),
        rs.getString("mission_code"),
        new ProjectId(rs.getLong("project_id")),
        rs.getString("project_code"),
        currency,
        CommitmentStatus.valueOf(rs.getString("status")),
        rs.getObject("reserved_on", LocalDate.class),
        rs.getTimestamp("reserved_at").toInstant(),
        rs.getString("reserved_by"),
        rs.getString("override_justification"),
        Amounts.money(rs, "shortfall", currency),
        rs.getObject("released_on", LocalDate.class),
        rs.getString("release_reason"));
  }

  static Expenditure expenditure(ResultSet rs, int row) throws SQLException {
    CurrencyUnit projectCurrency = Amounts.currency(rs, "project_currency");
    UUID caseId = rs.getObject("case_id", UUID.class);
    long commitment = rs.getLong("commitment_id");
    boolean noCommitment = rs.wasNull();
    return new Expenditure(
        new ExpenditureId(rs.getLong("id")),
        new ProjectId(rs.getLong("project_id")),
        caseId == null ? null : new CaseId(caseId),
        noCommitment ? null : new CommitmentId(commitment),
        BudgetLine.valueOf(rs.getString("line")),
        Amounts.money(rs, "amount", Amounts.currency(rs, "currency")),
        rs.getObject("spent_on", LocalDate.class),
        Amounts.money(rs, "project_amount", projectCurrency),
        Amounts.money(rs, "consumed", projectCurrency),
        new ExpenditureSource(
            ExpenditureSource.Type.valueOf(rs.getString("source_type")), rs.getString("source_id")),
        rs.getString("description"),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"));
  }
}
