package org.homeward.matching.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.homeward.matching.RunStatus;
import org.homeward.matching.engine.ScoredPair;
import org.homeward.registry.RegisteredPerson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Carries out runs over the whole registry, one at a time, in the background: reads the registry
 * into a fresh engine, then compares the people position by position in steps, recording progress
 * and queuing the pairs found after each step, and looking between steps whether it was asked to
 * stop. A stopped (or interrupted) run resumes at the step it had reached.
 *
 * <p>When the application stops, a run finishes the step it is in, records its progress and is left
 * STOPPED, ready to resume, before the database closes: this worker is a {@link SmartLifecycle}
 * that stops after the web server has finished its requests and before any bean (the connection
 * pool, the embedded database) is destroyed. A run left RUNNING by a crash is marked STOPPED when
 * the application starts again, before the web server takes requests.
 *
 * <p>{@code homeward.matching.run-step} is how many people a step compares (2,000): progress and a
 * stop request are seen this often. {@code homeward.matching.run-pause} is a rest between steps,
 * none by default; the tests set one so that a stop reliably lands in the middle of a run.
 */
@Component
public class RunWorker implements SmartLifecycle, DisposableBean {

  /**
   * Stops after the web server (whose graceful shutdown and stop run in the phases just below
   * {@link SmartLifecycle#DEFAULT_PHASE}) and starts before it.
   */
  public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

  /** The longest a stop waits for the step in progress; within the shutdown phase's 30 s. */
  public static final Duration STOP_WAIT = Duration.ofSeconds(25);

  private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

  private final MatchingStore store;
  private final RegistryIndex index;
  private final Clock clock;
  private final int step;
  private final Duration pause;
  // new on every start: a context may be stopped and started again (the test framework pauses the
  // contexts it caches), and a shut-down executor or a released latch cannot be used again
  private volatile ExecutorService executor = newExecutor();
  private volatile CountDownLatch stopping = new CountDownLatch(1);
  private volatile boolean running;

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

  /** Marks the runs a crash left RUNNING as STOPPED, so that starting a run resumes them. */
  @Override
  public void start() {
    if (executor.isShutdown()) {
      executor = newExecutor();
      stopping = new CountDownLatch(1);
    }
    int stopped = store.stopInterruptedRuns(clock.instant());
    if (stopped > 0) {
      log.info(
          "{} duplicate search run(s) interrupted by a restart; start a run to resume", stopped);
    }
    running = true;
  }

  /**
   * Lets the run in progress finish its step, record its progress and stop, waiting for it at most
   * {@link #STOP_WAIT}; a run queued behind it stops before it begins.
   */
  @Override
  public void stop() {
    running = false;
    stopping.countDown();
    executor.shutdown();
    try {
      if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn(
            "a duplicate search run did not reach the end of its step within {}; it resumes from"
                + " its last recorded step",
            STOP_WAIT);
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      executor.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  public void submit(long runId) {
    try {
      executor.execute(() -> execute(runId));
    } catch (RejectedExecutionException e) {
      // the application is stopping: the run stays RUNNING and is marked STOPPED on the next start
      log.info("duplicate search run {} not started: the application is stopping", runId);
    }
  }

  private void execute(long runId) {
    RegistryIndex.Snapshot snapshot = null;
    boolean used = false;
    try {
      if (stopping.getCount() == 0) {
        // queued behind a run that was in progress when the application began to stop
        store.moveRun(runId, RunStatus.ACTIVE, RunStatus.STOPPED, clock.instant());
        return;
      }
      snapshot = index.read();
      int total = snapshot.engine().positions();
      int done = Math.min(store.run(runId).orElseThrow().done(), total);
      store.progress(runId, total, done, 0, clock.instant());
      while (done < total) {
        if (stopping.getCount() == 0) {
          store.moveRun(runId, RunStatus.ACTIVE, RunStatus.STOPPED, clock.instant());
          log.info(
              "duplicate search run {} stopped with the application at {} of {}; start a run to"
                  + " resume",
              runId,
              done,
              total);
          return;
        }
        if (store.run(runId).orElseThrow().status() != RunStatus.RUNNING) {
          store.moveRun(runId, List.of(RunStatus.STOPPING), RunStatus.STOPPED, clock.instant());
          return;
        }
        int end = Math.min(total, done + step);
        List<ScoredPair> pairs = new ArrayList<>();
        snapshot.engine().linkRange(done, end, pairs::add);
        List<MatchingStore.Found> found = new ArrayList<>(pairs.size());
        for (ScoredPair pair : pairs) {
          RegisteredPerson a = snapshot.person(pair.idA());
          RegisteredPerson b = snapshot.person(pair.idB());
          if (a == null || b == null || a.caseId().equals(b.caseId())) {
            continue;
          }
          found.add(
              new MatchingStore.Found(
                  a,
                  b,
                  pair.probability(),
                  pair.verdict(),
                  snapshot.engine().explain(pair.idA(), pair.idB())));
        }
        int queued = store.queueAll(found, "run " + runId, clock.instant());
        done = end;
        store.progress(runId, total, done, queued, clock.instant());
        if (done < total) {
          rest();
        }
      }
      store.moveRun(runId, RunStatus.ACTIVE, RunStatus.COMPLETED, clock.instant());
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

  /** Waits the pause between two steps, cut short when the application stops. */
  private void rest() {
    if (pause.isZero()) {
      return;
    }
    try {
      stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(Thread.ofPlatform().name("matching-run").factory());
  }

  /** Only if the context never got to stop this worker (a failed start): nothing waits then. */
  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
