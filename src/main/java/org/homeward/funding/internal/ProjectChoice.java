package org.homeward.funding.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.money.MonetaryAmount;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.Project;
import org.homeward.funding.TargetGroup;

/**
 * Which project pays for a household: the rule the guard applies and the waiting list replays.
 *
 * <ul>
 *   <li>A project may pay when it runs on the day, its missions hold the case (checked before), it
 *       pays for returns to the destination and, if it targets groups, someone in the household
 *       belongs to one of them.
 *   <li>It can pay when its available money (received − spent − committed) covers the expected
 *       cost, and its movement and reintegration lines have budget left for their parts of it.
 *   <li>Of those that can, a project that targets groups comes first (money given for minors goes
 *       to minors), then the one that ends soonest (money that expires is used first), then by
 *       code.
 * </ul>
 */
final class ProjectChoice {

  private ProjectChoice() {}

  /** A project that may pay, with what it has left, or why that cannot be known. */
  record Candidate(Project project, Positions.Capacity capacity, String unknown) {}

  /**
   * A project that may pay, what the household would cost it, what it has available and how much it
   * is short (of money or of a line's budget, whichever is more); {@code unknown} says why its
   * position cannot be computed, when it cannot.
   */
  record Option(
      Project project,
      ExpectedCost cost,
      MonetaryAmount available,
      MonetaryAmount shortfall,
      String unknown) {
    boolean covers() {
      return unknown == null && !shortfall.isPositive();
    }
  }

  /** The project chosen (null if none can pay), every project considered, and those left out. */
  record Outcome(Option chosen, List<Option> considered, List<String> excluded) {

    /** Of the projects that cannot pay, the one short of least (for an override); may be null. */
    Option closest() {
      return considered.stream()
          .filter(o -> o.unknown() == null)
          .min(Comparator.comparing(o -> Amounts.decimal(o.shortfall())))
          .orElse(null);
    }
  }

  /** Why a running project of the mission may not pay for this household; null if it may. */
  static String exclusion(Project project, String destination, Set<TargetGroup> groups) {
    Set<String> destinations = project.eligibility().destinations();
    if (!destinations.isEmpty() && !destinations.contains(destination)) {
      return project.code()
          + " pays for returns to "
          + String.join(", ", new TreeSet<>(destinations))
          + ", not "
          + destination;
    }
    Set<TargetGroup> targets = project.eligibility().targetGroups();
    if (!targets.isEmpty() && targets.stream().noneMatch(groups::contains)) {
      return project.code()
          + " pays only for households with "
          + String.join(", ", targets.stream().map(Enum::name).sorted().toList());
    }
    return null;
  }

  static Outcome choose(Household household, List<Candidate> candidates, List<String> excluded) {
    List<Option> considered = new ArrayList<>();
    for (Candidate candidate : candidates) {
      Project project = candidate.project();
      ExpectedCost cost = ExpectedCost.of(household, project.unitCosts());
      if (candidate.capacity() == null) {
        considered.add(new Option(project, cost, null, cost.total(), candidate.unknown()));
        continue;
      }
      Map<BudgetLine, MonetaryAmount> lines = candidate.capacity().lines();
      MonetaryAmount shortfall = Amounts.zero(project.currency());
      for (MonetaryAmount gap :
          List.of(
              cost.total().subtract(candidate.capacity().available()),
              cost.movement().subtract(lines.get(BudgetLine.MOVEMENT)),
              cost.reintegration().subtract(lines.get(BudgetLine.REINTEGRATION)))) {
        if (gap.isGreaterThan(shortfall)) {
          shortfall = gap;
        }
      }
      considered.add(new Option(project, cost, candidate.capacity().available(), shortfall, null));
    }
    Option chosen =
        considered.stream()
            .filter(Option::covers)
            .min(
                Comparator.comparing(
                        (Option o) -> o.project().eligibility().targetGroups().isEmpty())
                    .thenComparing(o -> o.project().endsOn())
                    .thenComparing(o -> o.project().code()))
            .orElse(null);
    return new Outcome(chosen, considered, excluded);
  }
}
