package org.homeward.matching.engine;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares one {@link Token} per distinct spelling across all records: a million registrations hold
 * only tens of thousands of distinct names, so this saves both memory and phonetic work.
 */
final class TokenTable {

  private static final Token[] NONE = new Token[0];

  private final NameVariants variants;
  private final ConcurrentHashMap<String, Token> tokens = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger ids =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Levels of pairs of this table's tokens: valid only with its variant groups. */
  final LevelCache levels = new LevelCache();

  TokenTable(NameVariants variants) {
    this.variants = variants;
  }

  Token[] tokensOf(String name) {
    var folded = NameForm.tokens(name);
    if (folded.isEmpty()) {
      return NONE;
    }
    Token[] result = new Token[folded.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = token(folded.get(i));
    }
    return result;
  }

  Token token(String folded) {
    return tokens.computeIfAbsent(folded, text -> Token.of(text, variants, ids.getAndIncrement()));
  }

  String intern(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    return strings.computeIfAbsent(text, t -> t);
  }
}
