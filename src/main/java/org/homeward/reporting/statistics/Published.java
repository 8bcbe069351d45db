package org.homeward.reporting.statistics;

/**
 * A count as the public may read it: the number, {@code <5} for 1 to 4 (small-cell suppression), or
 * withheld ({@code x}) because, with the totals, it would let a reader work out a small cell. A
 * suppressed count does not keep its value, so that nothing can show it by mistake.
 */
public record Published(State state, long value) {

  public enum State {
    SHOWN,
    SMALL,
    WITHHELD
  }

  public static final Published SMALL = new Published(State.SMALL, -1);
  public static final Published WITHHELD = new Published(State.WITHHELD, -1);

  public Published {
    if (state != State.SHOWN) {
      value = -1;
    } else if (value < 0) {
      throw new IllegalArgumentException("a count is not negative: " + value);
    }
  }

  public static Published shown(long value) {
    return new Published(State.SHOWN, value);
  }

  public boolean suppressed() {
    return state != State.SHOWN;
  }

  /** As the page and the CSV show it. */
  public String text() {
    return switch (state) {
      case SHOWN -> Long.toString(value);
      case SMALL -> "<5";
      case WITHHELD -> "x";
    };
  }
}
