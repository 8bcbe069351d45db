package org.homeward.funding;

/** Identifies a project. */
public record ProjectId(long value) {

  public ProjectId {
    if (value <= 0) {
      throw new IllegalArgumentException("a project id is positive, not " + value);
    }
  }

  /** The id written in a path, or empty when the text is not one. */
  public static java.util.Optional<ProjectId> parse(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new ProjectId(Long.parseLong(text)));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
