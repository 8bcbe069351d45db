package org.homeward.reporting.exports;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.funding.Ledger;
import org.homeward.funding.ProjectPosition;
import org.homeward.funding.engine.FundingPosition;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Mission;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseFlows;
import org.homeward.registry.CaseFlows.Count;
import org.homeward.registry.CaseStatus;
import org.homeward.reintegration.PlanStatus;
import org.homeward.reintegration.ReintegrationFigures;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mission's monthly operational report: the month's figures gathered from the registry's,
 * funding's and reintegration's published queries, and the PDF that shows them. For the chief of
 * mission and the monitoring and evaluation officers ({@link Permission#OPERATIONS_REPORT_READ}) of
 * that mission or a mission above it; any other mission is not found. Each report is audited.
 */
@Service("reportingMonthlyReport")
public class MonthlyReport {

  public static final String AUDIT_ACTION = "reporting.monthly-report-read";

  static final Set<PlanStatus> APPROVED = EnumSet.of(PlanStatus.APPROVED, PlanStatus.COMPLETED);

  private final CaseFlows flows;
  private final Ledger ledger;
  private final ReintegrationFigures reintegration;
  private final Missions missions;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Clock clock;

  MonthlyReport(
      CaseFlows flows,
      Ledger ledger,
      ReintegrationFigures reintegration,
      Missions missions,
      AccessPolicy access,
      AuditTrail audit,
      MessageSource messages,
      Clock clock) {
    this.flows = flows;
    this.ledger = ledger;
    this.reintegration = reintegration;
    this.missions = missions;
    this.access = access;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  /** {@code YYYY-MM}, not after this month. */
  public YearMonth month(String month) {
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month == null ? "" : month.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("month", "malformed", "YYYY-MM, not " + month);
    }
    if (parsed.isAfter(YearMonth.now(clock))) {
      throw InvalidInputException.of("month", "in-future", "a month up to this one");
    }
    return parsed;
  }

  /** The missions whose report the actor may read, by code. */
  public List<Mission> missionsFor(Actor actor) {
    actor.require(Permission.OPERATIONS_REPORT_READ);
    Set<String> oversight = access.oversight(actor);
    return missions.all().stream()
        .filter(m -> oversight.isEmpty() || oversight.contains(m.code()))
        .sorted(java.util.Comparator.comparing(Mission::code))
        .toList();
  }

  /** The month's figures of the mission and its sub-offices. */
  public MonthlyFigures figures(String missionCode, YearMonth month, Actor actor) {
    actor.require(Permission.OPERATIONS_REPORT_READ);
    Set<String> oversight = access.oversight(actor);
    Mission mission =
        missions
            .find(missionCode)
            .filter(m -> oversight.isEmpty() || oversight.contains(m.code()))
            .orElseThrow(() -> new NotFoundException("mission", missionCode));
    Set<String> scope = withOffices(mission.code());
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = last.isAfter(today) ? today : last;

    Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
    for (int back = 5; back >= 0; back--) {
      YearMonth m = month.minusMonths(back);
      byMonth.put(m, flows.registered(scope, m.atDay(1), m.atEndOfMonth()).households());
    }
    long plans =
        reintegration
            .plansByTypeAndStatus(
                new ReintegrationFigures.Filter(
                    scope, Optional.empty(), null, last, Optional.empty()))
            .stream()
            .filter(p -> APPROVED.contains(p.status()))
            .mapToLong(ReintegrationFigures.PlanCount::plans)
            .sum();
    List<MonthlyFigures.ProjectMoney> money = new ArrayList<>();
    for (ProjectPosition p : ledger.positions(asOf, actor)) {
      FundingPosition f = p.money();
      // a project whose money is all spent and nothing committed is history, not this month's
      if (scope.contains(p.missionCode())
          && (f.available().isPositive() || f.committed().isPositive())) {
        money.add(
            new MonthlyFigures.ProjectMoney(
                p.code(),
                p.title(),
                p.budget(),
                f.received(),
                f.committed(),
                f.spent(),
                f.available(),
                f.exhaustionDate()));
      }
    }
    return new MonthlyFigures(
        mission.code(),
        mission.name(),
        month,
        asOf,
        flows.registered(scope, first, last),
        total(flows.enteredByDestination(scope, CaseStatus.ELIGIBLE, first, last)),
        flows.enteredByDestination(scope, CaseStatus.DEPARTED, first, last),
        total(flows.enteredByDestination(scope, CaseStatus.ARRIVED, first, last)),
        plans,
        byMonth,
        money);
  }

  /** Writes the report as PDF in {@code reader}'s language, and audits it. */
  @Transactional
  public void pdf(
      String missionCode, YearMonth month, Locale reader, Actor actor, OutputStream out) {
    MonthlyFigures figures = figures(missionCode, month, actor);
    MonthlyReportPdf.write(figures, reader, messages, out);
    audit.record(
        AuditRecord.of(actor.username(), AUDIT_ACTION, "mission", figures.missionCode())
            .inMission(figures.missionCode())
            .withDetails(Map.of("month", month.toString(), "language", reader.getLanguage())));
  }

  private Set<String> withOffices(String code) {
    Set<String> scope = new HashSet<>(Set.of(code));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Mission m : missions.all()) {
        if (m.parentCode() != null && scope.contains(m.parentCode()) && scope.add(m.code())) {
          grew = true;
        }
      }
    }
    return scope;
  }

  private static Count total(Map<String, Count> counts) {
    return new Count(
        counts.values().stream().mapToLong(Count::households).sum(),
        counts.values().stream().mapToLong(Count::people).sum());
  }
}
