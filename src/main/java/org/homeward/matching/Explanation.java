package org.homeward.matching;

import java.util.List;

/**
 * Why a pair scored what it did: the starting weight (how rare duplicates are among compared
 * pairs), each field's evidence, and the rules that capped the verdict, so a reviewer sees which
 * fields agreed and which did not.
 *
 * @param namesSwapped given and family names agreed only when read the other way round
 * @param cappedBy the names of rules that held the verdict below {@link Verdict#LIKELY_DUPLICATE}
 */
public record Explanation(
    double priorWeight,
    List<FieldEvidence> fields,
    double totalWeight,
    boolean namesSwapped,
    List<String> cappedBy) {

  public Explanation {
    fields = List.copyOf(fields);
    cappedBy = List.copyOf(cappedBy);
  }
}
