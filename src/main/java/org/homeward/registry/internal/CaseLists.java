package org.homeward.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.organisation.CaseScope;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseSearch;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.CaseSummary;
import org.homeward.registry.ResultPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists of cases a reader sees: a search's page, the counts by status, the work waiting.
 *
 * <p>A list's total comes from the counts by status when only statuses narrow it. Otherwise the
 * matches are counted up to {@code homeward.registry.count-limit} (1000); past that, and for a
 * common name among many cases, the total only says that there is a next page (see {@link
 * ResultPage}).
 *
 * <p>A search by name in the default order walks the cases most vulnerable first and tests the
 * names on each, at most {@code homeward.registry.walk-per-match} (250) cases for each one it
 * shows: enough for a name held by one case in 250, or more, which it finds at once however many
 * cases there are. A rarer name is looked up through the members' names index instead.
 */
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

  private static final String WITH_PRINCIPAL =
      " FROM registry_case c JOIN registry_person pr ON pr.case_id = c.id AND pr.position = 0";

  /**
   * How much further than its first stretch a walk may go when the matches it met say the page is
   * near: beyond, a name is rare enough that the names' index finds its matches sooner.
   */
  static final int FURTHER_WALKS = 4;

  private static final String BY_PRIORITY = "c.priority DESC, c.registration_date, c.case_number";

  private final JdbcClient jdbc;
  private final PersonRows people;
  private final CaseCounts counts;
  private final int countLimit;
  private final int walkPerMatch;

  CaseLists(
      JdbcClient jdbc,
      PersonRows people,
      CaseCounts counts,
      @Value("${homeward.registry.count-limit:1000}") int countLimit,
      @Value("${homeward.registry.walk-per-match:250}") int walkPerMatch) {
    this.jdbc = jdbc;
    this.people = people;
    this.counts = counts;
    this.countLimit = countLimit;
    this.walkPerMatch = walkPerMatch;
  }

  /**
   * One page of the cases matching {@code search} within {@code scope}. A filter on a sensitive
   * category also keeps to {@code sensitiveScope}, the cases whose sensitive data the reader may
   * know.
   */
  public ResultPage<CaseSummary> search(
      CaseSearch search, CaseScope scope, CaseScope sensitiveScope) {
    String query = search.query() == null ? "" : search.query().strip();
    List<String> words = nameWords(query);
    if (!words.isEmpty() && walkable(search)) {
      Optional<ResultPage<CaseSummary>> walked = walk(search, words, scope);
      if (walked.isPresent()) {
        return walked.get();
      }
    }
    List<Object> params = new ArrayList<>();
    StringBuilder where = where(search, scope, sensitiveScope, params);
    long offset = (long) search.page() * search.size();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(search.size() + 1);
    pageParams.add(offset);
    List<CaseSummary> rows =
        jdbc.sql(
                SUMMARY_COLUMNS
                    + WITH_PRINCIPAL
                    + where
                    + " ORDER BY "
                    + orderBy(search.sort())
                    + " LIMIT ? OFFSET ?")
            .params(pageParams)
            .query(CaseLists::summary)
            .list();
    boolean more = rows.size() > search.size();
    List<CaseSummary> items = more ? rows.subList(0, search.size()) : rows;
    if (onlyStatuses(search, query)) {
      return new ResultPage<>(
          items, search.page(), search.size(), counts.count(scope, search.statuses()));
    }
    if (!more && (!items.isEmpty() || offset == 0)) {
      return new ResultPage<>(items, search.page(), search.size(), offset + items.size());
    }
    List<Object> countParams = new ArrayList<>(params);
    countParams.add(countLimit + 1);
    long counted =
        jdbc.sql("SELECT count(*) FROM (SELECT 1" + WITH_PRINCIPAL + where + " LIMIT ?) m")
            .params(countParams)
            .query(Long.class)
            .single();
    if (counted <= countLimit) {
      return new ResultPage<>(items, search.page(), search.size(), counted);
    }
    long atLeast = Math.max(countLimit + 1, offset + items.size() + (more ? 1 : 0));
    return new ResultPage<>(items, search.page(), search.size(), atLeast, false);
  }

  /**
   * The condition of a search that is not walked, over {@code registry_case c} joined to its
   * principal {@code pr}, its values added to {@code params}: the scope and every filter of {@code
   * search} but its page. A filter on a sensitive category also keeps to {@code sensitiveScope}.
   */
  StringBuilder where(
      CaseSearch search, CaseScope scope, CaseScope sensitiveScope, List<Object> params) {
    String query = search.query() == null ? "" : search.query().strip();
    List<String> words = nameWords(query);
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    CaseRepository.within(scope, where, params);
    if (!search.statuses().isEmpty()) {
      where.append(" AND c.status = ANY (?)");
      params.add(statusNames(search.statuses()));
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
    appendDates(search, where, params);
    if (!query.isEmpty()) {
      appendQuery(query, words, where, params);
    }
    return where;
  }

  /**
   * A search by name in the default order, with no filter but statuses and dates, walking the cases
   * most vulnerable first along {@code registry_case_by_priority_with_names} and testing the names
   * on each (see {@link NameWords}) until the page is full. Walks at most {@code walkPerMatch}
   * cases for each match it needs. When that was not enough but the matches it met say how far the
   * page is, it walks once more, as far as they say and a quarter further, up to {@link
   * #FURTHER_WALKS} times as far; empty when even that is not enough, or the name is too rare for a
   * walk to pay (its few matches are quicker to find through the names' index, as the caller then
   * does). When the scope holds no more cases than the first walk reaches, it walks them all and
   * counts every match.
   */
  private Optional<ResultPage<CaseSummary>> walk(
      CaseSearch search, List<String> words, CaseScope scope) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    List<Object> params = new ArrayList<>();
    CaseRepository.within(scope, where, params);
    if (!search.statuses().isEmpty()) {
      where.append(" AND c.status = ANY (?)");
      params.add(statusNames(search.statuses()));
    }
    appendDates(search, where, params);
    long offset = (long) search.page() * search.size();
    long wanted = offset + search.size() + 1;
    long cap = walkPerMatch * wanted;
    boolean whole = counts.count(scope, search.statuses()) <= cap;
    StringBuilder named = new StringBuilder(" WHERE TRUE");
    for (String word : words) {
      NameWords.append(word, named, params);
    }
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(search.size() + 1);
    pageParams.add(offset);
    long[] matches = {-1};
    List<CaseSummary> rows = walked(where, named, pageParams, whole, cap, matches);
    if (!whole && rows.size() <= search.size() && !rows.isEmpty()) {
      // k matches among the first cap cases: the page's last one lies about cap × wanted / k in
      long met = offset + rows.size();
      long further = (long) Math.ceil(cap * (double) wanted / met * 1.25);
      if (further <= FURTHER_WALKS * cap) {
        cap = further;
        rows = walked(where, named, pageParams, false, cap, matches);
      }
    }
    boolean more = rows.size() > search.size();
    List<CaseSummary> items = more ? rows.subList(0, search.size()) : rows;
    if (whole) {
      String matching = " FROM (" + walkedCases(where, true, cap) + ") c" + named;
      long total =
          matches[0] >= 0
              ? matches[0]
              : jdbc.sql("SELECT count(*)" + matching).params(params).query(Long.class).single();
      return Optional.of(page(search, items, total, true));
    }
    return more ? Optional.of(page(search, items, wanted, false)) : Optional.empty();
  }

  /** The cases in order, at most {@code cap} of them unless {@code whole}. */
  private static String walkedCases(StringBuilder where, boolean whole, long cap) {
    return "SELECT c.id, c.priority, c.registration_date, c.case_number, c.search_names"
        + " FROM registry_case c"
        + where
        + " ORDER BY "
        + BY_PRIORITY
        + (whole ? "" : " LIMIT " + cap);
  }

  /** The page of those of the walked cases whose names match, in order. */
  private List<CaseSummary> walked(
      StringBuilder where,
      StringBuilder named,
      List<Object> pageParams,
      boolean whole,
      long cap,
      long[] matches) {
    String matching = " FROM (" + walkedCases(where, whole, cap) + ") c" + named;
    return jdbc.sql(
            "WITH matched AS (SELECT c.id, c.priority, c.registration_date, c.case_number, "
                + (whole ? "count(*) OVER ()" : "-1")
                + " AS matches"
                + matching
                + " ORDER BY "
                + BY_PRIORITY
                + " LIMIT ? OFFSET ?) "
                + SUMMARY_COLUMNS
                + ", w.matches FROM matched w JOIN registry_case c ON c.id = w.id"
                + " JOIN registry_person pr ON pr.case_id = c.id AND pr.position = 0"
                + " ORDER BY "
                + BY_PRIORITY)
        .params(pageParams)
        .query((rs, n) -> {
          matches[0] = rs.getLong("matches");
          return summary(rs, n);
        })
        .list();
  }

  private static ResultPage<CaseSummary> page(
      CaseSearch search, List<CaseSummary> items, long total, boolean exact) {
    return new ResultPage<>(items, search.page(), search.size(), total, exact);
  }

  /** The number of cases in each status within {@code scope}. */
  public Map<CaseStatus, Long> countByStatus(CaseScope scope) {
    return counts.byStatus(scope);
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
    params.add(statusNames(statuses));
    CaseRepository.within(scope, where, params);
    String from = WITH_PRINCIPAL + where;
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

  /** A walk in the default order can test all the filters but a few on the case's index. */
  private static boolean walkable(CaseSearch search) {
    return search.sort() == CaseSearch.SortOrder.PRIORITY
        && search.nationality() == null
        && search.vulnerability() == null
        && search.registrationSite() == null;
  }

  private static boolean onlyStatuses(CaseSearch search, String query) {
    return query.isEmpty()
        && search.nationality() == null
        && search.vulnerability() == null
        && search.registrationSite() == null
        && search.registeredFrom() == null
        && search.registeredTo() == null;
  }

  private static void appendDates(CaseSearch search, StringBuilder where, List<Object> params) {
    if (search.registeredFrom() != null) {
      where.append(" AND c.registration_date >= ?");
      params.add(search.registeredFrom());
    }
    if (search.registeredTo() != null) {
      where.append(" AND c.registration_date <= ?");
      params.add(search.registeredTo());
    }
  }

  private static boolean isCaseNumber(String query) {
    return query.matches("(?i)[A-Z]{2,3}-\\d{4}-\\d{1,6}");
  }

  private static boolean isPhone(String query) {
    return query.matches("\\+?[0-9 ().-]+") && query.replaceAll("[^0-9]", "").length() >= 6;
  }

  /** The words of a search by name; none when the query is a case or phone number. */
  private static List<String> nameWords(String query) {
    if (query.isEmpty() || isCaseNumber(query) || isPhone(query)) {
      return List.of();
    }
    return List.of(SearchText.normalise(query).split(" ")).stream()
        .filter(w -> !w.isEmpty())
        .toList();
  }

  /** Names (each word, misspellings tolerated), case numbers or phone numbers. */
  private static void appendQuery(
      String query, List<String> words, StringBuilder where, List<Object> params) {
    if (isCaseNumber(query)) {
      where.append(" AND c.case_number = upper(?)");
      params.add(query);
      return;
    }
    if (isPhone(query)) {
      where.append(
          " AND EXISTS (SELECT 1 FROM registry_person p WHERE p.case_id = c.id AND p.phone LIKE ?)");
      params.add("%" + query.replaceAll("[^0-9]", "") + "%");
      return;
    }
    for (String word : words) {
      where.append(
          " AND EXISTS (SELECT 1 FROM registry_person p WHERE p.case_id = c.id AND"
              + " (p.search_name LIKE ? OR (length(?) > 3 AND ? <% p.search_name)))");
      params.add("%" + word + "%");
      params.add(word);
      params.add(word);
    }
  }

  private static String[] statusNames(Set<CaseStatus> statuses) {
    return statuses.stream().map(Enum::name).toArray(String[]::new);
  }

  static String orderBy(CaseSearch.SortOrder sort) {
    return switch (sort) {
      case PRIORITY -> BY_PRIORITY;
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
