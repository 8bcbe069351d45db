package org.homeward.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.homeward.matching.NameVariantsRejected.LineProblem;
import org.homeward.matching.engine.NameForm;

/**
 * The rules for the administrator's extra name variants, in the shipped file's format: one group
 * per line, at least two comma-separated spellings, {@code #} starts a comment, blank lines are
 * ignored. A spelling is letters of any script, with spaces, hyphens and apostrophes between them.
 */
final class NameVariantsText {

  static final String FIELD = "text";
  static final int MAX_LINES = 1_000;
  static final int MAX_LINE_LENGTH = 300;
  static final int MAX_SPELLING_LENGTH = 60;

  private static final Pattern SPELLING =
      Pattern.compile("[\\p{L}\\p{M}]+(?:[ '’ʼ-]+[\\p{L}\\p{M}]+)*");

  private NameVariantsText() {}

  /** Every problem of {@code text}, in line order; empty when it can be saved. */
  static List<LineProblem> problems(String text) {
    List<LineProblem> problems = new ArrayList<>();
    List<String> lines = text.lines().toList();
    if (lines.size() > MAX_LINES) {
      problems.add(
          new LineProblem(
              MAX_LINES + 1,
              "too-many",
              null,
              "line "
                  + (MAX_LINES + 1)
                  + ": the table has "
                  + lines.size()
                  + " lines; at most "
                  + MAX_LINES
                  + " are allowed"));
      return problems;
    }
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i);
      if (line.length() > MAX_LINE_LENGTH) {
        problems.add(
            new LineProblem(
                number,
                "too-long",
                null,
                "line " + number + ": longer than " + MAX_LINE_LENGTH + " characters"));
        continue;
      }
      int comment = line.indexOf('#');
      String group = comment >= 0 ? line.substring(0, comment) : line;
      if (group.isBlank()) {
        continue;
      }
      Set<String> distinct = new LinkedHashSet<>();
      boolean wellFormed = true;
      for (String entry : group.split(",", -1)) {
        String spelling = entry.strip();
        if (spelling.isEmpty()) {
          problems.add(
              new LineProblem(
                  number,
                  "empty-spelling",
                  null,
                  "line "
                      + number
                      + ": an empty spelling (two commas in a row, or one at an end)"));
          wellFormed = false;
        } else if (!SPELLING.matcher(spelling).matches()) {
          problems.add(
              new LineProblem(
                  number,
                  "malformed",
                  spelling,
                  "line "
                      + number
                      + ": '"
                      + spelling
                      + "' has characters other than letters, spaces, hyphens and apostrophes"));
          wellFormed = false;
        } else if (spelling.length() > MAX_SPELLING_LENGTH) {
          problems.add(
              new LineProblem(
                  number,
                  "too-long",
                  spelling,
                  "line "
                      + number
                      + ": '"
                      + spelling
                      + "' is longer than "
                      + MAX_SPELLING_LENGTH
                      + " characters"));
          wellFormed = false;
        } else {
          String folded = NameForm.fold(spelling).replace(" ", "");
          if (!folded.isEmpty()) {
            distinct.add(folded);
          }
        }
      }
      if (wellFormed && distinct.size() < 2) {
        problems.add(
            new LineProblem(
                number,
                "single-spelling",
                group.strip(),
                "line "
                    + number
                    + ": a group needs at least two different spellings, separated by commas"));
      }
    }
    return problems;
  }

  /** How many groups {@code text} holds, once it has no problem. */
  static int groups(String text) {
    int groups = 0;
    for (String line : text.lines().toList()) {
      int comment = line.indexOf('#');
      if (!(comment >= 0 ? line.substring(0, comment) : line).isBlank()) {
        groups++;
      }
    }
    return groups;
  }
}
