package org.homeward.movement.fitness;

import org.homeward.movement.internal.FitnessCheckRows;
import org.homeward.shared.crypto.SealedRecords;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The module's part in sealing with the active key on start-up: the medical details of fitness
 * checks sealed with an older key, as the registry does for its sensitive data.
 */
@Component
@Order(2)
class FitnessDetailsSealer implements SealedRecords {

  private final FitnessCheckRows rows;

  FitnessDetailsSealer(FitnessCheckRows rows) {
    this.rows = rows;
  }

  @Override
  public String describe(int count) {
    return "the medical details of " + count + " fitness checks";
  }

  @Override
  public int resealBatch(int batch) {
    return rows.resealDetails(batch);
  }
}
