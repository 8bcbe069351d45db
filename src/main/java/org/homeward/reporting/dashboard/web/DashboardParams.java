package org.homeward.reporting.dashboard.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.homeward.funding.ProjectId;
import org.homeward.reporting.dashboard.DashboardFilter;
import org.homeward.shared.InvalidInputException;

/**
 * The dashboard's filters as the page and the API take them in the query string: {@code mission} (a
 * code), {@code project} (an id), {@code from} and {@code to} (YYYY-MM, both included) and {@code
 * nationality} (ISO 3166-1 alpha-3); blank means every one.
 */
record DashboardParams(String mission, String project, String from, String to, String nationality) {

  private static final Pattern MISSION = Pattern.compile("[A-Z]{2,5}(-[A-Z]{2,5})?");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

  DashboardFilter filter() {
    Optional<String> m = blank(mission);
    if (m.isPresent() && !MISSION.matcher(m.get()).matches()) {
      throw InvalidInputException.of("mission", "unknown-value", "a mission code, e.g. MAR");
    }
    Optional<ProjectId> p = Optional.empty();
    if (blank(project).isPresent()) {
      try {
        p = Optional.of(new ProjectId(Long.parseLong(project.strip())));
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of("project", "unknown-value", "a project's id, a number");
      }
    }
    Optional<String> n = blank(nationality);
    if (n.isPresent() && !COUNTRY.matcher(n.get()).matches()) {
      throw InvalidInputException.of(
          "nationality", "unknown-value", "an ISO 3166-1 alpha-3 code, e.g. CMR");
    }
    YearMonth start = month("from", from);
    YearMonth end = month("to", to);
    if (start != null && end != null && end.isBefore(start)) {
      throw InvalidInputException.of("to", "out-of-range", "the period ends before it starts");
    }
    return new DashboardFilter(m, p, start, end, n);
  }

  /** The filters as query parameters, for the CSV links and the panels' refresh. */
  Map<String, String> query() {
    Map<String, String> q = new LinkedHashMap<>();
    blank(mission).ifPresent(v -> q.put("mission", v));
    blank(project).ifPresent(v -> q.put("project", v));
    blank(from).ifPresent(v -> q.put("from", v));
    blank(to).ifPresent(v -> q.put("to", v));
    blank(nationality).ifPresent(v -> q.put("nationality", v));
    return q;
  }

  String queryString() {
    StringBuilder s = new StringBuilder();
    query()
        .forEach((k, v) ->
            s.append(s.isEmpty() ? "?" : "&")
                .append(k)
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
    return s.toString();
  }

  private static YearMonth month(String field, String value) {
    if (blank(value).isEmpty()) {
      return null;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "unknown-value", "a month as YYYY-MM");
    }
  }

  private static Optional<String> blank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
