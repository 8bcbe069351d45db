package org.homeward.matching.engine;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a typed name is reduced before comparison: lower case, accents and apostrophes gone (so
 * {@code N'Guessan} and {@code Nguessan} are one), other scripts transliterated to Latin ({@code
 * محمد} becomes {@code mhmd}), and split into tokens at spaces, hyphens and dots.
 */
public final class NameForm {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`ʼ‘]");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private NameForm() {}

  /** The folded text: lower-case ASCII letters, digits and single spaces. */
  public static String fold(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("");
    if (!isAscii(plain)) {
      // Arabic, Cyrillic, ligatures such as œ: ICU knows how each script is usually romanised
      plain = TO_LATIN.get().transliterate(plain);
    }
    plain = APOSTROPHES.matcher(plain).replaceAll("");
    return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** The folded tokens of a name, in the order typed. */
  public static List<String> tokens(String text) {
    String folded = fold(text);
    if (folded.isEmpty()) {
      return List.of();
    }
    List<String> tokens = new ArrayList<>();
    for (String token : folded.split(" ")) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }
}
