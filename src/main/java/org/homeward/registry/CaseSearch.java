package org.homeward.registry;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search of the registry. Every filter is optional. {@code query} matches names (ignoring case
 * and accents, tolerating small misspellings), case numbers and phone numbers.
 *
 * @param sort one of {@link SortOrder}
 */
public record CaseSearch(
    Set<CaseStatus> statuses,
    String nationality,
    Vulnerability vulnerability,
    String query,
    String registrationSite,
    LocalDate registeredFrom,
    LocalDate registeredTo,
    SortOrder sort,
    int page,
    int size) {

  public static final int MAX_SIZE = 200;

  public CaseSearch {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    sort = sort == null ? SortOrder.PRIORITY : sort;
  }

  public static CaseSearch all(int page, int size) {
    return new CaseSearch(null, null, null, null, null, null, null, null, page, size);
  }

  /** The orders a list can take; the default puts the most vulnerable, waiting longest, first. */
  public enum SortOrder {
    PRIORITY,
    REGISTRATION_DATE,
    REGISTRATION_DATE_DESC,
    CASE_NUMBER,
    STATUS,
    NAME
  }
}
