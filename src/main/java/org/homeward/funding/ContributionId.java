package org.homeward.funding;

/** Identifies a contribution. */
public record ContributionId(long value) {

  public ContributionId {
    if (value <= 0) {
      throw new IllegalArgumentException("a contribution id is positive, not " + value);
    }
  }

  /** The id written in a path, or empty when the text is not one. */
  public static java.util.Optional<ContributionId> parse(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new ContributionId(Long.parseLong(text)));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
