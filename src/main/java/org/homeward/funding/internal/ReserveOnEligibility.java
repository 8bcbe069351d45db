package org.homeward.funding.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.funding.Commitment;
import org.homeward.funding.FundsLow;
import org.homeward.funding.Project;
import org.homeward.organisation.Permission;
import org.homeward.registry.Case;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Refusal;
import org.homeward.registry.TransitionAttempt;
import org.homeward.registry.TransitionGuard;
import org.homeward.shared.ConflictException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The funding guard: no case becomes ELIGIBLE unless a project can pay for what it is expected to
 * cost, and that cost is reserved on the project in the transaction of the step itself.
 *
 * <p>Both phases run in the step's transaction, after the registry has locked the case's row. The
 * check locks the rows of the projects that may pay for the case ({@code SELECT ... FOR UPDATE}, in
 * id order), then reads what they have left: a second decision on the same project waits for the
 * first to commit and then sees its reservation, so concurrent decisions on a project with money
 * for k cases let exactly k through. Once every guard has passed, the reservation is written (see
 * {@link ProjectChoice} for which project pays).
 *
 * <p>A refusal names the case, its expected cost, the shortfall and every project considered, and
 * puts the case on the waiting list. A chief of mission ({@link Permission#FUNDING_OVERRIDE}) may
 * let the case through with a written justification: its cost is then reserved on the project short
 * of least (which goes below zero), or on none when no project may pay for it at all, and the
 * override is audited. The same applies when a case that did not show goes back to departure, its
 * reservation having been released.
 */
@Component
class ReserveOnEligibility implements TransitionGuard {

  private final Projects projects;
  private final Positions positions;
  private final Commitments commitments;
  private final WaitingList waiting;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  /**
   * What the check found for the attempt in hand, so that the reservation does not weigh the
   * projects again: both phases run one after the other on the step's thread, in its transaction.
   */
  private final ThreadLocal<Decided> decided = new ThreadLocal<>();

  private record Decided(
      TransitionAttempt attempt, Household household, ProjectChoice.Outcome outcome) {}

  ReserveOnEligibility(
      Projects projects,
      Positions positions,
      Commitments commitments,
      WaitingList waiting,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.projects = projects;
    this.positions = positions;
    this.commitments = commitments;
    this.waiting = waiting;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** Making a case eligible, and sending a no-show back towards departure, need money. */
  static boolean needsFunds(TransitionAttempt attempt) {
    return attempt.to() == CaseStatus.ELIGIBLE
        || (attempt.from() == CaseStatus.NO_SHOW
            && (attempt.to() == CaseStatus.READY_FOR_DEPARTURE
                || attempt.to() == CaseStatus.BOOKED));
  }

  @Override
  public Optional<Refusal> check(TransitionAttempt attempt) {
    if (!needsFunds(attempt)) {
      return Optional.empty();
    }
    Case c = attempt.current();
    LocalDate today = LocalDate.now(clock);
    if (attempt.from() == CaseStatus.NO_SHOW) {
      // the reservation of a case that did not show is released, by the listener or here if it
      // has not run yet: the case goes back to departure only with money reserved anew
      commitments.release(
          c.id(), today, "the case did not show", attempt.actor().username(), clock.instant());
    }
    if (commitments.reservedOf(c.id()).isPresent()) {
      return Optional.empty();
    }
    Household household = Household.of(c, today);
    ProjectChoice.Outcome outcome = decide(c, household, today);
    decided.set(new Decided(attempt, household, outcome));
    if (outcome.chosen() != null) {
      return Optional.empty();
    }
    for (ProjectChoice.Option option : outcome.considered()) {
      if (option.unknown() == null) {
        events.publishEvent(
            new FundsLow(
                option.project().id(),
                option.project().code(),
                option.project().missionCode(),
                c.id(),
                option.available(),
                option.cost().total(),
                today));
      }
    }
    if (attempt.overridden()) {
      attempt.actor().require(Permission.FUNDING_OVERRIDE);
      return Optional.empty();
    }
    decided.remove();
    String reason = reason(c, household, outcome, today);
    waiting.refused(c, household, reason);
    return Optional.of(new Refusal(ProblemCode.NO_FUNDS.code(), reason, true));
  }

  @Override
  public void admitted(TransitionAttempt attempt) {
    Decided found = decided.get();
    decided.remove();
    if (!needsFunds(attempt) || commitments.reservedOf(attempt.current().id()).isPresent()) {
      return;
    }
    Case c = attempt.current();
    LocalDate today = LocalDate.now(clock);
    Household household;
    ProjectChoice.Outcome outcome;
    if (found != null && found.attempt() == attempt) {
      household = found.household();
      outcome = found.outcome();
    } else {
      household = Household.of(c, today);
      outcome = decide(c, household, today);
    }
    waiting.remove(c.id());
    if (outcome.chosen() != null) {
      reserve(c, outcome.chosen(), today, null, attempt);
      return;
    }
    // only an override gets here: check() refused everything else
    ProjectChoice.Option closest = outcome.closest();
    Commitment commitment =
        closest == null ? null : reserve(c, closest, today, attempt.override(), attempt);
    Map<String, Object> details = new HashMap<>();
    details.put("caseNumber", c.caseNumber());
    details.put("refusal", reason(c, household, outcome, today));
    if (commitment != null) {
      details.put("commitmentId", commitment.id().value());
      details.put("project", closest.project().code());
      details.put("shortfall", Amounts.plain(closest.shortfall()));
      details.put("currency", closest.project().currency().getCurrencyCode());
    }
    audit.record(
        AuditRecord.of(
                attempt.actor().username(), "funding.guard-overridden", "case", c.id().toString())
            .inMission(c.missionCode())
            .because(attempt.override())
            .withDetails(details));
  }

  private Commitment reserve(
      Case c, ProjectChoice.Option option, LocalDate today, String override, TransitionAttempt a) {
    return commitments.reserve(
        new Commitments.Reservation(
            c.id(),
            c.caseNumber(),
            c.missionCode(),
            option.project(),
            option.cost(),
            today,
            override,
            override == null ? null : option.shortfall()),
        a.actor());
  }

  /** Locks the projects that may pay for the case, then weighs what each has left. */
  private ProjectChoice.Outcome decide(Case c, Household household, LocalDate today) {
    List<String> excluded = new ArrayList<>();
    List<Project> eligible = new ArrayList<>();
    for (Project project : projects.runningFor(c.missionCode(), today)) {
      String why = ProjectChoice.exclusion(project, c.destinationCountry(), household.groups());
      if (why == null) {
        eligible.add(project);
      } else {
        excluded.add(why);
      }
    }
    List<ProjectChoice.Candidate> candidates = new ArrayList<>();
    for (Project project : projects.lock(eligible.stream().map(Project::id).toList())) {
      try {
        candidates.add(
            new ProjectChoice.Candidate(project, positions.capacity(project, today), null));
      } catch (ConflictException e) {
        // a missing rate: what the project has cannot be known, so it cannot be counted on
        candidates.add(new ProjectChoice.Candidate(project, null, e.getMessage()));
      }
    }
    return ProjectChoice.choose(household, candidates, excluded);
  }

  static String reason(
      Case c, Household household, ProjectChoice.Outcome outcome, LocalDate today) {
    StringBuilder text =
        new StringBuilder("no project can pay for case ")
            .append(c.caseNumber())
            .append(" (")
            .append(household.people())
            .append(household.people() == 1 ? " person" : " people")
            .append(")");
    ProjectChoice.Option closest = outcome.closest();
    if (closest != null) {
      text.append(": shortfall ")
          .append(shown(closest.shortfall()))
          .append(" on ")
          .append(closest.project().code())
          .append(", the closest");
    }
    List<String> considered = new ArrayList<>();
    for (ProjectChoice.Option option : outcome.considered()) {
      considered.add(
          option.unknown() != null
              ? option.project().code()
                  + " (its position cannot be computed: "
                  + option.unknown()
                  + ")"
              : option.project().code()
                  + " (expected cost "
                  + shown(option.cost().total())
                  + ", available "
                  + shown(option.available())
                  + ", short "
                  + shown(option.shortfall())
                  + ")");
    }
    if (considered.isEmpty()) {
      text.append("; no project running on ").append(today).append(" may pay for it");
    } else {
      text.append("; considered: ").append(String.join("; ", considered));
    }
    if (!outcome.excluded().isEmpty()) {
      text.append("; not eligible: ").append(String.join("; ", outcome.excluded()));
    }
    return text.toString();
  }

  static String shown(javax.money.MonetaryAmount amount) {
    return amount.getCurrency().getCurrencyCode()
        + " "
        + Amounts.decimal(amount).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }
}
