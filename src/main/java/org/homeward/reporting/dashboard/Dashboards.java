package org.homeward.reporting.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.homeward.funding.Appeal;
import org.homeward.funding.AppealPosition;
import org.homeward.funding.FundingRecords;
import org.homeward.funding.Ledger;
import org.homeward.funding.ProjectId;
import org.homeward.funding.ProjectPosition;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.CaseScope;
import org.homeward.organisation.Mission;
import org.homeward.organisation.MissionKind;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Role;
import org.homeward.reintegration.ReintegrationFigures;
import org.homeward.reporting.dashboard.Dashboard.AppealRow;
import org.homeward.reporting.dashboard.Dashboard.PlanCount;
import org.homeward.reporting.dashboard.Dashboard.ProjectRow;
import org.homeward.reporting.dashboard.Dashboard.ScoreRow;
import org.homeward.reporting.dashboard.internal.Counts;
import org.homeward.reporting.dashboard.internal.CountsQuery;
import org.homeward.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The staff dashboard: the pipeline and the panels for one reader and one filter, read from the
 * reporting module's own counts and from the published figures of funding and reintegration. Needs
 * {@link Permission#AGGREGATE_READ}. A reader sees the cases of the missions the access rules let
 * them oversee (their mission and its offices, and the cases handed over to their country; a
 * headquarters reader every mission), and a donor's viewer only those of the projects the donor
 * funds.
 */
@Service("reportingDashboards")
public class Dashboards {

  private final AccessPolicy access;
  private final Missions missions;
  private final Ledger ledger;
  private final FundingRecords records;
  private final Counts counts;
  private final ObjectProvider<ReintegrationFigures> reintegration;

  Dashboards(
      AccessPolicy access,
      Missions missions,
      Ledger ledger,
      FundingRecords records,
      Counts counts,
      ObjectProvider<ReintegrationFigures> reintegration) {
    this.access = access;
    this.missions = missions;
    this.ledger = ledger;
    this.records = records;
    this.counts = counts;
    this.reintegration = reintegration;
  }

  /** What a reader may choose from: the missions and projects whose figures they see. */
  public record Choices(List<Mission> missions, List<ProjectPosition> projects) {}

  public Choices choices(Actor actor) {
    actor.require(Permission.AGGREGATE_READ);
    Set<String> overseen = access.oversight(actor);
    List<Mission> visible =
        missions.all().stream()
            .filter(m -> m.kind() != MissionKind.HEADQUARTERS)
            .filter(m -> overseen.isEmpty() || overseen.contains(m.code()))
            .toList();
    return new Choices(visible, ledger.positions(ledger.today(), actor));
  }

  /** Everything the dashboard shows. */
  public Dashboard show(DashboardFilter filter, Actor actor) {
    actor.require(Permission.AGGREGATE_READ);
    Reader reader = reader(filter, actor);
    CountsQuery query = reader.query(filter);
    LocalDate today = ledger.today();
    return new Dashboard(
        filter,
        today,
        counts.pipeline(query),
        counts.departures(query),
        counts.nationalities(query),
        counts.pyramid(query),
        counts.vulnerabilities(query),
        plans(reader, filter),
        businesses(reader, filter),
        scores(reader, filter),
        appeals(reader, filter, today, actor),
        projects(reader, filter, today, actor));
  }

  /**
   * Who reads and what they may see: the missions overseen (empty for all), the countries whose
   * returnees they receive, and a donor's projects (null for anyone else).
   */
  private record Reader(
      Set<String> overseen,
      Set<String> receiving,
      Set<Long> donorProjects,
      Set<String> missionFilter,
      Set<String> missionCountries) {

    CountsQuery query(DashboardFilter filter) {
      CaseScope scope =
          overseen.isEmpty() ? CaseScope.EVERYTHING : new CaseScope(false, overseen, receiving);
      CaseScope mission =
          missionFilter == null ? null : new CaseScope(false, missionFilter, missionCountries);
      Set<Long> projects = donorProjects;
      if (filter.project().isPresent()) {
        long chosen = filter.project().get().value();
        projects =
            donorProjects == null || donorProjects.contains(chosen) ? Set.of(chosen) : Set.of();
      }
      return new CountsQuery(
          scope, mission, projects, filter.from(), filter.to(), filter.nationality().orElse(null));
    }

    /** The missions reintegration's figures count: empty for all. */
    Set<String> reintegrationMissions() {
      if (missionFilter == null) {
        return overseen;
      }
      if (overseen.isEmpty()) {
        return missionFilter;
      }
      Set<String> both = new HashSet<>(missionFilter);
      both.retainAll(overseen);
      // a mission outside the reader's oversight: a set that counts no mission
      return both.isEmpty() ? Set.of("-") : both;
    }
  }

  private Reader reader(DashboardFilter filter, Actor actor) {
    Set<String> overseen = access.oversight(actor);
    Map<String, Mission> all = new LinkedHashMap<>();
    missions.all().forEach(m -> all.put(m.code(), m));
    Set<String> receiving = countries(overseen, all);
    Set<Long> donorProjects = null;
    if (actor.has(Role.DONOR_VIEWER) && !actor.may(Permission.FUNDING_READ)) {
      donorProjects = new HashSet<>();
      for (ProjectPosition p : ledger.positions(ledger.today(), actor)) {
        donorProjects.add(p.projectId().value());
      }
    }
    Set<String> missionFilter = null;
    Set<String> missionCountries = null;
    if (filter.mission().isPresent()) {
      String code = filter.mission().get();
      if (!all.containsKey(code)) {
        throw new NotFoundException("mission", code);
      }
      missionFilter = withOffices(code, all);
      missionCountries = countries(missionFilter, all);
    }
    return new Reader(overseen, receiving, donorProjects, missionFilter, missionCountries);
  }

  /** The mission and its offices, below it at any depth. */
  private static Set<String> withOffices(String code, Map<String, Mission> all) {
    Set<String> found = new HashSet<>();
    found.add(code);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Mission m : all.values()) {
        if (m.parentCode() != null && found.contains(m.parentCode()) && found.add(m.code())) {
          grew = true;
        }
      }
    }
    return found;
  }

  /** The countries whose returnees these missions receive (a regional office receives none). */
  private static Set<String> countries(Set<String> codes, Map<String, Mission> all) {
    Set<String> countries = new HashSet<>();
    for (String code : codes) {
      Mission m = all.get(code);
      if (m != null && m.countryCode() != null && m.kind() != MissionKind.REGIONAL_OFFICE) {
        countries.add(m.countryCode());
      }
    }
    return countries;
  }

  /** The filters reintegration's figures take, one per project a donor's viewer may see. */
  private List<ReintegrationFigures.Filter> reintegrationFilters(
      Reader reader, DashboardFilter filter) {
    LocalDate from = filter.from() == null ? null : filter.from().atDay(1);
    LocalDate to = filter.to() == null ? null : filter.to().atEndOfMonth();
    Set<String> missionCodes = reader.reintegrationMissions();
    List<Optional<ProjectId>> projects = new ArrayList<>();
    if (filter.project().isPresent()) {
      if (reader.donorProjects() == null
          || reader.donorProjects().contains(filter.project().get().value())) {
        projects.add(filter.project());
      }
    } else if (reader.donorProjects() != null) {
      reader.donorProjects().forEach(p -> projects.add(Optional.of(new ProjectId(p))));
    } else {
      projects.add(Optional.empty());
    }
    return projects.stream()
        .map(p -> new ReintegrationFigures.Filter(missionCodes, p, from, to, filter.nationality()))
        .toList();
  }

  private List<PlanCount> plans(Reader reader, DashboardFilter filter) {
    ReintegrationFigures figures = reintegration.getIfAvailable();
    if (figures == null) {
      return List.of();
    }
    Map<String, long[]> sums = new LinkedHashMap<>();
    for (ReintegrationFigures.Filter f : reintegrationFilters(reader, filter)) {
      for (ReintegrationFigures.PlanCount c : figures.plansByTypeAndStatus(f)) {
        long[] n = sums.computeIfAbsent(c.type() + "|" + c.status(), k -> new long[2]);
        n[0] += c.plans();
        n[1] += c.returnees();
      }
    }
    List<PlanCount> rows = new ArrayList<>();
    sums.forEach((key, n) -> {
      String[] k = key.split("\\|");
      rows.add(new PlanCount(k[0], k[1], n[0], n[1]));
    });
    return rows;
  }

  private List<Dashboard.BusinessesOperating> businesses(Reader reader, DashboardFilter filter) {
    ReintegrationFigures figures = reintegration.getIfAvailable();
    if (figures == null) {
      return List.of();
    }
    Map<Integer, long[]> byStep = new java.util.TreeMap<>();
    for (ReintegrationFigures.Filter f : reintegrationFilters(reader, filter)) {
      for (ReintegrationFigures.StillOperating s : figures.businessesStillOperating(f)) {
        long[] n = byStep.computeIfAbsent(s.months(), m -> new long[2]);
        n[0] += s.visited();
        n[1] += s.operating();
      }
    }
    List<Dashboard.BusinessesOperating> rows = new ArrayList<>();
    byStep.forEach((months, n) -> rows.add(new Dashboard.BusinessesOperating(months, n[0], n[1])));
    return rows;
  }

  /** The scores of everyone's visits by step; a donor's several projects weighted by visits. */
  private List<ScoreRow> scores(Reader reader, DashboardFilter filter) {
    ReintegrationFigures figures = reintegration.getIfAvailable();
    if (figures == null) {
      return List.of();
    }
    Map<Integer, List<ReintegrationFigures.ScoreAverage>> byStep = new java.util.TreeMap<>();
    for (ReintegrationFigures.Filter f : reintegrationFilters(reader, filter)) {
      for (ReintegrationFigures.ScoreAverage a : figures.scoreAverages(f)) {
        if (a.cohortBy().equals("all")) {
          byStep.computeIfAbsent(a.months(), m -> new ArrayList<>()).add(a);
        }
      }
    }
    List<ScoreRow> rows = new ArrayList<>();
    byStep.forEach((months, averages) -> {
      long visits = averages.stream().mapToLong(ReintegrationFigures.ScoreAverage::visits).sum();
      rows.add(
          new ScoreRow(
              months,
              visits,
              weighted(averages, ReintegrationFigures.ScoreAverage::economic),
              weighted(averages, ReintegrationFigures.ScoreAverage::social),
              weighted(averages, ReintegrationFigures.ScoreAverage::psychosocial),
              weighted(averages, ReintegrationFigures.ScoreAverage::composite)));
    });
    return rows;
  }

  private static BigDecimal weighted(
      List<ReintegrationFigures.ScoreAverage> averages,
      java.util.function.Function<ReintegrationFigures.ScoreAverage, BigDecimal> dimension) {
    BigDecimal sum = BigDecimal.ZERO;
    long weight = 0;
    for (var a : averages) {
      BigDecimal value = dimension.apply(a);
      if (value != null && a.visits() > 0) {
        sum = sum.add(value.multiply(BigDecimal.valueOf(a.visits())));
        weight += a.visits();
      }
    }
    return weight == 0 ? null : sum.divide(BigDecimal.valueOf(weight), 2, RoundingMode.HALF_EVEN);
  }

  /** The appeals of the missions shown whose figures the reader may read. */
  private List<AppealRow> appeals(
      Reader reader, DashboardFilter filter, LocalDate today, Actor actor) {
    List<AppealRow> rows = new ArrayList<>();
    // every appeal, then each position as the reader may read it: the ledger says who may
    for (Appeal appeal : records.appeals(Actor.system())) {
      if (reader.missionFilter() != null
          && !reader.missionFilter().contains(appeal.missionCode())) {
        continue;
      }
      AppealPosition p;
      try {
        p = ledger.positionOf(appeal.id(), today, actor);
      } catch (NotFoundException notVisible) {
        continue;
      }
      rows.add(
          new AppealRow(
              p.title(),
              p.missionCode(),
              p.target().getCurrency().getCurrencyCode(),
              amount(p.target()),
              p.targetPeople(),
              amount(p.pledged()),
              amount(p.received()),
              p.receivedShare() == null
                  ? 0
                  : p.receivedShare()
                      .multiply(BigDecimal.valueOf(100))
                      .setScale(0, RoundingMode.DOWN)
                      .intValue()));
    }
    return rows;
  }

  private List<ProjectRow> projects(
      Reader reader, DashboardFilter filter, LocalDate today, Actor actor) {
    List<ProjectRow> rows = new ArrayList<>();
    for (ProjectPosition p : ledger.positions(today, actor)) {
      if (reader.missionFilter() != null && !reader.missionFilter().contains(p.missionCode())) {
        continue;
      }
      if (filter.project().isPresent() && !filter.project().get().equals(p.projectId())) {
        continue;
      }
      rows.add(
          new ProjectRow(
              p.projectId().value(),
              p.code(),
              p.title(),
              p.missionCode(),
              p.money().currency().getCurrencyCode(),
              amount(p.budget()),
              amount(p.money().committed()),
              amount(p.money().spent()),
              amount(p.money().received()),
              amount(p.money().available()),
              p.money().exhaustionDate()));
    }
    return rows;
  }

  private static BigDecimal amount(MonetaryAmount money) {
    return money.getNumber().numberValue(BigDecimal.class).setScale(2, RoundingMode.HALF_EVEN);
  }
}
