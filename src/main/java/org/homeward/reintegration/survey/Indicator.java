package org.homeward.reintegration.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One question of the survey, its answers, and its weights in its dimension and the composite. */
public record Indicator(
    String id,
    Dimension dimension,
    BigDecimal weightInDimension,
    BigDecimal weightInComposite,
    Map<String, String> question,
    List<AnswerOption> answers) {

  public Indicator {
    question = Map.copyOf(question);
    answers = List.copyOf(answers);
  }

  public Optional<AnswerOption> answer(String answerId) {
    return answers.stream().filter(a -> a.id().equals(answerId)).findFirst();
  }

  public String question(String language) {
    return question.getOrDefault(language, question.get("en"));
  }
}
