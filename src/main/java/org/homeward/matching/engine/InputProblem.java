package org.homeward.matching.engine;

/**
 * Something wrong in an input file, located for the person who has to fix it.
 *
 * @param line 1-based line number, the header being line 1; 0 for the file as a whole
 * @param field the column concerned, or empty
 */
public record InputProblem(int line, String field, String message) {

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (line > 0) {
      text.append("line ").append(line);
    }
    if (!field.isEmpty()) {
      text.append(text.isEmpty() ? "" : ", ").append("field ").append(field);
    }
    return (text.isEmpty() ? "" : text + ": ") + message;
  }
}
