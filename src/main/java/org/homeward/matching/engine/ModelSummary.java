package org.homeward.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the estimation found, for the command line and the docs: the share of compared pairs in each
 * class (same person, namesakes, unrelated) and each level's probability in each class.
 */
public record ModelSummary(double[] shares, long pairs, int iterations, List<String> levels) {

  static ModelSummary of(Estimation.Parameters parameters, long pairs) {
    List<String> levels = new ArrayList<>();
    for (Field field : Field.all()) {
      for (int level = 0; level < field.levelCount(); level++) {
        double m = parameters.m()[field.ordinal()][level];
        double namesakes = parameters.probabilities()[Estimation.NAMESAKES][field.ordinal()][level];
        double u = parameters.probabilities()[Estimation.UNRELATED][field.ordinal()][level];
        levels.add(
            String.format(
                Locale.ROOT,
                "%-16s %-20s same=%.4f namesakes=%.4f unrelated=%.4f",
                field.column(),
                field.levelName(level),
                m,
                namesakes,
                u));
      }
    }
    return new ModelSummary(parameters.shares().clone(), pairs, parameters.iterations(), levels);
  }
}
