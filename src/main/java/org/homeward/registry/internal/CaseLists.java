package org.homeward.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.organisation.CaseScope;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseSearch;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.CaseSummary;
import org.homeward.registry.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists of cases a reader sees: a search's page, the counts by status, the work waiting. */
@Repository
public class CaseLists {

  /** What a line of a list shows; the query adds {@code FROM registry_case c JOIN ... pr}. */
  private static final String SUMMARY_COLUMNS =
      """
      SELECT c.*, pr.given_name, pr.family_name, pr.nationality,
        (SELECT count(*) FROM registry_person m WHERE m.case_id = c.id) AS member_count,
        (SELECT array_agg(DISTINCT x) FROM registry_person m,
           unnest(m.vulnerabilities || m.derived_vulnerabilities) x
         WHERE m.case_id = c.id) AS all_vulnerabilities
      """;

  private final JdbcClient jdbc;
  private final PersonRows people;

  CaseLists(JdbcClient jdbc, PersonRows people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  /**
   * One page of the cases matching {@code search} within {@code scope}. A filter on a sensitive
   * category also keeps to {@code sensitiveScope}, the cases whose sensitive data the reader may
   * know.
   */
  public ResultPage<CaseSummary> search(
      CaseSearch search, CaseScope scope, CaseScope sensitiveScope) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    List<Object> params = new ArrayList<>();
    CaseRepository.within(scope, where, params);
    if (!search.statuses().isEmpty()) {
      where.append(" AND c.status = ANY (?)");
      params.add(search.statuses().stream().map(Enum::name).toArray(String[]::new));
    }
    if (search.nationality() != null) {
      where.append(" AND pr.nationality = ?");
      params.add(search.nationality());
    }
    if (search.vulnerability() != null && search.vulnerability().isSensitive()) {
      CaseRepository.within(sensitiveScope, where, params);
      where.append(
          " AND EXISTS (SELECT 1 FROM registry_person v WHERE v.case_id = c.id"
              + " AND ? = ANY (v.sensitive_tags))");
      params.add(people.tagOf(search.vulnerability()));
    } else if (search.vulnerability() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM registry_person v WHERE v.case_id = c.id AND (? = ANY"
              + " (v.vulnerabilities) OR ? = ANY (v.derived_vulnerabilities)))");
      params.add(search.vulnerability().name());
      params.add(search.vulnerability().name());
    }
    if (search.registrationSite() != null) {
      where.append(" AND lower(c.registration_site) = lower(?)");
      params.add(search.registrationSite());
    }
    if (search.registeredFrom() != null) {
      where.append(" AND c.registration_date >= ?");
      params.add(search.registeredFrom());
    }
    if (search.registeredTo() != null) {
      where.append(" AND c.registration_date <= ?");
      params.add(search.registeredTo());
    }
    if (search.query() != null && !search.query().isBlank()) {
      appendQuery(search.query().strip(), where, params);
    }
    String from =
        " FROM registry_case c JOIN registry_person pr ON pr.case_id = c.id AND pr.position = 0";
    long total =
        jdbc.sql("SELECT count(*)" + from + where).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(search.size());
    pageParams.add((long) search.page() * search.size());
    List<CaseSummary> items =
        jdbc.sql(
                SUMMARY_COLUMNS
                    + from
                    + where
                    + " ORDER BY "
                    + orderBy(search.sort())
                    + " LIMIT ? OFFSET ?")
            .params(pageParams)
            .query(CaseLists::summary)
            .list();
    return new ResultPage<>(items, search.page(), search.size(), total);
  }

  /** The number of cases in each status within {@code scope}. */
  public Map<CaseStatus, Long> countByStatus(CaseScope scope) {
    Map<CaseStatus, Long> counts = new java.util.EnumMap<>(CaseStatus.class);
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    List<Object> params = new ArrayList<>();
    CaseRepository.within(scope, where, params);
    jdbc.sql("SELECT status, count(*) AS n FROM registry_case c" + where + " GROUP BY status")
        .params(params)
        .query(rs -> {
          counts.put(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
    return counts;
  }

  /**
   * The cases {@code username} registered that are in one of {@code statuses}, the one whose status
   * has not changed for longest first.
   */
  public ResultPage<CaseSummary> waitingFor(
      String username, Set<CaseStatus> statuses, CaseScope scope, int size) {
    StringBuilder where = new StringBuilder(" WHERE c.created_by = ? AND c.status = ANY (?)");
    List<Object> params = new ArrayList<>();
    params.add(username);
    params.add(statuses.stream().map(Enum::name).toArray(String[]::new));
    CaseRepository.within(scope, where, params);
    String from =
        " FROM registry_case c JOIN registry_person pr ON pr.case_id = c.id AND pr.position = 0"
            + where;
    long total = jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(size);
    List<CaseSummary> items =
        jdbc.sql(
                SUMMARY_COLUMNS
                    + from
                    + " ORDER BY c.status_changed_at, c.priority DESC, c.case_number LIMIT ?")
            .params(pageParams)
            .query(CaseLists::summary)
            .list();
    return new ResultPage<>(items, 0, size, total);
  }

  /** Names (each word, misspellings tolerated), case numbers or phone numbers. */
  private static void appendQuery(String query, StringBuilder where, List<Object> params) {
    String digits = query.replaceAll("[^0-9]", "");
    if (query.matches("(?i)[A-Z]{2,3}-\\d{4}-\\d{1,6}")) {
      where.append(" AND c.case_number = upper(?)");
      params.add(query);
      return;
    }
    if (query.matches("\\+?[0-9 ().-]+") && digits.length() >= 6) {
      where.append(
          " AND EXISTS (SELECT 1 FROM registry_person p WHERE p.case_id = c.id AND p.phone LIKE ?)");
      params.add("%" + digits + "%");
      return;
    }
    for (String word : SearchText.normalise(query).split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      where.append(
          " AND EXISTS (SELECT 1 FROM registry_person p WHERE p.case_id = c.id AND"
              + " (p.search_name LIKE ? OR (length(?) > 3 AND ? <% p.search_name)))");
      params.add("%" + word + "%");
      params.add(word);
      params.add(word);
    }
  }

  private static String orderBy(CaseSearch.SortOrder sort) {
    return switch (sort) {
      case PRIORITY -> "c.priority DESC, c.registration_date, c.case_number";
      case REGISTRATION_DATE -> "c.registration_date, c.case_number";
      case REGISTRATION_DATE_DESC -> "c.registration_date DESC, c.case_number DESC";
      case CASE_NUMBER -> "c.case_number";
      case STATUS -> "c.status, c.priority DESC, c.case_number";
      case NAME -> "lower(pr.family_name), lower(pr.given_name), c.case_number";
    };
  }

  private static CaseSummary summary(ResultSet rs, int n) throws SQLException {
    CaseRepository.CaseRow row = CaseRepository.caseRow(rs, n);
    return new CaseSummary(
        new CaseId(row.id()),
        row.caseNumber(),
        row.missionCode(),
        row.status(),
        row.statusChangedAt(),
        row.priority(),
        rs.getString("given_name") + " " + rs.getString("family_name"),
        rs.getString("nationality"),
        rs.getInt("member_count"),
        row.destinationCountry(),
        row.registrationSite(),
        row.registrationDate(),
        PersonRows.vulnerabilities(rs.getArray("all_vulnerabilities")));
  }
}
