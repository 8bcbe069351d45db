package org.homeward.matching.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.homeward.matching.engine.ScoredPair;
import org.homeward.registry.RegisteredPerson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries out runs over the whole registry, one at a time, in the background: reads the registry
 * into a fresh engine, then compares the people position by position in steps, recording progress
 * and queuing the pairs found after each step, and looking between steps whether it was asked to
 * stop. A stopped (or interrupted) run resumes at the step it had reached.
 *
 * <p>{@code homeward.matching.run-step} is how many people a step compares (2,000): progress and a
 * stop request are seen this often. {@code homeward.matching.run-pause} is a rest between steps,
 * none by default; the tests set one so that a stop reliably lands in the middle of a run.
 */
@Component
public class RunWorker implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

  private final MatchingStore store;
  private final RegistryIndex index;
  private final Clock clock;
  private final int step;
  private final Duration pause;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("matching-run").factory());

  RunWorker(
      MatchingStore store,
      RegistryIndex index,
      Clock clock,
      @Value("${homeward.matching.run-step:2000}") int step,
      @Value("${homeward.matching.run-pause:0s}") Duration pause) {
    if (step < 1) {
      throw new IllegalArgumentException("homeward.matching.run-step must be at least 1");
    }
    if (pause.isNegative()) {
      throw new IllegalArgumentException("homeward.matching.run-pause cannot be negative");
    }
    this.store = store;
    this.index = index;
    this.clock = clock;
    this.step = step;
    this.pause = pause;
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
    RegistryIndex.Snapshot snapshot = null;
    boolean used = false;
    try {
      snapshot = index.read();
      int total = snapshot.engine().positions();
      int done = Math.min(store.run(runId).orElseThrow().done(), total);
      store.progress(runId, total, done, 0, clock.instant());
      while (done < total) {
        if (!"RUNNING".equals(store.run(runId).orElseThrow().status())) {
          store.moveRun(runId, List.of("STOPPING"), "STOPPED", clock.instant());
          return;
        }
        int end = Math.min(total, done + step);
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
        if (done < total && !rest()) {
          // the application is stopping: the run is marked stopped on the next start
          return;
        }
      }
      store.moveRun(runId, List.of("RUNNING", "STOPPING"), "COMPLETED", clock.instant());
      index.use(snapshot);
      used = true;
    } catch (RuntimeException e) {
      log.error("duplicate search run {} failed", runId, e);
      store.fail(runId, String.valueOf(e.getMessage()), clock.instant());
    } finally {
      if (snapshot != null && !used) {
        index.discard(snapshot);
      }
    }
  }

  /** Waits the pause between two steps; false when interrupted by the application stopping. */
  private boolean rest() {
    if (pause.isZero()) {
      return true;
    }
    try {
      Thread.sleep(pause);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
