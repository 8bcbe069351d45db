package org.homeward.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.funding.internal.Appeals;
import org.homeward.funding.internal.Commitments;
import org.homeward.funding.internal.Contributions;
import org.homeward.funding.internal.ExchangeRateTable;
import org.homeward.funding.internal.FundingScope;
import org.homeward.funding.internal.Positions;
import org.homeward.funding.internal.Projects;
import org.homeward.funding.internal.WaitingList;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.registry.Cases;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's one door for the rest of Homeward: what the project paying for a case gives it, the
 * costs that movement and reintegration record as they occur, and how the money of a project or an
 * appeal stands. Only funding writes funding's tables; every other module calls here.
 *
 * <p>The commitment of a case is made by the funding guard when the case becomes ELIGIBLE, and
 * released when it withdraws, is found ineligible or does not show; {@link #recordExpenditure}
 * replaces it as the money is really spent.
 */
@Service
public class Ledger {

  private final Commitments commitments;
  private final Contributions contributions;
  private final Projects projects;
  private final Appeals appeals;
  private final Positions positions;
  private final WaitingList waiting;
  private final FundingScope scope;
  private final ExchangeRateTable rates;
  private final Cases cases;
  private final Clock clock;

  Ledger(
      Commitments commitments,
      Contributions contributions,
      Projects projects,
      Appeals appeals,
      Positions positions,
      WaitingList waiting,
      FundingScope scope,
      ExchangeRateTable rates,
      Cases cases,
      Clock clock) {
    this.commitments = commitments;
    this.contributions = contributions;
    this.projects = projects;
    this.appeals = appeals;
    this.positions = positions;
    this.waiting = waiting;
    this.scope = scope;
    this.rates = rates;
    this.cases = cases;
    this.clock = clock;
  }

  /**
   * What the project paying for the case gives it: unit costs and each member's reintegration cap,
   * as reserved. Empty when no project pays for it (not yet eligible, released, or let through on
   * an override when no project could pay at all). For the modules that work the case: the caller
   * has checked the actor's right to the step that needs it.
   */
  @Transactional(readOnly = true)
  public Optional<CaseCosts> costsOf(CaseId caseId) {
    return commitments
        .payingFor(caseId)
        .map(c -> {
          Project project = projects.find(c.projectId()).orElseThrow();
          return new CaseCosts(caseId, project.id(), project.code(), project.unitCosts(), c);
        });
  }

  /**
   * The project paying for each of the cases, as {@link #costsOf} finds it, in one query; a case no
   * project pays for is absent. For read models that count many cases at once (the dashboards'
   * first count of a registry).
   */
  @Transactional(readOnly = true)
  public Map<CaseId, ProjectId> projectsPayingFor(Collection<CaseId> cases) {
    return commitments.projectsPayingFor(cases);
  }

  /**
   * Records a cost of a case as it occurs (a seat when its flight departs, pocket money, a paid
   * reintegration purchase) on the project paying for it. Converted to the project's currency at
   * the rate valid on {@code date}, it replaces as much of the case's commitment on that line as it
   * covers, in the caller's transaction. The caller has checked the actor's right to the step that
   * caused the cost; the ledger records who.
   *
   * @throws ConflictException {@code no-commitment} when no project pays for the case; {@code
   *     exchange-rate-missing} when no rate converts the amount on that date
   */
  @Transactional
  public Expenditure recordExpenditure(
      CaseId caseId,
      BudgetLine line,
      MonetaryAmount amount,
      LocalDate date,
      ExpenditureSource source,
      Actor actor) {
    Objects.requireNonNull(caseId, "caseId");
    Commitment commitment =
        commitments
            .payingFor(caseId)
            .orElseThrow(() ->
                new ConflictException(
                    ProblemCode.NO_COMMITMENT,
                    "no project pays for case "
                        + caseId
                        + ": it holds no commitment; record the cost on a project",
                    Map.of("caseId", caseId.toString())));
    return commitments.spend(
        commitment.projectId(), caseId, commitment, line, amount, date, source, null, actor);
  }

  /**
   * Records a cost of a project that belongs to no one case (offices, staff, a charter's fixed
   * part), or of a case on a project named by the finance officer. Needs {@link
   * Permission#FUNDING_MANAGE} on the project's mission.
   */
  @Transactional
  public Expenditure recordExpenditure(
      ProjectId projectId,
      BudgetLine line,
      MonetaryAmount amount,
      LocalDate date,
      ExpenditureSource source,
      String description,
      Actor actor) {
    Project project = projects.get(projectId, actor);
    scope.requireChange(actor, project.missionCode(), "project", projectId);
    return commitments.spend(projectId, null, null, line, amount, date, source, description, actor);
  }

  /**
   * {@code amount} in {@code currency} at funding's rate valid on {@code date}, rounded to the cent
   * exactly as {@link #recordExpenditure} converts it: for the modules that price what they will
   * spend (a reintegration plan's local costs in the project's currency) before spending it.
   *
   * @throws ConflictException {@code exchange-rate-missing} when no rate converts the amount on
   *     that date
   */
  @Transactional(readOnly = true)
  public MonetaryAmount convert(MonetaryAmount amount, CurrencyUnit currency, LocalDate date) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(date, "date");
    return rates.convert(amount, currency, date);
  }

  /**
   * The rate of {@code from -> to} valid on {@code date}, the one {@link #convert} uses (1 for a
   * currency to itself; 1/rate of the inverse pair when only that one is entered).
   *
   * @throws ConflictException {@code exchange-rate-missing} as {@link #convert}
   */
  @Transactional(readOnly = true)
  public BigDecimal rate(CurrencyUnit from, CurrencyUnit to, LocalDate date) {
    return rates.rate(from, to, date);
  }

  /** Every commitment the case has had, oldest first, for a reader of the mission's books. */
  @Transactional(readOnly = true)
  public List<Commitment> commitmentsOf(CaseId caseId, Actor actor) {
    actor.require(Permission.FUNDING_READ);
    cases.get(caseId, actor); // not found unless the actor may open the case
    return commitments.ofCase(caseId);
  }

  /** Every expenditure for the case, oldest first, for a reader of the mission's books. */
  @Transactional(readOnly = true)
  public List<Expenditure> expendituresOf(CaseId caseId, Actor actor) {
    actor.require(Permission.FUNDING_READ);
    cases.get(caseId, actor);
    return commitments.expendituresOfCase(caseId);
  }

  /**
   * How a project's money stands on {@code asOf}, in its currency (aggregates only: a donor's
   * viewer reads those of the projects the donor funds).
   */
  @Transactional(readOnly = true)
  public ProjectPosition positionOf(ProjectId projectId, LocalDate asOf, Actor actor) {
    return positions.project(aggregatesOf(projectId, actor), asOf);
  }

  /** The positions on {@code asOf} of every project whose aggregates the actor reads, by code. */
  @Transactional(readOnly = true)
  public List<ProjectPosition> positions(LocalDate asOf, Actor actor) {
    actor.require(Permission.AGGREGATE_READ);
    return projects.everything().stream()
        .filter(p -> scope.seesAggregatesOf(actor, p))
        .map(p -> positions.project(p, asOf))
        .toList();
  }

  /** A project's money week by week, for a chart: {@code weeks} weeks, the last ending on asOf. */
  @Transactional(readOnly = true)
  public List<WeekFigures> weeksOf(ProjectId projectId, LocalDate asOf, int weeks, Actor actor) {
    if (weeks < 1 || weeks > 520) {
      throw new IllegalArgumentException("between 1 and 520 weeks, not " + weeks);
    }
    return positions.weeks(aggregatesOf(projectId, actor), asOf, weeks);
  }

  /** How far an appeal is funded on {@code asOf}, in its currency. */
  @Transactional(readOnly = true)
  public AppealPosition positionOf(AppealId appealId, LocalDate asOf, Actor actor) {
    actor.require(Permission.AGGREGATE_READ);
    Optional<DonorId> donor = scope.viewedDonor(actor);
    Appeal appeal =
        appeals
            .find(appealId)
            .filter(a ->
                donor.isPresent()
                    ? contributions.toAppeal(appealId).stream()
                        .anyMatch(c -> c.donorId().equals(donor.get()))
                    : scope.oversees(actor, a.missionCode()))
            .orElseThrow(() -> new NotFoundException("appeal", appealId));
    return positions.appeal(appeal, asOf);
  }

  /**
   * The cases waiting for funds in the missions the actor oversees, in priority order, each with
   * the project that can pay for it now if one can: after a contribution is received, those are the
   * cases a chief of mission can make eligible.
   */
  @Transactional(readOnly = true)
  public List<WaitingCase> waitingForFunds(Actor actor) {
    return waiting.list(actor);
  }

  /** Today, as the ledger dates what it records. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private Project aggregatesOf(ProjectId projectId, Actor actor) {
    actor.require(Permission.AGGREGATE_READ);
    return projects
        .find(projectId)
        .filter(p -> scope.seesAggregatesOf(actor, p))
        .orElseThrow(() -> new NotFoundException("project", projectId));
  }
}
