package org.homeward.movement.plans;

import java.time.LocalDate;
import java.util.Locale;
import org.homeward.movement.internal.Fields;
import org.homeward.shared.CountryCode;
import org.homeward.shared.Violations;

/**
 * What a movement officer asks a plan of, as typed: flights to one country of return (every one
 * when blank), from a day (today when blank) to a day ({@value PlanScope#DEFAULT_DAYS} days on when
 * blank), every field optional.
 */
public record PlanRequest(String destination, String from, String to) {

  /** The scope asked for on {@code today}; every field that breaks a rule is reported at once. */
  public PlanScope scope(LocalDate today) {
    Violations v = new Violations();
    String country =
        Fields.blank(destination) ? null : destination.strip().toUpperCase(Locale.ROOT);
    if (country != null && !CountryCode.isValid(country)) {
      v.add("destination", "unknown-country", "not an ISO 3166 alpha-3 country: " + country);
    }
    LocalDate start = Fields.optionalDate(v, "from", from, today, true);
    LocalDate end = Fields.optionalDate(v, "to", to, today, true);
    if (start != null && start.isBefore(today)) {
      v.add("from", "out-of-range", "flights are planned from today (" + today + ") on");
    }
    LocalDate first = start == null ? today : start;
    LocalDate last = end == null ? first.plusDays(PlanScope.DEFAULT_DAYS) : end;
    if (end != null && end.isBefore(first)) {
      v.add("to", "out-of-range", "on or after the first day (" + first + ")");
    } else if (last.isAfter(today.plusDays(PlanScope.MAX_DAYS))) {
      v.add("to", "out-of-range", "at most " + PlanScope.MAX_DAYS + " days ahead");
    }
    v.throwIfAny();
    return new PlanScope(country, first, last);
  }
}
