package org.homeward.matching.engine;

/**
 * A spelling-insensitive key for a folded name token, written for the way West and Central African
 * names are spelled in French and English records: {@code ou}/{@code u}/{@code w}, {@code y}/{@code
 * i}, {@code c}/{@code k}/{@code q}, {@code dj}/{@code j}, {@code ph}/{@code f}, silent {@code h},
 * doubled letters and a final {@code e} all fold together. So Moustapha and Mustafa, Camara and
 * Kamara, Seydou and Seidou, Ousmane and Usman share a key. Generic phonetic codes (Double
 * Metaphone) are coarser on short names (Awa, Hawa, Ba) and miss several of these.
 */
public final class Phonetic {

  private Phonetic() {}

  public static String key(String token) {
    if (token.isEmpty()) {
      return token;
    }
    StringBuilder out = new StringBuilder(token.length());
    int n = token.length();
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      char next = i + 1 < n ? token.charAt(i + 1) : 0;
      switch (c) {
        case 's' -> {
          if (next == 'c' && i + 2 < n && token.charAt(i + 2) == 'h') {
            append(out, 'x');
            i += 2;
          } else if (next == 'h') {
            append(out, 'x');
            i++;
          } else {
            append(out, 's');
          }
        }
        case 't' -> {
          if (next == 'c' && i + 2 < n && token.charAt(i + 2) == 'h') {
            append(out, 'x');
            i += 2;
          } else if (next == 'h') {
            append(out, 't');
            i++;
          } else {
            append(out, 't');
          }
        }
        case 'c' -> {
          if (next == 'h') {
            append(out, 'x');
            i++;
          } else if (next == 'k') {
            append(out, 'k');
            i++;
          } else if (next == 'e' || next == 'i' || next == 'y') {
            append(out, 's');
          } else {
            append(out, 'k');
          }
        }
        case 'k', 'g', 'd' -> {
          if (next == 'h') {
            i++;
          }
          if (c == 'd' && next == 'j') {
            append(out, 'j');
            i++;
          } else {
            append(out, c);
          }
        }
        case 'p' -> {
          if (next == 'h') {
            append(out, 'f');
            i++;
          } else {
            append(out, 'p');
          }
        }
        case 'q' -> {
          append(out, 'k');
          if (next == 'u') {
            i++;
          }
        }
        case 'o' -> {
          if (next == 'u' || next == 'o') {
            append(out, 'u');
            i++;
          } else {
            append(out, 'o');
          }
        }
        case 'w' -> append(out, 'u');
        case 'y' -> append(out, 'i');
        case 'z' -> append(out, 's');
        case 'h' -> {
          // silent in Hawa/Awa, Bah/Ba, Jalloh/Jallo
        }
        default -> append(out, c);
      }
    }
    int length = out.length();
    if (length > 3 && out.charAt(length - 1) == 'e') {
      out.setLength(length - 1);
    }
    return out.isEmpty() ? token : out.toString();
  }

  /** The key without vowels after the first letter: Lansana and Lensana, Mbarga and Mberga. */
  public static String skeleton(String key) {
    if (key.length() <= 1) {
      return key;
    }
    StringBuilder out = new StringBuilder(key.length());
    out.append(key.charAt(0));
    for (int i = 1; i < key.length(); i++) {
      char c = key.charAt(i);
      if ("aeiou".indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void append(StringBuilder out, char c) {
    if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
      out.append(c);
    }
  }
}
