package org.homeward.shared.crypto;

/**
 * Records a module keeps sealed with {@link FieldEncryption}, which {@link ActiveKeySealer} brings
 * under the active key after a rotation (docs/access.md). Each module that seals a field offers one
 * (an SPI: shared knows no module); its order ({@code @Order}) is the order they are sealed in.
 */
public interface SealedRecords {

  /**
   * What {@code count} resealed records hold, as the log says it: "the sensitive data of 12
   * people".
   */
  String describe(int count);

  /**
   * Seals again, with the active key, at most {@code batch} records not sealed with it (and seals
   * what an older version left in the clear), in the caller's transaction.
   *
   * @return how many records it sealed; fewer than {@code batch} when none are left
   */
  int resealBatch(int batch);
}
