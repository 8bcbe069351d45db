package org.homeward.matching.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The table of known spellings of one name (Mohamed, Muhammad, Mamadou; Diallo, Jallow), shipped as
 * {@code matching/name-variants.csv} and extensible with a file of the same shape: one group per
 * line, comma-separated, {@code #} starts a comment. Lookups go through {@link Phonetic#key} so a
 * spelling the table lacks but that sounds like one it has still finds its group.
 */
public final class NameVariants {

  private static final String RESOURCE = "/matching/name-variants.csv";

  private final Map<String, String> groupByKey;

  /** The keys long enough for a mistyped spelling to be matched to them, with their groups. */
  private final String[][] longKeys;

  private NameVariants(Map<String, String> groupByKey) {
    this.groupByKey = Map.copyOf(groupByKey);
    this.longKeys =
        groupByKey.entrySet().stream()
            .filter(e -> e.getKey().length() >= MISTYPED_LENGTH)
            .map(e -> new String[] {e.getKey(), e.getValue()})
            .toArray(String[][]::new);
  }

  /** Names shorter than this are too often other names one letter apart (Awa, Ama). */
  private static final int MISTYPED_LENGTH = 5;

  /** The table shipped with Homeward. */
  public static NameVariants standard() {
    try (InputStream in = NameVariants.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new NameVariants(read(new InputStreamReader(in, StandardCharsets.UTF_8), Map.of()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This table extended with the groups in {@code extra}; a spelling in both joins the extra. */
  public NameVariants extendedWith(Reader extra) {
    return new NameVariants(read(extra, groupByKey));
  }

  /** The group a folded token belongs to, or {@code null} when the table does not know it. */
  public String groupOf(String foldedToken) {
    String key = Phonetic.key(foldedToken);
    String group = groupByKey.get(key);
    return group != null || key.length() < MISTYPED_LENGTH ? group : mistypedGroupOf(key);
  }

  /**
   * The group of a spelling the table lacks but that is one slip from one of its spellings (Fntima
   * for Fatima, Khzadidja for Khadidja), when all such spellings are of one group; {@code null}
   * otherwise. A slip in a name the table knows then still counts as a variant of its group.
   */
  private String mistypedGroupOf(String key) {
    String found = null;
    for (String[] entry : longKeys) {
      if (Math.abs(entry[0].length() - key.length()) <= 1
          && PairComparator.oneEditApartAnyLength(entry[0], key)) {
        if (found != null && !found.equals(entry[1])) {
          return null;
        }
        found = entry[1];
      }
    }
    return found;
  }

  public int size() {
    return groupByKey.size();
  }

  /** How many groups of spellings the table holds. */
  public int groups() {
    return (int) groupByKey.values().stream().distinct().count();
  }

  private static Map<String, String> read(Reader source, Map<String, String> start) {
    Map<String, String> groups = new HashMap<>(start);
    try (BufferedReader lines = new BufferedReader(source)) {
      String line;
      while ((line = lines.readLine()) != null) {
        int comment = line.indexOf('#');
        if (comment >= 0) {
          line = line.substring(0, comment);
        }
        String group = null;
        for (String entry : line.split(",")) {
          String folded = NameForm.fold(entry).replace(" ", "");
          if (folded.isEmpty()) {
            continue;
          }
          String key = Phonetic.key(folded);
          if (group == null) {
            group = "~" + key;
          }
          groups.put(key, group);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return groups;
  }
}
