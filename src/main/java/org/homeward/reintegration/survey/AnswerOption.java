package org.homeward.reintegration.survey;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One answer an indicator offers, with its value between 0 (worst) and 1 (best); a {@code null}
 * value is an answer that says nothing ("don't know", "refused") and is left out of the scores.
 */
public record AnswerOption(String id, BigDecimal value, Map<String, String> label) {

  public AnswerOption {
    label = Map.copyOf(label);
  }

  public boolean counts() {
    return value != null;
  }

  public String label(String language) {
    return label.getOrDefault(language, label.get("en"));
  }
}
