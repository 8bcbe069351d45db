package org.homeward.matching;

import java.util.List;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Violation;

/**
 * Extra name variants that break a rule, each problem at its line: answered as 400 like any invalid
 * input (field {@code text}, the message naming the line), and shown by the page at the field in
 * the reader's language.
 */
public class NameVariantsRejected extends InvalidInputException {

  private final List<LineProblem> problems;

  public NameVariantsRejected(List<LineProblem> problems) {
    super(problems.stream().map(LineProblem::violation).toList());
    this.problems = List.copyOf(problems);
  }

  /**
   * One problem of the text.
   *
   * @param line counted from 1
   * @param code a field code of docs/problems.md ({@code malformed}, {@code single-spelling}, …)
   * @param spelling the spelling at fault, or {@code null} when the whole line is
   * @param message a sentence in English naming the line
   */
  public record LineProblem(int line, String code, String spelling, String message) {

    Violation violation() {
      return new Violation(NameVariantsText.FIELD, code, message);
    }
  }

  public List<LineProblem> problems() {
    return problems;
  }
}
