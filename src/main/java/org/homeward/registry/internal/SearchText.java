package org.homeward.registry.internal;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as search compares them: lower case, without accents or apostrophes, hyphens as spaces, and
 * names typed in another script (Arabic) followed by their Latin transliteration, so that {@code
 * N'Guessan}, {@code Nguessan} and {@code NGUESSAN} are one, and {@code محمد} is found by {@code
 * muhammad}.
 */
public final class SearchText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`ʼ]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private SearchText() {}

  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String folded = fold(text);
    if (folded.chars().anyMatch(c -> c > 0x7f)) {
      String latin = fold(TO_LATIN.get().transliterate(text));
      if (!latin.equals(folded)) {
        return (folded + " " + latin).strip();
      }
    }
    return folded;
  }

  /**
   * A case's members' search names as the case row holds them ({@code registry_case.search_names},
   * kept by the database from the members' rows): in member order, separated by {@code " | "}, with
   * a space before and after.
   */
  public static String caseNames(List<String> memberNames) {
    return memberNames.isEmpty() ? "" : " " + String.join(" | ", memberNames) + " ";
  }

  private static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("");
    plain = APOSTROPHES.matcher(plain).replaceAll("");
    return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
