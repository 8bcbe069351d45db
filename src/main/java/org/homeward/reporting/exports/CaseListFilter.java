package org.homeward.reporting.exports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseSearch;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.CountryCode;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Violation;

/**
 * The search and filters of the case list, as its page names them ({@code q, status, nationality,
 * vulnerability, site, from, to, sort}; the API's searchCases calls the last four {@code
 * registrationSite, registeredFrom, registeredTo, sort}); blank means no filter. Unlike the list's
 * page, which leaves out a value it cannot use, an export refuses it, naming the field: a file must
 * hold what it says it holds.
 */
public record CaseListFilter(
    String q,
    String status,
    String nationality,
    String vulnerability,
    String site,
    String from,
    String to,
    String sort,
    Spelling spelling) {

  /** How the request names the site and the dates, so that a refusal names them as it did. */
  public enum Spelling {
    PAGE("site", "from", "to"),
    API("registrationSite", "registeredFrom", "registeredTo");

    final String site;
    final String from;
    final String to;

    Spelling(String site, String from, String to) {
      this.site = site;
      this.from = from;
      this.to = to;
    }
  }

  /** The orders, as the list's page and the API's searchCases spell them. */
  static final Map<String, CaseSearch.SortOrder> SORTS =
      Map.of(
          "priority", CaseSearch.SortOrder.PRIORITY,
          "newest", CaseSearch.SortOrder.REGISTRATION_DATE_DESC,
          "-registrationDate", CaseSearch.SortOrder.REGISTRATION_DATE_DESC,
          "oldest", CaseSearch.SortOrder.REGISTRATION_DATE,
          "registrationDate", CaseSearch.SortOrder.REGISTRATION_DATE,
          "caseNumber", CaseSearch.SortOrder.CASE_NUMBER,
          "name", CaseSearch.SortOrder.NAME,
          "status", CaseSearch.SortOrder.STATUS);

  public CaseListFilter {
    q = clean(q);
    status = clean(status);
    nationality = clean(nationality);
    vulnerability = clean(vulnerability);
    site = clean(site);
    from = clean(from);
    to = clean(to);
    sort = clean(sort);
    spelling = spelling == null ? Spelling.PAGE : spelling;
  }

  /**
   * The registry's search for these filters.
   *
   * @throws InvalidInputException naming every field whose value cannot be used, or a sensitive
   *     category for a reader without a need to know
   */
  public CaseSearch search(Actor actor) {
    List<Violation> violations = new ArrayList<>();
    EnumSet<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
    if (!status.isEmpty()) {
      for (String one : status.split(",")) {
        try {
          statuses.add(CaseStatus.valueOf(one.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          violations.add(
              new Violation("status", "unknown-value", "one of " + names(CaseStatus.values())));
        }
      }
    }
    String country = nationality.toUpperCase(Locale.ROOT);
    if (!country.isEmpty() && !CountryCode.isValid(country)) {
      violations.add(
          new Violation(
              "nationality", "unknown-country", "an ISO 3166-1 alpha-3 code, not " + nationality));
    }
    Vulnerability category = null;
    if (!vulnerability.isEmpty()) {
      try {
        category = Vulnerability.valueOf(vulnerability.toUpperCase(Locale.ROOT));
        if (category.isSensitive() && !actor.may(Permission.SENSITIVE_READ)) {
          violations.add(
              new Violation(
                  "vulnerability",
                  "restricted",
                  "only those with a need to know may search on " + category));
        }
      } catch (IllegalArgumentException e) {
        violations.add(
            new Violation(
                "vulnerability", "unknown-value", "one of " + names(Vulnerability.values())));
      }
    }
    LocalDate fromDay = date(spelling.from, from, violations);
    LocalDate toDay = date(spelling.to, to, violations);
    CaseSearch.SortOrder order = sort.isEmpty() ? CaseSearch.SortOrder.PRIORITY : SORTS.get(sort);
    if (order == null) {
      violations.add(
          new Violation(
              "sort",
              "unknown-value",
              "one of " + String.join(", ", new java.util.TreeSet<>(SORTS.keySet()))));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new CaseSearch(
        statuses,
        country.isEmpty() ? null : country,
        category,
        q.isEmpty() ? null : q,
        site.isEmpty() ? null : site,
        fromDay,
        toDay,
        order,
        0,
        CaseSearch.MAX_SIZE);
  }

  /** The filters set, for the audit trail: those left blank are left out. */
  public Map<String, String> used() {
    Map<String, String> used = new LinkedHashMap<>();
    put(used, "q", q);
    put(used, "status", status);
    put(used, "nationality", nationality);
    put(used, "vulnerability", vulnerability);
    put(used, spelling.site, site);
    put(used, spelling.from, from);
    put(used, spelling.to, to);
    put(used, "sort", sort);
    return used;
  }

  private static void put(Map<String, String> used, String name, String value) {
    if (!value.isEmpty()) {
      used.put(name, value);
    }
  }

  private static LocalDate date(String field, String value, List<Violation> violations) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      violations.add(new Violation(field, "malformed-date", "YYYY-MM-DD, not " + value));
      return null;
    }
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String clean(String value) {
    return value == null ? "" : value.strip();
  }
}
