package org.homeward.matching.engine;

/**
 * One folded name token with what comparisons need precomputed: its {@link Phonetic} key, its
 * variant group (the table's group, else the key itself) and its consonant skeleton.
 */
public record Token(String text, String key, String group, String skeleton, boolean vowelless) {

  static Token of(String text, NameVariants variants) {
    String key = Phonetic.key(text);
    String group = variants.groupOf(text);
    boolean vowelless = text.length() >= 2 && text.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
    return new Token(
        text, key, group == null ? key : group, Phonetic.skeleton(key).intern(), vowelless);
  }
}
