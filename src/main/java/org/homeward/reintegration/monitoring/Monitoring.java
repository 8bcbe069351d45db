package org.homeward.reintegration.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.movement.CaseArrived;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Holding;
import org.homeward.organisation.Permission;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseLifecycle;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Cases;
import org.homeward.registry.Person;
import org.homeward.registry.TransitionResult;
import org.homeward.reintegration.MonitoringCompleted;
import org.homeward.reintegration.PlanType;
import org.homeward.reintegration.ReintegrationCases;
import org.homeward.reintegration.monitoring.internal.VisitStore;
import org.homeward.reintegration.monitoring.internal.VisitStore.FollowUp;
import org.homeward.reintegration.survey.SurveyScores;
import org.homeward.reintegration.survey.SurveyTable;
import org.homeward.reintegration.survey.Surveys;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ProblemCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monitoring of returned households by the mission of their country of origin: visits at about
 * 3, 6 and 12 months after arrival, each recorded with how it was made, the business or training
 * status and the survey answers (scored with the table in force, its version kept). After the last
 * visit the case is closed, unless the mission follows the returnee further (then one more visit is
 * due six months on).
 */
@Service
public class Monitoring {

  /** Months after arrival at which visits fall due. */
  public static final List<Integer> SCHEDULE = List.of(3, 6, 12);

  /** Months between further visits, when the mission follows a returnee beyond the schedule. */
  public static final int FURTHER = 6;

  static final String SUBJECT = "monitoring-visit";

  /** What a visit found. */
  public record RecordVisit(
      VisitMode mode,
      ActivityStatus activity,
      LocalDate doneOn,
      String notes,
      Map<String, String> answers) {}

  /** What came of recording a visit, and, after the last one, of the case. */
  public record Recorded(Visit visit, boolean completed, boolean closed, String note) {}

  /** A household under follow-up and its visits. */
  public record Followed(FollowUp followUp, List<Visit> visits) {}

  /** The average scores of the visits done at one step of the schedule, over a cohort. */
  public record Average(
      int months,
      int visits,
      BigDecimal economic,
      BigDecimal social,
      BigDecimal psychosocial,
      BigDecimal composite) {}

  /** Who a cohort is; a null field takes everyone. */
  public record Cohort(String nationality, String sex, String planType) {}

  private final VisitStore store;
  private final Surveys surveys;
  private final Cases cases;
  private final CaseLifecycle lifecycle;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final TransactionTemplate lookup;
  private final ReintegrationCases plans;

  Monitoring(
      VisitStore store,
      Surveys surveys,
      Cases cases,
      CaseLifecycle lifecycle,
      AccessPolicy access,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock,
      PlatformTransactionManager transactions,
      ReintegrationCases plans) {
    this.store = store;
    this.surveys = surveys;
    this.cases = cases;
    this.lifecycle = lifecycle;
    this.access = access;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.plans = plans;
    this.lookup = new TransactionTemplate(transactions);
    lookup.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    lookup.setReadOnly(true);
  }

  /** Opens the follow-up of an arrived household and schedules its visits (once per case). */
  @Transactional
  public void open(CaseArrived arrived) {
    LocalDate on = LocalDate.ofInstant(arrived.at(), clock.getZone());
    Person principal = principal(arrived.caseId());
    boolean opened =
        store.open(
            new FollowUp(
                arrived.caseId(),
                arrived.caseNumber(),
                arrived.missionCode(),
                arrived.destinationCountry(),
                arrived.receivingMission(),
                on,
                principal == null || principal.sex() == null ? null : principal.sex().name(),
                principal == null ? null : principal.nationality(),
                false,
                null,
                null));
    if (!opened) {
      return;
    }
    for (int n = 0; n < SCHEDULE.size(); n++) {
      store.schedule(arrived.caseId(), n + 1, SCHEDULE.get(n), on.plusMonths(SCHEDULE.get(n)));
    }
  }

  /** Every visit not done yet that the actor may see, soonest due first. */
  @Transactional(readOnly = true)
  public List<Visit> calendar(Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    return store.open().stream().filter(v -> sees(actor, v.caseId())).toList();
  }

  /** The overdue visits per officer ({@code ""} for those nobody took yet), by officer name. */
  @Transactional(readOnly = true)
  public Map<String, List<Visit>> overdue(Actor actor) {
    LocalDate today = LocalDate.now(clock);
    Map<String, List<Visit>> per = new TreeMap<>();
    for (Visit v : calendar(actor)) {
      if (v.overdue(today)) {
        per.computeIfAbsent(v.officer() == null ? "" : v.officer(), k -> new ArrayList<>()).add(v);
      }
    }
    return per;
  }

  @Transactional(readOnly = true)
  public Visit visit(long id, Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    return store
        .visit(id)
        .filter(v -> sees(actor, v.caseId()))
        .orElseThrow(() -> new NotFoundException("monitoring visit", id));
  }

  @Transactional(readOnly = true)
  public Followed followed(CaseId caseId, Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    FollowUp f =
        store
            .followUp(caseId)
            .filter(x -> sees(actor, x))
            .orElseThrow(() -> new NotFoundException("follow-up of case", caseId));
    return new Followed(f, store.visitsOf(caseId));
  }

  /** The households under follow-up that the actor may see. */
  @Transactional(readOnly = true)
  public List<FollowUp> followUps(Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    return store.followUps().stream().filter(f -> sees(actor, f)).toList();
  }

  /** The officer takes the visit: it is theirs in the calendar. */
  @Transactional
  public Visit take(long id, Actor actor) {
    Visit v = changeable(id, actor);
    store.take(id, actor.username());
    return store.visit(id).orElseThrow();
  }

  /** Whether the mission follows the returnee beyond the scheduled visits. */
  @Transactional
  public void followFurther(CaseId caseId, boolean further, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    FollowUp f =
        store
            .followUp(caseId)
            .filter(x -> access.canChange(actor, holding(x)))
            .orElseThrow(() -> new NotFoundException("follow-up of case", caseId));
    store.followFurther(f.caseId(), further);
    audit.record(
        AuditRecord.of(actor.username(), "monitoring.follow-further", SUBJECT, caseId.toString())
            .inMission(f.missionCode())
            .withDetails(Map.of("followFurther", further)));
  }

  /**
   * Records a visit done, scoring its answers with the table in force; after the last one the
   * monitoring is complete: the case is closed if it is IN_REINTEGRATION (a case still ARRIVED is
   * left as it is, and the result says why) and {@link MonitoringCompleted} is published.
   */
  @Transactional
  public Recorded record(long id, RecordVisit visit, Actor actor) {
    Visit current = changeable(id, actor);
    LocalDate today = LocalDate.now(clock);
    Violations v = new Violations();
    v.check(visit.mode() != null, "mode", "required", "in person or by phone");
    v.check(visit.activity() != null, "activity", "required", "the business or training status");
    v.check(
        visit.doneOn() == null || !visit.doneOn().isAfter(today),
        "doneOn",
        "future",
        "a visit is recorded once made");
    v.check(
        visit.notes() == null || visit.notes().length() <= 4000,
        "notes",
        "too-long",
        "at most 4000 characters");
    v.throwIfAny();
    Map<String, String> answers = new LinkedHashMap<>();
    if (visit.answers() != null) {
      visit
          .answers()
          .forEach((k, a) -> {
            if (a != null && !a.isBlank()) {
              answers.put(k, a);
            }
          });
    }
    SurveyTable table = surveys.current();
    SurveyScores scores = table.score(answers);
    LocalDate doneOn = visit.doneOn() == null ? today : visit.doneOn();
    String notes = visit.notes() == null || visit.notes().isBlank() ? null : visit.notes().strip();
    if (!store.record(
        id,
        visit.mode(),
        visit.activity(),
        doneOn,
        notes,
        answers,
        scores,
        actor.username(),
        clock.instant())) {
      throw done(id);
    }
    FollowUp f = store.followUp(current.caseId()).orElseThrow();
    audit.record(
        AuditRecord.of(actor.username(), "monitoring.visit-recorded", SUBJECT, String.valueOf(id))
            .inMission(f.missionCode())
            .withDetails(
                Map.of(
                    "caseId", f.caseId().toString(),
                    "visit", current.number(),
                    "activity", visit.activity().name(),
                    "surveyVersion", scores.version())));
    Visit recorded = store.visit(id).orElseThrow();
    boolean last = store.visitsOf(f.caseId()).stream().allMatch(Visit::done);
    if (!last) {
      return new Recorded(recorded, false, false, null);
    }
    if (f.followFurther()) {
      store.schedule(
          f.caseId(),
          current.number() + 1,
          current.months() + FURTHER,
          f.arrivedOn().plusMonths(current.months() + FURTHER));
      return new Recorded(recorded, false, false, "followed further");
    }
    return complete(f, recorded, actor);
  }

  private Recorded complete(FollowUp f, Visit recorded, Actor actor) {
    Case c = cases.get(f.caseId(), actor);
    boolean closed = false;
    String note;
    if (c.status() == CaseStatus.IN_REINTEGRATION) {
      TransitionResult result =
          lifecycle.transition(
              f.caseId(), CaseStatus.CLOSED, "monitoring completed after the last visit", actor);
      closed = result instanceof TransitionResult.Transitioned;
      note =
          closed
              ? "closed"
              : "not closed: "
                  + String.join(
                      "; ",
                      ((TransitionResult.Refused) result)
                          .refusals().stream().map(r -> r.reason()).toList());
    } else if (c.status() == CaseStatus.ARRIVED) {
      note =
          "not closed: the case is still ARRIVED, its reintegration never started in the"
              + " registry (IN_REINTEGRATION); start it, then close it";
    } else {
      note = "not closed: the case is " + c.status();
    }
    store.complete(f.caseId(), note, clock.instant());
    events.publishEvent(
        new MonitoringCompleted(
            f.caseId(),
            f.caseNumber(),
            f.destination(),
            closed,
            actor.username(),
            clock.instant()));
    return new Recorded(recorded, true, closed, note);
  }

  /** The average scores per step of the schedule over the cohort, from the visits done. */
  @Transactional(readOnly = true)
  public List<Average> averages(Cohort cohort, Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    Map<CaseId, FollowUp> followed = new LinkedHashMap<>();
    for (FollowUp f : followUps(actor)) {
      if ((cohort.nationality() == null || cohort.nationality().equals(f.nationality()))
          && (cohort.sex() == null || cohort.sex().equals(f.sex()))
          && (cohort.planType() == null
              || cohort.planType().equals(planType(f.caseId()).orElse(null)))) {
        followed.put(f.caseId(), f);
      }
    }
    Map<Integer, List<Visit>> per = new TreeMap<>();
    for (Visit v : store.done()) {
      if (followed.containsKey(v.caseId())) {
        per.computeIfAbsent(v.months(), k -> new ArrayList<>()).add(v);
      }
    }
    List<Average> averages = new ArrayList<>();
    per.forEach((months, visits) ->
        averages.add(
            new Average(
                months,
                visits.size(),
                mean(visits.stream().map(Visit::economic).toList()),
                mean(visits.stream().map(Visit::social).toList()),
                mean(visits.stream().map(Visit::psychosocial).toList()),
                mean(visits.stream().map(Visit::composite).toList()))));
    return averages;
  }

  /**
   * The type of the household's reintegration plan ({@link PlanType} name), for the cohorts: that
   * of the plan furthest along; empty when none of its returnees has one.
   */
  Optional<String> planType(CaseId caseId) {
    return plans.planOf(caseId).map(p -> p.type().name());
  }

  private static BigDecimal mean(List<BigDecimal> scores) {
    List<BigDecimal> known = scores.stream().filter(s -> s != null).toList();
    if (known.isEmpty()) {
      return null;
    }
    return known.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(known.size()), 4, RoundingMode.HALF_UP);
  }

  private Visit changeable(long id, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Visit v =
        store
            .visit(id)
            .filter(x ->
                store
                    .followUp(x.caseId())
                    .map(this::holding)
                    .map(h -> access.canChange(actor, h))
                    .orElse(false))
            .orElseThrow(() -> new NotFoundException("monitoring visit", id));
    if (v.done()) {
      throw done(id);
    }
    return v;
  }

  private static ConflictException done(long id) {
    return new ConflictException(
        ProblemCode.VISIT_DONE, "this visit is recorded already", Map.of("visitId", id));
  }

  private boolean sees(Actor actor, CaseId caseId) {
    return store.followUp(caseId).map(f -> sees(actor, f)).orElse(false);
  }

  private boolean sees(Actor actor, FollowUp f) {
    return access.canRead(actor, holding(f));
  }

  private Holding holding(FollowUp f) {
    return new Holding(f.missionCode(), f.destination(), true);
  }

  private Person principal(CaseId caseId) {
    try {
      // in a transaction of its own: a case the registry cannot give must not undo the follow-up
      return lookup.execute(status -> cases.get(caseId, Actor.system()).principal());
    } catch (RuntimeException e) {
      // the cohort fields stay empty rather than the follow-up not being opened
      return null;
    }
  }
}
