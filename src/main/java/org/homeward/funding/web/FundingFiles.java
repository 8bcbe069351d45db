package org.homeward.funding.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.money.MonetaryAmount;
import org.homeward.funding.Appeal;
import org.homeward.funding.AppealPosition;
import org.homeward.funding.Beneficiary;
import org.homeward.funding.Commitment;
import org.homeward.funding.CommitmentStatus;
import org.homeward.funding.Contribution;
import org.homeward.funding.Donor;
import org.homeward.funding.DonorId;
import org.homeward.funding.Expenditure;
import org.homeward.funding.Ledger;
import org.homeward.funding.Project;
import org.homeward.funding.ProjectId;
import org.homeward.funding.ProjectPosition;
import org.homeward.funding.internal.Appeals;
import org.homeward.funding.internal.Commitments;
import org.homeward.funding.internal.Contributions;
import org.homeward.funding.internal.Donors;
import org.homeward.funding.internal.FundingScope;
import org.homeward.funding.internal.Projects;
import org.homeward.funding.reports.AgeGroup;
import org.homeward.funding.reports.AppealFigures;
import org.homeward.funding.reports.AssistedPerson;
import org.homeward.funding.reports.BudgetLine;
import org.homeward.funding.reports.DonorReport;
import org.homeward.funding.reports.IatiActivity;
import org.homeward.funding.reports.IatiActivityStatus;
import org.homeward.funding.reports.IatiBudget;
import org.homeward.funding.reports.IatiOrganisation;
import org.homeward.funding.reports.IatiOrganisationType;
import org.homeward.funding.reports.IatiParticipant;
import org.homeward.funding.reports.IatiRecipientCountry;
import org.homeward.funding.reports.IatiReport;
import org.homeward.funding.reports.IatiTransaction;
import org.homeward.funding.reports.IatiTransactionType;
import org.homeward.funding.reports.LineExpenditure;
import org.homeward.funding.reports.PeopleAssisted;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Mission;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.Cases;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.shared.CountryCode;
import org.homeward.shared.LanguageCode;
import org.homeward.shared.NotFoundException;
import org.javamoney.moneta.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the report records of {@code funding.reports} from the books: the IATI activities of the
 * projects an actor may see, a project's donor report for a period and the appeal figures. The
 * renderers lay them out; every amount here comes from the ledger as stored.
 */
@Component
class FundingFiles {

  /** Someone whose date of birth is unknown is counted as an adult, as the guard counts them. */
  static final AgeGroup UNKNOWN_AGE = AgeGroup.FROM_18_TO_59;

  private final Projects projects;
  private final Donors donors;
  private final Appeals appeals;
  private final Contributions contributions;
  private final Commitments commitments;
  private final FundingScope scope;
  private final Ledger ledger;
  private final Missions missions;
  private final Cases cases;
  private final IatiOrganisation reportingOrg;

  FundingFiles(
      Projects projects,
      Donors donors,
      Appeals appeals,
      Contributions contributions,
      Commitments commitments,
      FundingScope scope,
      Ledger ledger,
      Missions missions,
      Cases cases,
      @Value("${homeward.funding.iati.reporting-org-ref:XM-DAC-47066}") String orgRef,
      @Value("${homeward.funding.iati.reporting-org-name:International Organization for Migration}")
          String orgName) {
    this.projects = projects;
    this.donors = donors;
    this.appeals = appeals;
    this.contributions = contributions;
    this.commitments = commitments;
    this.scope = scope;
    this.ledger = ledger;
    this.missions = missions;
    this.cases = cases;
    this.reportingOrg = new IatiOrganisation(orgRef, orgName, IatiOrganisationType.MULTILATERAL);
  }

  /** The projects whose aggregates the actor reads, by code. */
  List<Project> visibleProjects(Actor actor) {
    actor.require(Permission.AGGREGATE_READ);
    return projects.everything().stream().filter(p -> scope.seesAggregatesOf(actor, p)).toList();
  }

  Project visibleProject(ProjectId id, Actor actor) {
    actor.require(Permission.AGGREGATE_READ);
    return projects
        .find(id)
        .filter(p -> scope.seesAggregatesOf(actor, p))
        .orElseThrow(() -> new NotFoundException("project", id));
  }

  /** Every project the actor may see as an IATI activity; empty when there is none. */
  @Transactional(readOnly = true)
  Optional<IatiReport> iati(Actor actor) {
    List<IatiActivity> activities = new ArrayList<>();
    LocalDate today = ledger.today();
    for (Project project : visibleProjects(actor)) {
      activities.add(activity(project, today));
    }
    if (activities.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new IatiReport(Instant.now(), reportingOrg, activities));
  }

  private IatiActivity activity(Project project, LocalDate today) {
    Map<DonorId, Donor> donorsById = donorsOf(project);
    Optional<Mission> mission = missions.find(project.missionCode());
    IatiOrganisation implementer =
        new IatiOrganisation(
            null,
            mission.map(Mission::name).orElse(project.missionCode()),
            IatiOrganisationType.MULTILATERAL);
    List<IatiParticipant> participants = new ArrayList<>();
    for (DonorId id : project.donors()) {
      Donor donor = donorsById.get(id);
      if (donor != null) {
        participants.add(IatiParticipant.funding(organisation(donor)));
      }
    }
    participants.add(IatiParticipant.implementing(implementer));
    List<IatiRecipientCountry> countries =
        mission
            .map(Mission::countryCode)
            .filter(CountryCode::isValid)
            .map(c -> List.of(new IatiRecipientCountry(new CountryCode(c))))
            .orElse(List.of());

    List<IatiTransaction> transactions = new ArrayList<>();
    for (Contribution c : contributions.toProject(project.id())) {
      if (c.received()) {
        Donor donor = donors.find(c.donorId()).orElse(null);
        transactions.add(
            new IatiTransaction(
                "contribution-" + c.id(),
                IatiTransactionType.INCOMING_FUNDS,
                c.receivedOn(),
                c.amount(),
                c.receivedOn(),
                c.reference(),
                donor == null ? null : organisation(donor),
                reportingOrg));
      }
    }
    for (Commitment c : commitments.ofProject(project.id())) {
      transactions.add(
          new IatiTransaction(
              "commitment-" + c.id(),
              IatiTransactionType.OUTGOING_COMMITMENT,
              c.reservedOn(),
              c.total(),
              null,
              "Case " + c.caseNumber(),
              reportingOrg,
              null));
      if (c.status() == CommitmentStatus.RELEASED && c.releasedOn() != null) {
        // what the case did not spend goes back: a negative commitment corrects the first
        MonetaryAmount released = c.total().subtract(spentOf(c));
        if (released.isPositive()) {
          transactions.add(
              new IatiTransaction(
                  "commitment-" + c.id() + "-released",
                  IatiTransactionType.OUTGOING_COMMITMENT,
                  c.releasedOn(),
                  released.negate(),
                  null,
                  "Released: case " + c.caseNumber(),
                  reportingOrg,
                  null));
        }
      }
    }
    for (Expenditure e : commitments.expendituresOf(project.id())) {
      transactions.add(
          new IatiTransaction(
              "expenditure-" + e.id(),
              IatiTransactionType.EXPENDITURE,
              e.spentOn(),
              e.inProjectCurrency(),
              null,
              e.description() != null ? e.description() : e.line().name().toLowerCase(),
              reportingOrg,
              null));
    }
    IatiActivity.Dates dates = IatiActivity.Dates.planned(project.startsOn(), project.endsOn());
    IatiActivityStatus status;
    if (today.isBefore(project.startsOn())) {
      status = IatiActivityStatus.PIPELINE;
    } else if (today.isAfter(project.endsOn())) {
      status = IatiActivityStatus.CLOSED;
      dates = dates.actual(project.startsOn(), project.endsOn());
    } else {
      status = IatiActivityStatus.IMPLEMENTATION;
      dates =
          new IatiActivity.Dates(project.startsOn(), project.endsOn(), project.startsOn(), null);
    }
    return new IatiActivity(
        project.code(),
        new LanguageCode("en"),
        project.title(),
        project.title()
            + " ("
            + mission.map(Mission::name).orElse(project.missionCode())
            + ", "
            + project.startsOn()
            + " – "
            + project.endsOn()
            + ")",
        status,
        dates,
        participants,
        countries,
        project.currency(),
        yearlyBudgets(project),
        transactions);
  }

  private Map<DonorId, Donor> donorsOf(Project project) {
    Map<DonorId, Donor> byId = new LinkedHashMap<>();
    for (DonorId id : project.donors()) {
      donors.find(id).ifPresent(d -> byId.put(id, d));
    }
    return byId;
  }

  private MonetaryAmount spentOf(Commitment c) {
    return c.total()
        .subtract(
            c.remaining().values().stream().reduce(Money.zero(c.currency()), MonetaryAmount::add));
  }

  private static IatiOrganisation organisation(Donor donor) {
    IatiOrganisationType type =
        switch (donor.kind()) {
          case GOVERNMENT -> IatiOrganisationType.GOVERNMENT;
          case MULTILATERAL -> IatiOrganisationType.MULTILATERAL;
          case PRIVATE -> IatiOrganisationType.PRIVATE_SECTOR;
        };
    return new IatiOrganisation(null, donor.name(), type);
  }

  /**
   * The total budget shared over the years of the project's period, in proportion to their days, to
   * the cent: the last year takes what rounding left, so the years add up to the budget.
   */
  static List<IatiBudget> yearlyBudgets(Project project) {
    BigDecimal total = project.totalBudget().getNumber().numberValue(BigDecimal.class);
    long days = ChronoUnit.DAYS.between(project.startsOn(), project.endsOn()) + 1;
    List<IatiBudget> budgets = new ArrayList<>();
    BigDecimal given = BigDecimal.ZERO;
    LocalDate start = project.startsOn();
    while (!start.isAfter(project.endsOn())) {
      LocalDate end = start.plusYears(1).minusDays(1);
      if (end.isAfter(project.endsOn())) {
        end = project.endsOn();
      }
      BigDecimal share;
      if (end.equals(project.endsOn())) {
        share = total.subtract(given);
      } else {
        long inPeriod = ChronoUnit.DAYS.between(start, end) + 1;
        share =
            total
                .multiply(BigDecimal.valueOf(inPeriod))
                .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_EVEN);
      }
      given = given.add(share);
      budgets.add(new IatiBudget(start, end, Money.of(share, project.currency())));
      start = end.plusDays(1);
    }
    return budgets;
  }

  /**
   * A project's donor report for {@code from} to {@code to}: the money spent on each line in the
   * period as the ledger holds it, and the people of the cases the project reserved money for or
   * spent on in the period, each counted once.
   */
  @Transactional
  DonorReport donorReport(ProjectId id, LocalDate from, LocalDate to, Actor actor) {
    Project project = visibleProject(id, actor);
    Predicate<LocalDate> inPeriod = d -> d != null && !d.isBefore(from) && !d.isAfter(to);
    Map<BudgetLine, MonetaryAmount> spent = new EnumMap<>(BudgetLine.class);
    for (BudgetLine line : BudgetLine.values()) {
      spent.put(line, Money.zero(project.currency()));
    }
    Set<CaseId> caseIds = new LinkedHashSet<>();
    for (Expenditure e : commitments.expendituresOf(project.id())) {
      if (inPeriod.test(e.spentOn())) {
        spent.merge(line(e.line()), e.inProjectCurrency(), MonetaryAmount::add);
        if (e.caseId() != null) {
          caseIds.add(e.caseId());
        }
      }
    }
    Map<CaseId, Commitment> commitmentOf = new LinkedHashMap<>();
    for (Commitment c : commitments.ofProject(project.id())) {
      boolean reservedInPeriod = inPeriod.test(c.reservedOn());
      boolean releasedUnspent = c.status() == CommitmentStatus.RELEASED && !spentOf(c).isPositive();
      if ((reservedInPeriod && !releasedUnspent) || caseIds.contains(c.caseId())) {
        caseIds.add(c.caseId());
        commitmentOf.put(c.caseId(), c);
      }
    }
    List<AssistedPerson> people = new ArrayList<>();
    for (CaseId caseId : caseIds) {
      people.addAll(assisted(caseId, commitmentOf.get(caseId), to));
    }
    List<LineExpenditure> lines = new ArrayList<>();
    for (org.homeward.funding.BudgetLine line : org.homeward.funding.BudgetLine.values()) {
      lines.add(new LineExpenditure(line(line), project.budget().get(line), spent.get(line(line))));
    }
    Map<DonorId, Donor> donorsById = donorsOf(project);
    List<String> donorNames =
        project.donors().stream()
            .map(donorsById::get)
            .filter(d -> d != null)
            .map(Donor::name)
            .toList();
    return new DonorReport(
        project.code(),
        project.title(),
        donorNames.isEmpty() ? List.of("—") : donorNames,
        from,
        to,
        project.currency(),
        PeopleAssisted.of(people),
        lines,
        ledger.today());
  }

  /**
   * The people of a case the project pays for, read through the registry as the system: a donor
   * report counts them and names no one, so whoever asks for it needs no right to the case.
   */
  private List<AssistedPerson> assisted(CaseId caseId, Commitment commitment, LocalDate to) {
    Case c;
    try {
      c = cases.get(caseId, Actor.system());
    } catch (NotFoundException gone) {
      return List.of();
    }
    Set<PersonId> paidFor =
        commitment == null
            ? null
            : commitment.beneficiaries().stream()
                .map(Beneficiary::personId)
                .collect(java.util.stream.Collectors.toSet());
    LocalDate day =
        commitment == null || commitment.reservedOn() == null ? to : commitment.reservedOn();
    List<AssistedPerson> people = new ArrayList<>();
    for (Person p : c.members()) {
      if (paidFor != null && !paidFor.isEmpty() && !paidFor.contains(p.id())) {
        continue;
      }
      Integer age = p.ageOn(day);
      String nationality = CountryCode.isNationality(p.nationality()) ? p.nationality() : "XXX";
      people.add(
          new AssistedPerson(
              nationality,
              p.sex(),
              age == null || age < 0 ? UNKNOWN_AGE : AgeGroup.of(age),
              p.allVulnerabilities()));
    }
    return people;
  }

  private static BudgetLine line(org.homeward.funding.BudgetLine line) {
    return BudgetLine.valueOf(line.name());
  }

  /** The figures of every appeal the actor reads, newest launch first, on {@code asOf}. */
  @Transactional(readOnly = true)
  List<AppealFigures> appealFigures(LocalDate asOf, Actor actor) {
    List<AppealFigures> figures = new ArrayList<>();
    for (Appeal appeal : appeals.all(actor)) {
      AppealPosition position = ledger.positionOf(appeal.id(), asOf, actor);
      Set<ProjectId> funded = new LinkedHashSet<>();
      for (Contribution c : contributions.toAppeal(appeal.id())) {
        if (c.projectId() != null) {
          funded.add(c.projectId());
        }
      }
      long people = 0;
      for (ProjectId project : funded) {
        ProjectPosition p = ledger.positionOf(project, asOf, actor);
        people += p.peopleCommitted();
      }
      figures.add(
          new AppealFigures(
              appeal.title(),
              appeal.missionCode(),
              appeal.target().getCurrency(),
              appeal.target(),
              position.pledged(),
              position.received(),
              appeal.targetPeople(),
              people));
    }
    return figures;
  }
}
