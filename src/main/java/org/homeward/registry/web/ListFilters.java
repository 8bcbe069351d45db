package org.homeward.registry.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.homeward.registry.CaseSearch;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.CountryCode;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case list's search and filters as the user set them. A value that cannot be used (a date
 * typed by hand in an old browser, say) is left out of the search rather than refused.
 */
record ListFilters(
    String q,
    String status,
    String nationality,
    String vulnerability,
    String site,
    String from,
    String to,
    String sort,
    int page) {

  static final int PAGE_SIZE = 25;

  /** The orders offered, as the {@code sort} parameter spells them. */
  static final List<String> SORTS = List.of("priority", "newest", "oldest", "name", "status");

  ListFilters {
    q = clean(q);
    status = clean(status);
    nationality = clean(nationality);
    vulnerability = clean(vulnerability);
    site = clean(site);
    from = clean(from);
    to = clean(to);
    sort = SORTS.contains(clean(sort)) ? clean(sort) : "priority";
    page = Math.max(page, 0);
  }

  static int page(String page) {
    try {
      return page == null ? 0 : Integer.parseInt(page.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  CaseSearch search() {
    CaseStatus chosenStatus = parse(status, CaseStatus::valueOf);
    String country = nationality.toUpperCase(Locale.ROOT);
    return new CaseSearch(
        chosenStatus == null ? EnumSet.noneOf(CaseStatus.class) : EnumSet.of(chosenStatus),
        CountryCode.isValid(country) ? country : null,
        parse(vulnerability, Vulnerability::valueOf),
        q.isEmpty() ? null : q,
        site.isEmpty() ? null : site,
        parse(from, LocalDate::parse),
        parse(to, LocalDate::parse),
        switch (sort) {
          case "newest" -> CaseSearch.SortOrder.REGISTRATION_DATE_DESC;
          case "oldest" -> CaseSearch.SortOrder.REGISTRATION_DATE;
          case "name" -> CaseSearch.SortOrder.NAME;
          case "status" -> CaseSearch.SortOrder.STATUS;
          default -> CaseSearch.SortOrder.PRIORITY;
        },
        page,
        PAGE_SIZE);
  }

  /** Whether anything narrows the list, so the page can offer to clear it. */
  public boolean narrowed() {
    return !(q + status + nationality + vulnerability + site + from + to).isEmpty();
  }

  /** The list's address with these filters on page {@code n}. */
  public String pageUrl(int n) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/cases");
    add(url, "q", q);
    add(url, "status", status);
    add(url, "nationality", nationality);
    add(url, "vulnerability", vulnerability);
    add(url, "site", site);
    add(url, "from", from);
    add(url, "to", to);
    if (!sort.equals("priority")) {
      url.queryParam("sort", sort);
    }
    if (n > 0) {
      url.queryParam("page", n);
    }
    return url.encode().build().toUriString();
  }

  /**
   * The address of the whole list with these filters as a file: {@code csv} or {@code xlsx}, with
   * the HXL hashtag row when {@code hxl}.
   */
  public String exportUrl(String format, boolean hxl) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/reporting/exports/cases." + format);
    if (hxl) {
      url.queryParam("hxl", true);
    }
    add(url, "q", q);
    add(url, "status", status);
    add(url, "nationality", nationality);
    add(url, "vulnerability", vulnerability);
    add(url, "site", site);
    add(url, "from", from);
    add(url, "to", to);
    if (!sort.equals("priority")) {
      url.queryParam("sort", sort);
    }
    return url.encode().build().toUriString();
  }

  private static void add(UriComponentsBuilder url, String name, String value) {
    if (!value.isEmpty()) {
      url.queryParam(name, value);
    }
  }

  private static <T> T parse(String value, Function<String, T> parser) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return null;
    }
  }

  private static String clean(String value) {
    return value == null ? "" : value.strip();
  }
}
