package org.homeward.matching.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.homeward.matching.engine.ScoredPair;
import org.homeward.registry.RegisteredPerson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries out runs over the whole registry, one at a time, in the background: reads the registry
 * into a fresh engine, then compares the people position by position in steps, recording progress
 * and queuing the pairs found after each step, and looking between steps whether it was asked to
 * stop. A stopped (or interrupted) run resumes at the step it had reached.
 */
@Component
public class RunWorker implements DisposableBean {

  /** People compared per step: progress and a stop request are seen this often. */
  static final int STEP = 2_000;

  private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

  private final MatchingStore store;
  private final RegistryIndex index;
  private final Clock clock;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("matching-run").factory());

  RunWorker(MatchingStore store, RegistryIndex index, Clock clock) {
    this.store = store;
    this.index = index;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void afterStart() {
    int stopped = store.stopInterruptedRuns(clock.instant());
    if (stopped > 0) {
      log.info(
          "{} duplicate search run(s) interrupted by a restart; start a run to resume", stopped);
    }
  }

  public void submit(long runId) {
    executor.execute(() -> execute(runId));
  }

  private void execute(long runId) {
    try {
      RegistryIndex.Snapshot snapshot = index.read();
      int total = snapshot.engine().positions();
      int done = Math.min(store.run(runId).orElseThrow().done(), total);
      store.progress(runId, total, done, 0, clock.instant());
      while (done < total) {
        if (!"RUNNING".equals(store.run(runId).orElseThrow().status())) {
          store.moveRun(runId, List.of("STOPPING"), "STOPPED", clock.instant());
          return;
        }
        int end = Math.min(total, done + STEP);
        List<ScoredPair> pairs = new ArrayList<>();
        snapshot.engine().linkRange(done, end, pairs::add);
        int queued = 0;
        for (ScoredPair pair : pairs) {
          RegisteredPerson a = snapshot.person(pair.idA());
          RegisteredPerson b = snapshot.person(pair.idB());
          if (a == null || b == null || a.caseId().equals(b.caseId())) {
            continue;
          }
          if (store.queue(
              a,
              b,
              pair.probability(),
              pair.verdict(),
              snapshot.engine().explain(pair.idA(), pair.idB()),
              "run " + runId,
              clock.instant())) {
            queued++;
          }
        }
        done = end;
        store.progress(runId, total, done, queued, clock.instant());
      }
      store.moveRun(runId, List.of("RUNNING", "STOPPING"), "COMPLETED", clock.instant());
      index.use(snapshot);
    } catch (RuntimeException e) {
      log.error("duplicate search run {} failed", runId, e);
      store.fail(runId, String.valueOf(e.getMessage()), clock.instant());
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
