package org.homeward.reintegration.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.shared.Violations;

/**
 * One version of the sustainability survey: its indicators, answers, values and weights, as read
 * from a table file. It scores a set of answers by the method of docs/reintegration-monitoring.md:
 * a weighted mean of the answered values per dimension and over all indicators, "don't know" and
 * "refused" left out of both sums, in exact decimal arithmetic rounded once, half up, to 4 places.
 */
public record SurveyTable(
    String version, Map<String, String> title, String notice, List<Indicator> indicators) {

  /** Scores are given to this many decimals. */
  public static final int SCALE = 4;

  public SurveyTable {
    title = Map.copyOf(title);
    indicators = List.copyOf(indicators);
  }

  public Optional<Indicator> indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public List<Indicator> of(Dimension dimension) {
    return indicators.stream().filter(i -> i.dimension() == dimension).toList();
  }

  /**
   * The answers as chosen options, refusing (every one named, under {@code answers.<id>}) an
   * indicator or answer this table does not have.
   */
  public Map<Indicator, AnswerOption> resolve(Map<String, String> answers) {
    Violations v = new Violations();
    Map<Indicator, AnswerOption> chosen = new java.util.LinkedHashMap<>();
    answers.forEach((indicatorId, answerId) -> {
      Optional<Indicator> indicator = indicator(indicatorId);
      if (indicator.isEmpty()) {
        v.add(
            "answers." + indicatorId,
            "unknown-indicator",
            "survey version " + version + " has no indicator " + indicatorId);
        return;
      }
      Optional<AnswerOption> option =
          answerId == null ? Optional.empty() : indicator.get().answer(answerId);
      if (option.isEmpty()) {
        v.add(
            "answers." + indicatorId,
            "unknown-answer",
            "indicator " + indicatorId + " has no answer " + answerId);
        return;
      }
      chosen.put(indicator.get(), option.get());
    });
    v.throwIfAny();
    return chosen;
  }

  /** The scores of these answers ({@code indicatorId → answerId}); see {@link #resolve}. */
  public SurveyScores score(Map<String, String> answers) {
    Map<Indicator, AnswerOption> chosen = resolve(answers);
    Map<Dimension, BigDecimal> scores = new EnumMap<>(Dimension.class);
    List<String> incomplete = new ArrayList<>();
    for (Dimension dimension : Dimension.values()) {
      Weighted w = new Weighted();
      for (Indicator i : of(dimension)) {
        w.add(i.weightInDimension(), chosen.get(i));
      }
      scores.put(dimension, w.mean());
      if (w.incomplete()) {
        incomplete.add(dimension.key());
      }
    }
    Weighted all = new Weighted();
    for (Indicator i : indicators) {
      all.add(i.weightInComposite(), chosen.get(i));
    }
    if (all.incomplete()) {
      incomplete.add("composite");
    }
    return new SurveyScores(
        version,
        scores.get(Dimension.ECONOMIC),
        scores.get(Dimension.SOCIAL),
        scores.get(Dimension.PSYCHOSOCIAL),
        all.mean(),
        incomplete);
  }

  /** Σ(w × v) and Σ w over the answered indicators, and Σ w over all of them. */
  private static final class Weighted {
    private BigDecimal weighted = BigDecimal.ZERO;
    private BigDecimal answeredWeight = BigDecimal.ZERO;
    private BigDecimal totalWeight = BigDecimal.ZERO;

    void add(BigDecimal weight, AnswerOption answer) {
      totalWeight = totalWeight.add(weight);
      if (answer != null && answer.counts()) {
        weighted = weighted.add(weight.multiply(answer.value()));
        answeredWeight = answeredWeight.add(weight);
      }
    }

    BigDecimal mean() {
      return answeredWeight.signum() == 0
          ? null
          : weighted.divide(answeredWeight, SCALE, RoundingMode.HALF_UP);
    }

    /** Less than two thirds of the weight answered: 3 × answered < 2 × total, exactly. */
    boolean incomplete() {
      return answeredWeight
              .multiply(BigDecimal.valueOf(3))
              .compareTo(totalWeight.multiply(BigDecimal.valueOf(2)))
          < 0;
    }
  }
}
