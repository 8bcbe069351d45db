package org.homeward.audit.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed entries into the audit chain, a batch at a time, shortly after they commit: every
 * {@code homeward.audit.seal-interval} (200 ms) on a thread of its own, and on demand before a
 * verification. Only one sealer works at a time, in this process or any other on the same database
 * (a transaction-level advisory lock that writers never take), so appends never wait for it or for
 * each other.
 */
@Component
class AuditSealer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

  /** Held by the one sealer at work; writers never take it. */
  static final long SEALER_LOCK = 0x486f6d6577617264L;

  static final int BATCH = 5_000;

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final long intervalMillis;
  private ScheduledExecutorService timer;

  AuditSealer(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      @Value("${homeward.audit.seal-interval:200ms}") java.time.Duration interval) {
    this.jdbc = jdbc;
    // a batch commits on its own, even when sealing is asked for inside a caller's transaction
    this.transactions = new TransactionTemplate(transactions);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.intervalMillis = Math.max(1, interval.toMillis());
  }

  /**
   * Seals every entry committed before this call, waiting for a sealer at work to finish first.
   *
   * @return how many entries this call sealed
   */
  long sealNow() {
    long total = 0;
    int sealed;
    do {
      sealed = batch(true);
      total += sealed;
    } while (sealed == BATCH);
    return total;
  }

  /** One batch; with {@code wait} false, none when another sealer is at work. */
  private int batch(boolean wait) {
    Integer sealed =
        transactions.execute(status -> {
          if (wait) {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)")
                .param(SEALER_LOCK)
                .query(Object.class)
                .single();
          } else if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)")
              .param(SEALER_LOCK)
              .query(Boolean.class)
              .single()) {
            return 0;
          }
          return jdbc.sql("SELECT audit_chain_seal(?)").param(BATCH).query(Integer.class).single();
        });
    return sealed == null ? 0 : sealed;
  }

  private void tick() {
    try {
      while (batch(false) == BATCH) {
        // more are waiting: keep going
      }
    } catch (RuntimeException e) {
      // the database may be restarting; the next tick tries again and nothing is lost
      log.warn("sealing the audit chain failed, will retry: {}", e.getMessage());
    }
  }

  @Override
  public synchronized void start() {
    if (timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "audit-sealer");
          t.setDaemon(true);
          return t;
        });
    timer.scheduleWithFixedDelay(this::tick, 0, intervalMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (timer == null) {
      return;
    }
    timer.shutdown();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    timer = null;
    tick(); // what committed last is sealed before the database goes away
  }

  @Override
  public synchronized boolean isRunning() {
    return timer != null;
  }

  @Override
  public int getPhase() {
    // starts before and stops after the web server, so the last requests' entries are sealed
    return 0;
  }
}
