package org.homeward.funding;

/** Identifies a donor. */
public record DonorId(long value) {

  public DonorId {
    if (value <= 0) {
      throw new IllegalArgumentException("a donor id is positive, not " + value);
    }
  }

  /** The id written in a path, or empty when the text is not one. */
  public static java.util.Optional<DonorId> parse(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new DonorId(Long.parseLong(text)));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
