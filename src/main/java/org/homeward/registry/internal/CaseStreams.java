package org.homeward.registry.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.homeward.organisation.CaseScope;
import org.homeward.organisation.Holding;
import org.homeward.registry.CaseLine;
import org.homeward.registry.CaseSearch;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Vulnerability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whole case lists read as they are written out: the database hands over {@link #FETCH_SIZE} rows
 * at a time through a cursor (the caller's transaction holds it open), so memory stays flat however
 * many cases match. The filters are those of {@link CaseLists}, so an export holds the same cases
 * as the list.
 */
@Repository
public class CaseStreams {

  static final int FETCH_SIZE = 500;

  /** The line's columns; its first {@code ?} is the day that decides who is a child. */
  private static final String LINE_COLUMNS =
      """
      SELECT c.*, pr.given_name, pr.family_name, pr.nationality,
        h.members, h.girls, h.boys, h.women, h.men, h.vulnerabilities, h.sensitive_tags
      FROM registry_case c
      JOIN registry_person pr ON pr.case_id = c.id AND pr.position = 0
      CROSS JOIN LATERAL (
        SELECT count(*) AS members,
          count(*) FILTER (WHERE m.sex = 'F' AND m.date_of_birth > adult_from) AS girls,
          count(*) FILTER (WHERE m.sex = 'M' AND m.date_of_birth > adult_from) AS boys,
          count(*) FILTER (WHERE m.sex = 'F' AND m.date_of_birth <= adult_from) AS women,
          count(*) FILTER (WHERE m.sex = 'M' AND m.date_of_birth <= adult_from) AS men,
          (SELECT array_agg(DISTINCT x) FROM registry_person v,
             unnest(v.vulnerabilities || v.derived_vulnerabilities) x
           WHERE v.case_id = c.id) AS vulnerabilities,
          (SELECT array_agg(DISTINCT x) FROM registry_person v, unnest(v.sensitive_tags) x
           WHERE v.case_id = c.id) AS sensitive_tags
        FROM registry_person m, (SELECT (?::date - interval '18 years')::date AS adult_from) d
        WHERE m.case_id = c.id) h
      """;

  private final JdbcClient jdbc;
  private final CaseLists lists;
  private final PersonRows people;

  CaseStreams(JdbcClient jdbc, CaseLists lists, PersonRows people) {
    this.jdbc = jdbc;
    this.lists = lists;
    this.people = people;
  }

  /**
   * Every case matching {@code search} within {@code scope}, in its order, to {@code sink}; the
   * medical and protection categories of a case only where {@code mayKnowSensitive} says so.
   */
  public long matching(
      CaseSearch search,
      LocalDate today,
      CaseScope scope,
      CaseScope sensitiveScope,
      Predicate<Holding> mayKnowSensitive,
      Consumer<CaseLine> sink) {
    List<Object> params = new ArrayList<>();
    params.add(today);
    StringBuilder where = lists.where(search, scope, sensitiveScope, params);
    return stream(
        LINE_COLUMNS + where + " ORDER BY " + CaseLists.orderBy(search.sort()),
        params,
        mayKnowSensitive,
        sink);
  }

  /** The cases {@code username} registered in one of {@code statuses}, waiting longest first. */
  public long waitingFor(
      String username,
      Set<CaseStatus> statuses,
      LocalDate today,
      CaseScope scope,
      Predicate<Holding> mayKnowSensitive,
      Consumer<CaseLine> sink) {
    List<Object> params = new ArrayList<>();
    params.add(today);
    params.add(username);
    params.add(statuses.stream().map(Enum::name).toArray(String[]::new));
    StringBuilder where = new StringBuilder(" WHERE c.created_by = ? AND c.status = ANY (?)");
    CaseRepository.within(scope, where, params);
    return stream(
        LINE_COLUMNS + where + " ORDER BY c.status_changed_at, c.priority DESC, c.case_number",
        params,
        mayKnowSensitive,
        sink);
  }

  private long stream(
      String sql,
      List<Object> params,
      Predicate<Holding> mayKnowSensitive,
      Consumer<CaseLine> sink) {
    Map<String, Vulnerability> sensitiveByTag = new HashMap<>();
    for (Vulnerability v : Vulnerability.values()) {
      if (v.isSensitive()) {
        sensitiveByTag.put(people.tagOf(v), v);
      }
    }
    long[] count = {0};
    jdbc.sql(sql)
        .withFetchSize(FETCH_SIZE)
        .params(params)
        .query(rs -> {
          sink.accept(line(rs, sensitiveByTag, mayKnowSensitive));
          count[0]++;
        });
    return count[0];
  }

  private static CaseLine line(
      ResultSet rs, Map<String, Vulnerability> sensitiveByTag, Predicate<Holding> mayKnowSensitive)
      throws SQLException {
    CaseRepository.CaseRow row = CaseRepository.caseRow(rs, 0);
    Holding holding = new Holding(row.missionCode(), row.destinationCountry(), row.handedOver());
    Set<Vulnerability> protection = EnumSet.noneOf(Vulnerability.class);
    Array tags = rs.getArray("sensitive_tags");
    if (tags != null && mayKnowSensitive.test(holding)) {
      for (String tag : (String[]) tags.getArray()) {
        Vulnerability known = sensitiveByTag.get(tag);
        if (known != null) {
          protection.add(known);
        }
      }
    }
    return new CaseLine(
        row.caseNumber(),
        row.missionCode(),
        row.status(),
        row.statusChangedAt(),
        row.priority().level(),
        rs.getString("given_name") + " " + rs.getString("family_name"),
        rs.getString("nationality"),
        rs.getInt("members"),
        rs.getInt("girls"),
        rs.getInt("boys"),
        rs.getInt("women"),
        rs.getInt("men"),
        row.destinationCountry(),
        row.finalDestination(),
        row.registrationSite(),
        row.registrationDate(),
        PersonRows.vulnerabilities(rs.getArray("vulnerabilities")),
        protection);
  }
}
