package org.homeward.registry;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * How many households (and people) came in and moved on over a period, for the reports: counts
 * only, never a person. The caller has decided which missions the reader may see.
 */
public interface CaseFlows {

  /** Households and the people in them. */
  record Count(long households, long people) {
    public static final Count NONE = new Count(0, 0);
  }

  /** The cases of {@code missions} registered from {@code from} to {@code to}, both included. */
  Count registered(Set<String> missions, LocalDate from, LocalDate to);

  /**
   * The cases of {@code missions} that entered {@code status} from {@code from} to {@code to} (UTC
   * days, both included), by destination country (ISO 3166-1 alpha-3); a case that entered it twice
   * counts once.
   */
  Map<String, Count> enteredByDestination(
      Set<String> missions, CaseStatus status, LocalDate from, LocalDate to);
}
