package org.homeward.matching.engine;

import java.util.function.IntPredicate;

/**
 * A named rule that keeps a pair at "possible duplicate" however high it scores, for the
 * look-alikes where the model's independence assumption breaks: twins and siblings agree on family
 * name, date of birth, phone and place together, and differ only in the given name.
 */
public record VerdictRule(String name, IntPredicate capsPattern) {

  boolean caps(int pattern) {
    return capsPattern.test(pattern);
  }

  /** Clearly different given names, and no shared document to say otherwise. */
  public static VerdictRule givenNamesDiffer() {
    return new VerdictRule(
        "given names differ",
        pattern ->
            PairComparator.level(pattern, Field.GIVEN_NAME) == PairComparator.DIFFERENT
                && PairComparator.level(pattern, Field.DOCUMENT_NUMBER) != 0);
  }
}
