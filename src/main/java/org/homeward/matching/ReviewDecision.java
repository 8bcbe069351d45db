package org.homeward.matching;

import java.util.Map;

/**
 * A reviewer's decision on a pair: {@code NOT_SAME_PERSON}, or {@code SAME_PERSON} with the record
 * that survives ({@code a} unless {@code b} is named) and, for each identity field whose value
 * should come from the other record, {@code field -> "a"|"b"}. Fields not named keep the survivor's
 * value.
 */
public record ReviewDecision(String decision, String survivor, Map<String, String> keep) {

  public ReviewDecision {
    keep = keep == null ? Map.of() : Map.copyOf(keep);
  }
}
