package org.homeward.reintegration.reports;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.funding.FundingRecords;
import org.homeward.funding.Project;
import org.homeward.funding.ProjectId;
import org.homeward.organisation.Actor;
import org.homeward.reintegration.PlanStatus;
import org.homeward.reintegration.PlanType;
import org.homeward.reintegration.ReintegrationFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reintegration's figures counted in SQL over its own tables, the filter applied in the queries.
 *
 * <p>A plan counts through its members: a member counts when their case matches the filter (its
 * missions, arrival day, principal's nationality, and the project that pays for the member). A
 * plan's budget and its paid purchase orders are shared between its members by their caps, as a
 * payment is spent on their cases. A visit counts when its household's follow-up matches the
 * filter; its plan type is that of the case's plan (furthest along, oldest first, cancelled ones
 * left out), as {@link org.homeward.reintegration.ReintegrationCases#planOf} reads it.
 */
@Service("reintegrationFigures")
class JdbcReintegrationFigures implements ReintegrationFigures {

  /** The members of the plans, with their case, the filter's columns and their share. */
  private static final String MEMBERS =
      """
      with member as (
        select m.plan_id, m.person_id, m.case_id, m.project_code, p.type, p.status,
               p.currency, p.total,
               case when sum(m.cap) over (partition by m.plan_id) = 0
                    then 1.0 / count(*) over (partition by m.plan_id)
                    else m.cap / sum(m.cap) over (partition by m.plan_id) end as share
        from reintegration_plan_member m
        join reintegration_plan p on p.id = m.plan_id
        where m.active or p.status = 'CANCELLED'
      ), counted as (
        select member.* from member
        join reintegration_case c on c.case_id = member.case_id
        left join reintegration_follow_up f on f.case_id = member.case_id
        where (cardinality(?::text[]) = 0
               or c.host_mission = any(?::text[]) or c.origin_mission = any(?::text[]))
          and (?::text is null or member.project_code = ?::text)
          and (?::date is null or c.arrived_on >= ?::date)
          and (?::date is null or c.arrived_on <= ?::date)
          and (?::text is null or f.nationality = ?::text)
      )
      """;

  /** The visits done, with their household's cohort and plan type. */
  private static final String VISITS =
      """
      with visit as (
        select v.months, v.activity, v.economic, v.social, v.psychosocial, v.composite,
               f.nationality, f.sex,
               (select p.type from reintegration_plan_member m
                  join reintegration_plan p on p.id = m.plan_id
                 where m.case_id = f.case_id and m.active and p.status <> 'CANCELLED'
                 order by case p.status when 'COMPLETED' then 0 when 'APPROVED' then 1
                          when 'AWAITING_APPROVAL' then 2 else 3 end, p.id
                 limit 1) as plan_type
        from reintegration_visit v
        join reintegration_follow_up f on f.case_id = v.case_id
        where v.done_on is not null
          and (cardinality(?::text[]) = 0
               or f.mission_code = any(?::text[]) or f.receiving = any(?::text[]))
          and (?::text is null or exists (
                select 1 from reintegration_plan_member m
                 where m.case_id = f.case_id and m.project_code = ?::text))
          and (?::date is null or f.arrived_on >= ?::date)
          and (?::date is null or f.arrived_on <= ?::date)
          and (?::text is null or f.nationality = ?::text)
      )
      """;

  private final JdbcClient jdbc;
  private final FundingRecords funding;

  JdbcReintegrationFigures(JdbcClient jdbc, FundingRecords funding) {
    this.jdbc = jdbc;
    this.funding = funding;
  }

  @Override
  @Transactional(readOnly = true)
  public List<PlanCount> plansByTypeAndStatus(Filter filter) {
    Optional<String> project = projectCode(filter);
    if (project.isEmpty() && filter.project().isPresent()) {
      return List.of();
    }
    return jdbc.sql(
            MEMBERS
                + """
                select type, status, count(distinct plan_id) as plans,
                       count(distinct person_id) as returnees
                from counted group by type, status order by type, status
                """)
        .params(params(filter, project))
        .query((rs, n) ->
            new PlanCount(
                PlanType.valueOf(rs.getString("type")),
                PlanStatus.valueOf(rs.getString("status")),
                rs.getLong("plans"),
                rs.getLong("returnees")))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<PlannedAgainstDisbursed> plannedAgainstDisbursed(Filter filter) {
    Optional<String> project = projectCode(filter);
    if (project.isEmpty() && filter.project().isPresent()) {
      return List.of();
    }
    Map<String, Project> projects = projectsByCode();
    List<PlannedAgainstDisbursed> rows = new ArrayList<>();
    jdbc.sql(
            MEMBERS
                + """
                select project_code, currency,
                       round(sum(total * share), 2) as planned,
                       round(sum(coalesce((select sum(o.converted)
                                             from reintegration_purchase_order o
                                            where o.plan_id = counted.plan_id
                                              and o.status = 'PAID'), 0) * share), 2) as paid
                from counted where status in ('APPROVED', 'COMPLETED')
                group by project_code, currency order by project_code, currency
                """)
        .params(params(filter, project))
        .query(rs -> {
          Project p = projects.get(rs.getString("project_code"));
          rows.add(
              new PlannedAgainstDisbursed(
                  p == null ? null : p.id(),
                  p == null ? rs.getString("project_code") : p.title(),
                  rs.getString("currency"),
                  rs.getBigDecimal("planned").setScale(2, RoundingMode.HALF_EVEN),
                  rs.getBigDecimal("paid").setScale(2, RoundingMode.HALF_EVEN)));
        });
    return rows;
  }

  @Override
  @Transactional(readOnly = true)
  public List<StillOperating> businessesStillOperating(Filter filter) {
    Optional<String> project = projectCode(filter);
    if (project.isEmpty() && filter.project().isPresent()) {
      return List.of();
    }
    return jdbc.sql(
            VISITS
                + """
                select months, count(*) as visited,
                       count(*) filter (where activity = 'BUSINESS_OPERATING') as operating
                from visit
                where plan_type = 'MICROBUSINESS'
                   or activity in ('BUSINESS_OPERATING', 'BUSINESS_CLOSED')
                group by months order by months
                """)
        .params(params(filter, project))
        .query((rs, n) ->
            new StillOperating(rs.getInt("months"), rs.getLong("visited"), rs.getLong("operating")))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<ScoreAverage> scoreAverages(Filter filter) {
    Optional<String> project = projectCode(filter);
    if (project.isEmpty() && filter.project().isPresent()) {
      return List.of();
    }
    return jdbc.sql(
            VISITS
                + """
                select case when grouping(nationality) = 0 then 'nationality'
                            when grouping(sex) = 0 then 'sex'
                            when grouping(plan_type) = 0 then 'planType'
                            else 'all' end as cohort_by,
                       coalesce(nationality, sex, plan_type, 'all') as cohort,
                       months, count(*) as visits,
                       round(avg(economic), 4) as economic, round(avg(social), 4) as social,
                       round(avg(psychosocial), 4) as psychosocial,
                       round(avg(composite), 4) as composite
                from visit
                group by grouping sets ((months), (nationality, months), (sex, months),
                                        (plan_type, months))
                having (grouping(nationality) = 1 or nationality is not null)
                   and (grouping(sex) = 1 or sex is not null)
                   and (grouping(plan_type) = 1 or plan_type is not null)
                order by case when grouping(nationality) = 0 then 1 when grouping(sex) = 0
                              then 2 when grouping(plan_type) = 0 then 3 else 0 end,
                         cohort, months
                """)
        .params(params(filter, project))
        .query((rs, n) ->
            new ScoreAverage(
                rs.getString("cohort_by"),
                rs.getString("cohort"),
                rs.getInt("months"),
                rs.getLong("visits"),
                rs.getBigDecimal("economic"),
                rs.getBigDecimal("social"),
                rs.getBigDecimal("psychosocial"),
                rs.getBigDecimal("composite")))
        .list();
  }

  /** The parameters of {@link #MEMBERS} and {@link #VISITS}, in the order of their placeholders. */
  private static List<Object> params(Filter filter, Optional<String> project) {
    String[] missions = filter.missions().toArray(String[]::new);
    String code = project.orElse(null);
    String nationality = filter.nationality().orElse(null);
    List<Object> params = new ArrayList<>();
    params.add(missions);
    params.add(missions);
    params.add(missions);
    params.add(code);
    params.add(code);
    params.add(filter.from());
    params.add(filter.from());
    params.add(filter.to());
    params.add(filter.to());
    params.add(nationality);
    params.add(nationality);
    return params;
  }

  /** The code the plans' members name the filter's project by; empty when it names none. */
  private Optional<String> projectCode(Filter filter) {
    if (filter.project().isEmpty()) {
      return Optional.empty();
    }
    ProjectId id = filter.project().get();
    return projectsByCode().values().stream()
        .filter(p -> id.equals(p.id()))
        .map(Project::code)
        .findFirst();
  }

  private Map<String, Project> projectsByCode() {
    Map<String, Project> byCode = new HashMap<>();
    for (Project p : funding.projects(Actor.system())) {
      byCode.put(p.code(), p);
    }
    return byCode;
  }
}
