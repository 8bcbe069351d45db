package org.homeward.reporting.exports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.homeward.registry.CaseFlows.Count;

/**
 * What a mission's monthly operational report says: counts and amounts only, never a person.
 *
 * @param asOf the day the money is counted on: the month's last day, or today for the month under
 *     way
 * @param departures by destination country (ISO 3166-1 alpha-3)
 * @param registrationsByMonth the households registered in each of the six months up to this one
 * @param plansApproved the reintegration plans approved (and those since completed) of the
 *     mission's returnees who had arrived by the month's end
 */
public record MonthlyFigures(
    String missionCode,
    String missionName,
    YearMonth month,
    LocalDate asOf,
    Count registered,
    Count eligible,
    Map<String, Count> departures,
    Count arrived,
    long plansApproved,
    Map<YearMonth, Long> registrationsByMonth,
    List<ProjectMoney> projects) {

  public MonthlyFigures {
    departures = Map.copyOf(departures);
    registrationsByMonth = Map.copyOf(registrationsByMonth);
    projects = List.copyOf(projects);
  }

  /** The departures of the month, all destinations together. */
  public Count departed() {
    return new Count(
        departures.values().stream().mapToLong(Count::households).sum(),
        departures.values().stream().mapToLong(Count::people).sum());
  }

  /**
   * A project's money on {@code asOf}, in its currency: the mission's projects with money still
   * available or committed.
   *
   * @param runsOutOn the forecast day the available money runs out at the burn rate of the last
   *     eight weeks; null when nothing is being spent
   */
  public record ProjectMoney(
      String code,
      String title,
      MonetaryAmount budget,
      MonetaryAmount received,
      MonetaryAmount committed,
      MonetaryAmount spent,
      MonetaryAmount available,
      LocalDate runsOutOn) {}
}
