package org.homeward.movement.fitness;

import org.homeward.movement.internal.FitnessCheckRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start-up, seals again with the active key the medical details of fitness checks sealed with an
 * older one, as the registry does for its sensitive data after a key rotation (docs/access.md), in
 * small transactions.
 */
@Component
@Order(6)
class FitnessDetailsSealer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FitnessDetailsSealer.class);
  private static final int BATCH = 500;

  private final FitnessCheckRows rows;
  private final TransactionTemplate transactions;

  FitnessDetailsSealer(FitnessCheckRows rows, TransactionTemplate transactions) {
    this.rows = rows;
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments args) {
    int total = 0;
    int sealed;
    do {
      sealed = transactions.execute(status -> rows.resealDetails(BATCH));
      total += sealed;
    } while (sealed == BATCH);
    if (total > 0) {
      log.info("sealed the medical details of {} fitness checks with the active key", total);
    }
  }
}
