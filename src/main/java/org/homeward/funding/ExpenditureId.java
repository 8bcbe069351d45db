package org.homeward.funding;

/** Identifies an expenditure. */
public record ExpenditureId(long value) {

  public ExpenditureId {
    if (value <= 0) {
      throw new IllegalArgumentException("a expenditure id is positive, not " + value);
    }
  }

  /** The id written in a path, or empty when the text is not one. */
  public static java.util.Optional<ExpenditureId> parse(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new ExpenditureId(Long.parseLong(text)));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
