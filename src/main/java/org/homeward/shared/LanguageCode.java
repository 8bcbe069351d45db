package org.homeward.shared;

import java.util.Locale;
import java.util.Set;

/**
 * An ISO 639 language code: two letters ({@code fr}, {@code wo}) or three for the many languages of
 * West and Central Africa that have no two-letter code ({@code ewo} Ewondo, {@code pcm} Nigerian
 * Pidgin). Three-letter codes are checked for form only: ISO 639-3 has thousands.
 */
public record LanguageCode(String code) {

  private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());

  public LanguageCode {
    if (!isValid(code)) {
      throw new IllegalArgumentException("not an ISO 639 language code: " + code);
    }
  }

  public static boolean isValid(String code) {
    if (code == null) {
      return false;
    }
    if (code.length() == 2) {
      return TWO_LETTER.contains(code);
    }
    return code.length() == 3 && code.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  @Override
  public String toString() {
    return code;
  }
}
