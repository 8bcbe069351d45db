package org.homeward.registry.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.homeward.registry.CaseStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry's counts for the people on call: households registered and steps taken, by the
 * status reached. Counted when the transaction commits, so a rolled-back registration is not one.
 * Every status has its counter from the start, so a rate over a quiet hour reads 0 rather than
 * nothing.
 */
@Component
public class RegistryMetrics {

  private final Counter registrations;
  private final Map<CaseStatus, Counter> transitions = new EnumMap<>(CaseStatus.class);

  RegistryMetrics(MeterRegistry meters) {
    this.registrations =
        Counter.builder("homeward.registrations")
            .description("Households registered")
            .register(meters);
    for (CaseStatus status : CaseStatus.values()) {
      transitions.put(
          status,
          Counter.builder("homeward.transitions")
              .description("Cases moved to a status, by the status reached")
              .tag("to", status.name())
              .register(meters));
    }
  }

  public void registered() {
    afterCommit(registrations::increment);
  }

  public void transitioned(CaseStatus to) {
    afterCommit(transitions.get(to)::increment);
  }

  private static void afterCommit(Runnable count) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      count.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            count.run();
          }
        });
  }
}
