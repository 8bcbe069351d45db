package org.homeward.registry.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A search's name words as SQL conditions on a case's own row ({@code c.search_names}, migration
 * V50), giving the same answer as asking each member's {@code search_name}: a word matches a case
 * when one member's name contains it, or (words of more than three letters) when one member's name
 * is similar enough to it by pg_trgm's word similarity ({@code <%}). Containment is tested on the
 * row at once. Similarity is tested member by member, and only on a case that passes a cheap
 * necessary test first: pg_trgm finds a name similar only if at least the threshold's share of the
 * word's trigrams are among the name's (the same test its index makes), and in {@code search_names}
 * every word has a space on each side, so each trigram of an ASCII word can be looked for as a
 * plain substring. A case whose names hold other letters skips the cheap test.
 */
final class NameWords {

  /**
   * pg_trgm's threshold for {@code <%} as the session has it: the pool sets 0.5 on each connection
   * (ConnectionSettings); 0.6 is pg_trgm's own default, in a session where it is not loaded yet.
   */
  private static final String THRESHOLD =
      "coalesce(current_setting('pg_trgm.word_similarity_threshold', true)::float8, 0.6)";

  private NameWords() {}

  /** Appends the condition that {@code word} (normalised, one word) matches the case. */
  static void append(String word, StringBuilder where, List<Object> params) {
    where.append(" AND (strpos(c.search_names, ?) > 0");
    params.add(word);
    if (word.codePointCount(0, word.length()) > 3) {
      where.append(" OR (");
      if (isAscii(word)) {
        Set<String> probes = probes(word);
        where.append("(octet_length(c.search_names) <> length(c.search_names) OR (");
        String plus = "";
        for (String probe : probes) {
          where.append(plus).append("(strpos(c.search_names, ?) > 0)::int");
          params.add(probe);
          plus = " + ";
        }
        where.append(") >= (SELECT ceil(? * ").append(THRESHOLD).append(" - 1e-6))) AND ");
        params.add(probes.size());
      }
      where.append(
          "EXISTS (SELECT 1 FROM unnest(string_to_array(c.search_names, '|')) AS m (name)"
              + " WHERE ? <% m.name))");
      params.add(word);
    }
    where.append(")");
  }

  /**
   * What to look for in {@code search_names} for each of the word's distinct trigrams, as pg_trgm
   * makes them (the word padded with two spaces before and one after): a trigram that starts a word
   * follows a space, one that ends a word is followed by one.
   */
  static Set<String> probes(String word) {
    String padded = "  " + word + " ";
    Set<String> probes = new LinkedHashSet<>();
    for (int i = 0; i + 3 <= padded.length(); i++) {
      String trigram = padded.substring(i, i + 3);
      probes.add(trigram.startsWith("  ") ? trigram.substring(1) : trigram);
    }
    return probes;
  }

  private static boolean isAscii(String word) {
    return word.chars().allMatch(ch -> ch < 0x80);
  }
}
