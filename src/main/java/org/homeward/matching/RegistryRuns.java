package org.homeward.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.matching.internal.MatchingStore;
import org.homeward.matching.internal.RunWorker;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches of the whole registry that fill the review queue, in the background: started by hand or
 * nightly, stopped and resumed where they were.
 */
@Component
class RegistryRuns {

  private final MatchingStore store;
  private final RunWorker runs;
  private final AuditTrail audit;
  private final Clock clock;

  RegistryRuns(MatchingStore store, RunWorker runs, AuditTrail audit, Clock clock) {
    this.store = store;
    this.runs = runs;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Starts a search of the whole registry in the background, or resumes the last one if it was
   * stopped; refused while one is running.
   */
  @Transactional
  public MatchingRun startRun(Actor actor) {
    actor.require(Permission.DUPLICATE_REVIEW);
    Instant now = clock.instant();
    Optional<MatchingRun> latest = store.latestRun(true);
    long id;
    boolean resumed = false;
    if (latest.isPresent() && latest.get().status().isActive()) {
      throw new ConflictException(
          ProblemCode.RUN_IN_PROGRESS,
          "a search of the registry is already running",
          Map.of("runId", latest.get().id()));
    }
    if (latest.isPresent() && latest.get().status() == RunStatus.STOPPED) {
      id = latest.get().id();
      store.moveRun(id, List.of(RunStatus.STOPPED), RunStatus.RUNNING, now);
      resumed = true;
    } else {
      id = store.createRun(actor.username(), now);
    }
    audit.record(
        AuditRecord.of(
                actor.username(),
                resumed ? "duplicate.run-resumed" : "duplicate.run-started",
                "duplicate-run",
                String.valueOf(id))
            .inMission(actor.missionCode()));
    long runId = id;
    org.springframework.transaction.support.TransactionSynchronizationManager
        .registerSynchronization(
            new org.springframework.transaction.support.TransactionSynchronization() {
              @Override
              public void afterCommit() {
                runs.submit(runId);
              }
            });
    return store.run(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public MatchingRun run(long id, Actor actor) {
    actor.require(Permission.DUPLICATE_REVIEW);
    return store.run(id).orElseThrow(() -> new NotFoundException("run", id));
  }

  /** The latest search of the registry, for the review page's progress bar; empty before any. */
  @Transactional(readOnly = true)
  public Optional<MatchingRun> latestRun(Actor actor) {
    actor.require(Permission.DUPLICATE_REVIEW);
    return store.latestRun(false);
  }

  /** Asks a running search to stop after the step it is in; it can be resumed later. */
  @Transactional
  public MatchingRun stopRun(long id, Actor actor) {
    actor.require(Permission.DUPLICATE_REVIEW);
    MatchingRun run = store.run(id).orElseThrow(() -> new NotFoundException("run", id));
    if (!store.moveRun(id, List.of(RunStatus.RUNNING), RunStatus.STOPPING, clock.instant())) {
      throw new ConflictException(
          ProblemCode.RUN_NOT_RUNNING,
          "this run is " + run.status(),
          Map.of("status", run.status().name()));
    }
    audit.record(
        AuditRecord.of(
                actor.username(), "duplicate.run-stopped", "duplicate-run", String.valueOf(id))
            .inMission(actor.missionCode())
            .withDetails(Map.of("done", run.done(), "total", run.total())));
    return store.run(id).orElseThrow();
  }

  /** The nightly search of the whole registry; skipped when one is already running. */
  @Scheduled(cron = "${homeward.matching.nightly-run:0 30 2 * * *}")
  void nightlyRun() {
    try {
      startRun(Actor.system());
    } catch (ConflictException e) {
      // a run started by hand is still going: that one will do
    }
  }
}
