package org.homeward.reintegration.survey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three dimensions of reintegration the survey measures. */
public enum Dimension {
  ECONOMIC,
  SOCIAL,
  PSYCHOSOCIAL;

  /** The name used in the table file and the API: {@code economic}, {@code social}, … */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Dimension> ofKey(String key) {
    return Arrays.stream(values()).filter(d -> d.key().equals(key)).findFirst();
  }
}
