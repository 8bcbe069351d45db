package org.homeward.reintegration.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scores of one set of answers, each rounded to 4 decimals; a score is {@code null} when no
 * indicator of it was answered. {@code incomplete} names the scores (dimension keys, or {@code
 * composite}) whose answered indicators carry less than two thirds of their weight.
 */
public record SurveyScores(
    String version,
    BigDecimal economic,
    BigDecimal social,
    BigDecimal psychosocial,
    BigDecimal composite,
    List<String> incomplete) {

  public SurveyScores {
    incomplete = List.copyOf(incomplete);
  }

  public BigDecimal of(Dimension dimension) {
    return switch (dimension) {
      case ECONOMIC -> economic;
      case SOCIAL -> social;
      case PSYCHOSOCIAL -> psychosocial;
    };
  }
}
