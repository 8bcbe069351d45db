package org.homeward.matching.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many registrations wait to be screened for duplicates, for the people on call: those whose
 * {@code CaseRegistered} the event publication registry holds for this module's listener and has
 * not seen completed. A count that grows means screening is stuck or falling behind. Read on every
 * scrape: the query counts through the index on the completion date, over the incomplete rows only.
 */
@Component
class ScreeningQueue {

  private static final Logger log = LoggerFactory.getLogger(ScreeningQueue.class);

  private final JdbcClient jdbc;

  ScreeningQueue(JdbcClient jdbc, MeterRegistry meters) {
    this.jdbc = jdbc;
    Gauge.builder("homeward.screening.queue", this, ScreeningQueue::pending)
        .description(
            "Registrations not yet screened for duplicates (incomplete event publications)")
        .register(meters);
  }

  double pending() {
    try {
      return jdbc.sql(
              """
              SELECT count(*) FROM event_publication
              WHERE completion_date IS NULL AND listener_id LIKE 'org.homeward.matching.%'
              """)
          .query(Long.class)
          .single();
    } catch (DataAccessException e) {
      // the scrape goes on without this value; the readiness probe reports the database
      log.debug("could not count the screening queue", e);
      return Double.NaN;
    }
  }
}
