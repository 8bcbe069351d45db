package org.homeward.reporting.dashboard.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At start-up, counts the cases that were never counted (a new read model over an existing
 * registry, or cases generated straight into the database); then, from time to time, folds the
 * counts' rows of differences so that a dashboard reads a few hundred rows, and hands in again the
 * events whose counting failed.
 */
@Component
@Order(10)
class CountAtStart implements ApplicationRunner {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CountAtStart.class);

  /** How long a reaction may run before, unfinished, it is handed in again. */
  static final Duration STUCK = Duration.ofMinutes(2);

  private final SummaryKeeper keeper;
  private final IncompleteEventPublications incomplete;
  private final JdbcClient jdbc;
  private final boolean enabled;

  CountAtStart(
      SummaryKeeper keeper,
      IncompleteEventPublications incomplete,
      JdbcClient jdbc,
      @Value("${homeward.reporting.backfill:true}") boolean enabled) {
    this.keeper = keeper;
    this.incomplete = incomplete;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (enabled) {
      try {
        keeper.backfillIfBehind();
      } catch (RuntimeException e) {
        // the cases counted so far stay counted; the others are counted at the next start
        log.error("dashboards: the first count stopped, tried again at the next start", e);
      }
    }
  }

  @Scheduled(
      initialDelayString = "${homeward.reporting.count-folding:PT30S}",
      fixedDelayString = "${homeward.reporting.count-folding:PT30S}")
  void fold() {
    keeper.fold();
  }

  /**
   * Hands in again the counting of the cases whose event could not be handled (a burst of events
   * left the reaction waiting too long for a database connection, say): counting a case again is
   * idempotent, so the counts catch up without waiting for a restart.
   */
  @Scheduled(
      initialDelayString = "${homeward.reporting.resubmit:PT20S}",
      fixedDelayString = "${homeward.reporting.resubmit:PT20S}")
  void resubmitFailedCounts() {
    java.util.Set<java.util.UUID> failed =
        java.util.Set.copyOf(
            jdbc.sql(
                    """
                    SELECT id FROM event_publication
                    WHERE completion_date IS NULL AND listener_id LIKE ?
                      AND (status = 'FAILED' OR publication_date < ?)
                    """)
                .param(CountOnChange.class.getName() + "%")
                .param(java.sql.Timestamp.from(Instant.now().minus(STUCK)))
                .query(java.util.UUID.class)
                .list());
    if (!failed.isEmpty()) {
      incomplete.resubmitIncompletePublications(p -> failed.contains(p.getIdentifier()));
    }
  }
}
