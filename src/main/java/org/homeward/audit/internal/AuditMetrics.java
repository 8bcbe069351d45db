package org.homeward.audit.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicReference;
import org.homeward.audit.ChainVerification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit trail's numbers for the people on call: entries appended since the start (counted when
 * their transaction commits) and the outcome of the last verification of the chain. Verifying reads
 * the whole trail, so it is never done for a scrape: the gauge shows the last one asked for (1
 * intact, 0 broken, no value before the first).
 */
@Component
class AuditMetrics {

  private final Counter entries;
  private final AtomicReference<Double> lastVerification = new AtomicReference<>(Double.NaN);

  AuditMetrics(MeterRegistry meters) {
    this.entries =
        Counter.builder("homeward.audit.entries")
            .description("Audit entries appended since the application started")
            .register(meters);
    Gauge.builder("homeward.audit.chain.intact", lastVerification, AtomicReference::get)
        .description("Last verification of the audit chain: 1 intact, 0 broken")
        .register(meters);
  }

  void appended() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      entries.increment();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            entries.increment();
          }
        });
  }

  void verified(ChainVerification verification) {
    lastVerification.set(verification.intact() ? 1.0 : 0.0);
  }
}
