package org.homeward.shared.crypto;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start-up, seals again with the active key what every module keeps sealed with an older one
 * (after a key rotation, docs/access.md) or in the clear (left by an older version). Works in small
 * transactions, so a large registry never holds long locks, and before the first users and the demo
 * are created.
 */
@Component
@Order(5)
public class ActiveKeySealer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ActiveKeySealer.class);

  static final int BATCH = 500;

  private final List<SealedRecords> sealed;
  private final TransactionTemplate transactions;

  ActiveKeySealer(ObjectProvider<SealedRecords> sealed, TransactionTemplate transactions) {
    this.sealed = sealed.orderedStream().toList();
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments args) {
    sealAll();
  }

  /** Seals everything not sealed with the active key; returns how many records it sealed. */
  public int sealAll() {
    int all = 0;
    for (SealedRecords records : sealed) {
      int total = 0;
      int batch;
      do {
        batch = transactions.execute(status -> records.resealBatch(BATCH));
        total += batch;
      } while (batch == BATCH);
      if (total > 0) {
        log.info("sealed {} with the active key", records.describe(total));
      }
      all += total;
    }
    return all;
  }
}
