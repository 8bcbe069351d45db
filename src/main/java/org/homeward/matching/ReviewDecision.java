package org.homeward.matching;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A reviewer's decision on a pair: {@code NOT_SAME_PERSON}, or {@code SAME_PERSON} with the record
 * that survives ({@code a} unless {@code b} is named) and, for each identity field whose value
 * should come from the other record, {@code field -> "a"|"b"}. Fields not named keep the survivor's
 * value. The decision stays text as sent, so that an unknown one is refused naming the field;
 * {@link #outcome} reads it.
 */
public record ReviewDecision(String decision, String survivor, Map<String, String> keep) {

  /** What a reviewer may decide about a pair. */
  public enum Outcome {
    SAME_PERSON,
    NOT_SAME_PERSON
  }

  public ReviewDecision {
    keep = keep == null ? Map.of() : Map.copyOf(keep);
  }

  /** The decision, if it names one of the {@link Outcome}s. */
  public Optional<Outcome> outcome() {
    return Arrays.stream(Outcome.values()).filter(o -> o.name().equals(decision)).findFirst();
  }
}
