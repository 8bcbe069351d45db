package org.homeward.matching.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How common each value of a field is, so that agreeing on a rare name (Yanguéré) counts for more
 * than agreeing on a common one (Diallo). The adjustment to an exact agreement's weight is {@code
 * log2(Σf² / f(v))}: the chance two random records share value v against the average chance they
 * share any value, clipped so one name never decides alone.
 */
final class TermFrequencies {

  private static final double MIN_ADJUSTMENT = -4;
  private static final double MAX_ADJUSTMENT = 4;

  private final Map<String, Integer> counts;
  private final double total;
  private final double sumOfSquares;

  private TermFrequencies(Map<String, Integer> counts) {
    this.counts = counts;
    long sum = 0;
    double squares = 0;
    for (int count : counts.values()) {
      sum += count;
    }
    for (int count : counts.values()) {
      double f = (double) count / sum;
      squares += f * f;
    }
    this.total = Math.max(sum, 1);
    this.sumOfSquares = squares;
  }

  static TermFrequencies of(
      Collection<PreparedRecord> records, Function<PreparedRecord, String> value) {
    Map<String, Integer> counts = new HashMap<>();
    for (PreparedRecord record : records) {
      String v = value.apply(record);
      if (v != null && !v.isEmpty()) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    return new TermFrequencies(counts);
  }

  /** Bits to add to an exact agreement on {@code value}. */
  double adjustment(String value) {
    if (sumOfSquares == 0 || value == null) {
      return 0;
    }
    int count = counts.getOrDefault(value, 1);
    double f = count / total;
    double bits = Math.log(sumOfSquares / f) / Math.log(2);
    return Math.max(MIN_ADJUSTMENT, Math.min(MAX_ADJUSTMENT, bits));
  }
}
