package org.homeward.matching.engine;

/**
 * One folded name token with what comparisons need precomputed: its {@link Phonetic} key, its
 * variant group (the table's group, else the key itself), the consonant skeleton of its key and the
 * consonants as spelled.
 */
public record Token(
    String text,
    String key,
    String group,
    String skeleton,
    String consonants,
    boolean vowelless,
    int id) {

  /**
   * {@code id} numbers the distinct spellings of one {@link TokenTable}, for {@link LevelCache}.
   */
  static Token of(String text, NameVariants variants, int id) {
    String key = Phonetic.key(text);
    String group = variants.groupOf(text);
    boolean vowelless = text.length() >= 2 && text.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
    return new Token(
        text,
        key,
        group == null ? key : group,
        Phonetic.skeleton(key).intern(),
        consonants(text),
        vowelless,
        id);
  }

  /** The spelled consonants, doubles collapsed: what a script without vowels keeps (mhmd). */
  private static String consonants(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("aeiouy".indexOf(c) < 0 && (out.isEmpty() || out.charAt(out.length() - 1) != c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
