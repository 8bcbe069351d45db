package org.homeward.registry.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start-up, seals any sensitive data that is not sealed with the active key: what an older
 * version stored in plaintext, and what an old key sealed before a rotation. Works in small
 * transactions so a large registry never holds long locks.
 */
@Component
@Order(5)
class SensitiveDataSealer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SensitiveDataSealer.class);
  private static final int BATCH = 500;

  private final SensitiveDataResealing resealing;
  private final TransactionTemplate transactions;

  SensitiveDataSealer(SensitiveDataResealing resealing, TransactionTemplate transactions) {
    this.resealing = resealing;
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments args) {
    int total = 0;
    int sealed;
    do {
      sealed = transactions.execute(status -> resealing.resealSensitiveData(BATCH));
      total += sealed;
    } while (sealed == BATCH);
    if (total > 0) {
      log.info("sealed the sensitive data of {} people with the active key", total);
    }
  }
}
