package org.homeward.reintegration.reports;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.funding.FundingRecords;
import org.homeward.funding.Project;
import org.homeward.funding.ProjectId;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Mission;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.reintegration.ReintegrationFigures;
import org.homeward.reintegration.ReintegrationFigures.Filter;
import org.homeward.reintegration.ReintegrationFigures.PlanCount;
import org.homeward.reintegration.ReintegrationFigures.PlannedAgainstDisbursed;
import org.homeward.reintegration.ReintegrationFigures.ScoreAverage;
import org.homeward.reintegration.ReintegrationFigures.StillOperating;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.shared.FormFields;
import org.homeward.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reintegration's reports for its officers and M&amp;E: the figures of the missions the reader
 * oversees (the access policy's answer, as for the module's other records), narrowed by the
 * reader's choice of mission, project, period of arrival and nationality. A download is audited.
 */
@Service("reintegrationReports")
public class ReintegrationReports {

  /** The reports, as their downloads and API name them. */
  public enum Kind {
    PLANS,
    FUNDS,
    BUSINESSES,
    SCORES;

    public String slug() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Kind> of(String slug) {
      for (Kind k : values()) {
        if (k.slug().equals(slug)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  /** What the reader asks for; null fields take everything the reader may see. */
  public record Query(
      String mission, ProjectId project, LocalDate from, LocalDate to, String nationality) {

    public static final Query EVERYTHING = new Query(null, null, null, null, null);

    /**
     * The query a form or a request writes: blank is everything, a day is {@code YYYY-MM-DD}, a
     * nationality an ISO alpha-3 code (any case); every problem is reported at once.
     */
    public static Query parse(
        String mission, String project, String from, String to, String nationality) {
      Violations v = new Violations();
      String m = FormFields.optionalText(v, "mission", mission, 20);
      ProjectId p = null;
      if (!FormFields.blank(project)) {
        p = ProjectId.parse(project.strip()).orElse(null);
        v.check(p != null, "project", "invalid", "a project's id");
      }
      LocalDate f = FormFields.day(FormFields.blank(from) ? null : from.strip());
      v.check(FormFields.blank(from) || f != null, "from", "invalid", "a day, YYYY-MM-DD");
      LocalDate t = FormFields.day(FormFields.blank(to) ? null : to.strip());
      v.check(FormFields.blank(to) || t != null, "to", "invalid", "a day, YYYY-MM-DD");
      String n =
          FormFields.blank(nationality) ? null : nationality.strip().toUpperCase(Locale.ROOT);
      v.check(n == null || n.matches("[A-Z]{3}"), "nationality", "invalid", "an ISO alpha-3 code");
      v.throwIfAny();
      return new Query(m == null ? null : m.toUpperCase(Locale.ROOT), p, f, t, n);
    }
  }

  /** The four reports over one filter. */
  public record Report(
      Query query,
      List<PlanCount> plans,
      List<PlannedAgainstDisbursed> funds,
      List<StillOperating> businesses,
      List<ScoreAverage> scores) {}

  private final ReintegrationFigures figures;
  private final ReintegrationScope scope;
  private final Missions missions;
  private final FundingRecords funding;
  private final AuditTrail audit;

  ReintegrationReports(
      ReintegrationFigures figures,
      ReintegrationScope scope,
      Missions missions,
      FundingRecords funding,
      AuditTrail audit) {
    this.figures = figures;
    this.scope = scope;
    this.missions = missions;
    this.funding = funding;
    this.audit = audit;
  }

  /** The reports for the reader, over the missions they oversee. */
  @Transactional(readOnly = true)
  public Report report(Query query, Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    check(query);
    Optional<Filter> filter = filter(query, actor);
    if (filter.isEmpty()) {
      return new Report(query, List.of(), List.of(), List.of(), List.of());
    }
    Filter f = filter.get();
    return new Report(
        query,
        figures.plansByTypeAndStatus(f),
        figures.plannedAgainstDisbursed(f),
        figures.businessesStillOperating(f),
        figures.scoreAverages(f));
  }

  /** The reports for a file that leaves Homeward: audited with its format and filter. */
  @Transactional
  public Report export(Query query, String what, Actor actor) {
    Report report = report(query, actor);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("file", what);
    if (query.mission() != null) {
      details.put("mission", query.mission());
    }
    if (query.project() != null) {
      details.put("project", query.project().value());
    }
    if (query.from() != null) {
      details.put("from", query.from().toString());
    }
    if (query.to() != null) {
      details.put("to", query.to().toString());
    }
    if (query.nationality() != null) {
      details.put("nationality", query.nationality());
    }
    audit.record(
        AuditRecord.of(
                actor.username(), "reintegration.report-exported", "reintegration-report", what)
            .inMission(actor.missionCode())
            .withDetails(details));
    return report;
  }

  /** The missions the reader may choose among, by code. */
  @Transactional(readOnly = true)
  public List<Mission> missions(Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    Set<String> seen = scope.missionsRead(actor);
    return missions.all().stream()
        .filter(m -> seen == null || seen.contains(m.code()))
        .sorted(Comparator.comparing(Mission::code))
        .toList();
  }

  /** The projects the reader may choose among: their titles name no one. */
  @Transactional(readOnly = true)
  public List<Project> projects(Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    return funding.projects(Actor.system()).stream()
        .sorted(Comparator.comparing(Project::code))
        .toList();
  }

  private Optional<Filter> filter(Query query, Actor actor) {
    Set<String> seen = scope.missionsRead(actor);
    Set<String> counted;
    if (query.mission() != null) {
      if (seen != null && !seen.contains(query.mission())) {
        return Optional.empty();
      }
      counted = Set.of(query.mission());
    } else if (seen == null) {
      counted = Set.of();
    } else if (seen.isEmpty()) {
      return Optional.empty();
    } else {
      counted = seen;
    }
    return Optional.of(
        new Filter(
            counted,
            Optional.ofNullable(query.project()),
            query.from(),
            query.to(),
            Optional.ofNullable(query.nationality())));
  }

  private static void check(Query query) {
    Violations v = new Violations();
    v.check(
        query.from() == null || query.to() == null || !query.to().isBefore(query.from()),
        "to",
        "before-from",
        "the period ends on or after the day it starts");
    v.check(
        query.nationality() == null || query.nationality().matches("[A-Z]{3}"),
        "nationality",
        "invalid",
        "an ISO 3166-1 alpha-3 code");
    v.check(
        query.mission() == null || query.mission().matches("[A-Z0-9-]{1,20}"),
        "mission",
        "invalid",
        "a mission code");
    v.throwIfAny();
  }
}
