package org.homeward.funding.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.funding.Appeal;
import org.homeward.funding.AppealPosition;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.Commitment;
import org.homeward.funding.Contribution;
import org.homeward.funding.DonorId;
import org.homeward.funding.Expenditure;
import org.homeward.funding.LinePosition;
import org.homeward.funding.Project;
import org.homeward.funding.ProjectPosition;
import org.homeward.funding.WeekFigures;
import org.homeward.funding.engine.ExchangeRates;
import org.homeward.funding.engine.FundingPosition;
import org.homeward.funding.engine.FundingScenario;
import org.homeward.funding.engine.PositionCalculator;
import org.homeward.funding.engine.PositionOutcome;
import org.homeward.funding.engine.ScenarioProblem;
import org.homeward.shared.ConflictException;
import org.homeward.shared.web.ProblemCode;
import org.javamoney.moneta.Money;
import org.springframework.stereotype.Component;

/**
 * The positions of projects and appeals, computed by the position engine ({@link
 * PositionCalculator}) from what is stored: the same conversions, rounding, burn rate and
 * exhaustion date as the {@code funds} command. A position needing a rate that is missing is
 * refused ({@code exchange-rate-missing}), naming each entry, pair and date.
 */
@Component
public class Positions {

  private final Contributions contributions;
  private final Commitments commitments;
  private final ExchangeRateTable rates;

  Positions(Contributions contributions, Commitments commitments, ExchangeRateTable rates) {
    this.contributions = contributions;
    this.commitments = commitments;
    this.rates = rates;
  }

  /** Everything a project's position is computed from, read once. */
  public record Books(
      Project project,
      ExchangeRates rates,
      List<Contribution> contributions,
      List<Expenditure> expenditures,
      List<Commitment> commitments) {}

  public Books books(Project project) {
    return new Books(
        project,
        rates.rates(),
        contributions.toProject(project.id()),
        commitments.expendituresOf(project.id()),
        commitments.ofProject(project.id()));
  }

  public ProjectPosition project(Project project, LocalDate asOf) {
    return project(books(project), asOf);
  }

  public ProjectPosition project(Books books, LocalDate asOf) {
    Project project = books.project();
    CurrencyUnit currency = project.currency();
    FundingPosition money =
        calculate(
            asOf,
            currency,
            books.rates(),
            engineContributions(books.contributions()),
            engineExpenditures(books.expenditures(), null),
            engineCommitments(books, asOf, null));
    List<LinePosition> lines = new ArrayList<>();
    for (BudgetLine line : BudgetLine.values()) {
      FundingPosition ofLine =
          calculate(
              asOf,
              currency,
              books.rates(),
              List.of(),
              engineExpenditures(books.expenditures(), line),
              engineCommitments(books, asOf, line));
      MonetaryAmount budget = Amounts.cents(project.budget().get(line));
      lines.add(
          new LinePosition(
              line,
              budget,
              ofLine.spent(),
              ofLine.committed(),
              budget.subtract(ofLine.spent()).subtract(ofLine.committed())));
    }
    List<Commitment> standing =
        books.commitments().stream().filter(c -> standsOn(c, asOf)).toList();
    int people = standing.stream().mapToInt(c -> c.beneficiaries().size()).sum();
    MonetaryAmount reserved =
        standing.stream()
            .map(Commitment::total)
            .reduce(Amounts.zero(currency), MonetaryAmount::add);
    MonetaryAmount perCase = average(reserved, standing.size());
    MonetaryAmount perPerson = average(reserved, people);
    return new ProjectPosition(
        project.id(),
        project.code(),
        project.title(),
        project.missionCode(),
        money,
        Amounts.cents(project.totalBudget()),
        lines,
        standing.size(),
        people,
        project.peopleAssistedBefore(),
        perCase,
        coverable(money.available(), perCase),
        perPerson,
        coverable(money.available(), perPerson));
  }

  /** What the project has left on {@code day}: its available money and each line's budget. */
  record Capacity(MonetaryAmount available, Map<BudgetLine, MonetaryAmount> lines) {}

  Capacity capacity(Project project, LocalDate day) {
    ProjectPosition position = project(project, day);
    Map<BudgetLine, MonetaryAmount> lines = new LinkedHashMap<>();
    position.lines().forEach(l -> lines.put(l.line(), l.remaining()));
    return new Capacity(position.money().available(), lines);
  }

  /** The project's money week by week, the last week ending on {@code asOf}. */
  public List<WeekFigures> weeks(Project project, LocalDate asOf, int weeks) {
    Books books = books(project);
    List<WeekFigures> figures = new ArrayList<>();
    MonetaryAmount spentBefore = project(books, asOf.minusDays(7L * weeks)).money().spent();
    for (int w = weeks - 1; w >= 0; w--) {
      LocalDate end = asOf.minusDays(7L * w);
      FundingPosition money = project(books, end).money();
      figures.add(
          new WeekFigures(
              end, money.spent().subtract(spentBefore), money.committed(), money.available()));
      spentBefore = money.spent();
    }
    return figures;
  }

  public AppealPosition appeal(Appeal appeal, LocalDate asOf) {
    CurrencyUnit currency = appeal.target().getCurrency();
    ExchangeRates table = rates.rates();
    List<Contribution> given = contributions.toAppeal(appeal.id());
    FundingPosition money =
        calculate(asOf, currency, table, engineContributions(given), List.of(), List.of());
    Map<DonorId, List<Contribution>> byDonor = new LinkedHashMap<>();
    given.forEach(c -> byDonor.computeIfAbsent(c.donorId(), d -> new ArrayList<>()).add(c));
    List<AppealPosition.DonorShare> donors = new ArrayList<>();
    for (Map.Entry<DonorId, List<Contribution>> donor : byDonor.entrySet()) {
      FundingPosition part =
          calculate(
              asOf, currency, table, engineContributions(donor.getValue()), List.of(), List.of());
      if (part.pledged().isPositive()) {
        donors.add(
            new AppealPosition.DonorShare(
                donor.getKey(),
                donor.getValue().getFirst().donorName(),
                part.pledged(),
                part.received()));
      }
    }
    MonetaryAmount target = Amounts.cents(appeal.target());
    MonetaryAmount gap = target.subtract(money.pledged());
    return new AppealPosition(
        appeal.id(),
        appeal.title(),
        appeal.missionCode(),
        appeal.status(),
        appeal.launchedOn(),
        asOf,
        target,
        appeal.targetPeople(),
        money.pledged(),
        money.received(),
        gap.isNegative() ? Amounts.zero(currency) : gap,
        share(money.pledged(), target),
        share(money.received(), target),
        donors);
  }

  /** Reserved (or consumed) on or before the day, and not released by then. */
  static boolean standsOn(Commitment c, LocalDate day) {
    return !c.reservedOn().isAfter(day) && (c.releasedOn() == null || c.releasedOn().isAfter(day));
  }

  private static FundingPosition calculate(
      LocalDate asOf,
      CurrencyUnit currency,
      ExchangeRates rates,
      List<org.homeward.funding.engine.Contribution> contributions,
      List<org.homeward.funding.engine.Expenditure> expenditures,
      List<org.homeward.funding.engine.Commitment> commitments) {
    PositionOutcome outcome =
        PositionCalculator.calculate(
            new FundingScenario(asOf, currency, rates, contributions, expenditures, commitments));
    return switch (outcome) {
      case PositionOutcome.Calculated calculated -> calculated.position();
      case PositionOutcome.Refused refused ->
          throw new ConflictException(
              ProblemCode.EXCHANGE_RATE_MISSING,
              String.join(
                  "; ", refused.problems().stream().map(ScenarioProblem::toString).toList()),
              Map.of(
                  "problems",
                  refused.problems().stream()
                      .map(p -> Map.of("entry", p.field(), "message", p.message()))
                      .toList()));
    };
  }

  private static List<org.homeward.funding.engine.Contribution> engineContributions(
      List<Contribution> given) {
    return given.stream()
        .map(c ->
            new org.homeward.funding.engine.Contribution(
                "contributions/" + c.id(),
                c.donorName(),
                c.amount(),
                c.pledgedOn(),
                c.receivedOn()))
        .toList();
  }

  private static List<org.homeward.funding.engine.Expenditure> engineExpenditures(
      List<Expenditure> spent, BudgetLine only) {
    return spent.stream()
        .filter(e -> only == null || e.line() == only)
        .map(e ->
            new org.homeward.funding.engine.Expenditure(
                "expenditures/" + e.id(), e.spentOn(), e.amount(), e.line().name()))
        .toList();
  }

  /**
   * What each commitment still held on {@code asOf}, line by line: its reservation less what
   * expenditures dated by then replaced, nothing once released. Dated the day it was reserved.
   */
  private static List<org.homeward.funding.engine.Commitment> engineCommitments(
      Books books, LocalDate asOf, BudgetLine only) {
    Map<String, BigDecimal> consumed = new LinkedHashMap<>();
    for (Expenditure e : books.expenditures()) {
      if (e.commitmentId() != null && !e.spentOn().isAfter(asOf)) {
        consumed.merge(
            e.commitmentId() + "/" + e.line(), Amounts.decimal(e.consumed()), BigDecimal::add);
      }
    }
    List<org.homeward.funding.engine.Commitment> held = new ArrayList<>();
    for (Commitment c : books.commitments()) {
      if (!standsOn(c, asOf)) {
        continue;
      }
      for (Map.Entry<BudgetLine, MonetaryAmount> line : c.reserved().entrySet()) {
        if (only != null && line.getKey() != only) {
          continue;
        }
        BigDecimal left =
            Amounts.decimal(line.getValue())
                .subtract(consumed.getOrDefault(c.id() + "/" + line.getKey(), BigDecimal.ZERO));
        if (left.signum() > 0) {
          held.add(
              new org.homeward.funding.engine.Commitment(
                  "commitments/" + c.id() + "/" + line.getKey(),
                  c.reservedOn(),
                  Money.of(left, c.currency())));
        }
      }
    }
    return held;
  }

  private static MonetaryAmount average(MonetaryAmount total, int count) {
    if (count == 0) {
      return null;
    }
    return Money.of(
        Amounts.decimal(total).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN),
        total.getCurrency());
  }

  private static Integer coverable(MonetaryAmount available, MonetaryAmount average) {
    if (average == null || !average.isPositive()) {
      return null;
    }
    if (!available.isPositive()) {
      return 0;
    }
    return Amounts.decimal(available)
        .divide(Amounts.decimal(average), 0, RoundingMode.FLOOR)
        .intValueExact();
  }

  private static BigDecimal share(MonetaryAmount part, MonetaryAmount whole) {
    return Amounts.decimal(part).divide(Amounts.decimal(whole), 4, RoundingMode.HALF_EVEN);
  }
}
