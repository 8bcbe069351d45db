package org.homeward.matching.engine;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares two prepared records field by field into a comparison pattern: one level per {@link
 * Field}, packed four bits each into an int. Names are compared both as typed and with given and
 * family names swapped, keeping whichever reading agrees better, because the two are swapped in
 * about one registration in thirty.
 */
final class PairComparator {

  static final int EXACT = 0;
  static final int VARIANT = 1;
  static final int CLOSE = 2;
  static final int PARTIAL = 3;
  static final int SIMILAR = 4;
  static final int DIFFERENT = 5;
  private static final int MISSING = Field.MISSING;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /** Similar enough to be a typo or a spelling variant of one token. */
  private static final double CLOSE_TOKEN = 0.88;

  /** Similar enough, as whole strings, to be one name typed with its parts run together. */
  private static final double CLOSE_JOINED = 0.92;

  /**
   * Alike as whole strings, as a name mistyped twice is (Daborah, Deboreh; Serah, Saarh), but also
   * as two names of one family can be (Awa, Ama): weaker evidence than close, and learnt apart.
   */
  private static final double SIMILAR_JOINED = 0.80;

  private PairComparator() {}

  static int level(int pattern, Field field) {
    return (pattern >>> (field.ordinal() * 4)) & 0xF;
  }

  /** Whether the names agreed better with given and family swapped. */
  static boolean namesSwapped(PreparedRecord a, PreparedRecord b) {
    return (nameLevels(a, b) & 0x100) != 0;
  }

  static int compare(PreparedRecord a, PreparedRecord b) {
    int names = nameLevels(a, b);
    int pattern = 0;
    pattern |= (names & 0xF) << (Field.GIVEN_NAME.ordinal() * 4);
    pattern |= ((names >>> 4) & 0xF) << (Field.FAMILY_NAME.ordinal() * 4);
    pattern |= dateLevel(a, b) << (Field.DATE_OF_BIRTH.ordinal() * 4);
    pattern |= sexLevel(a, b) << (Field.SEX.ordinal() * 4);
    pattern |= equalityLevel(a.nationality, b.nationality) << (Field.NATIONALITY.ordinal() * 4);
    pattern |= placeLevel(a, b) << (Field.PLACE_OF_BIRTH.ordinal() * 4);
    pattern |= equalityLevel(a.phone, b.phone) << (Field.PHONE.ordinal() * 4);
    pattern |= documentLevel(a, b) << (Field.DOCUMENT_NUMBER.ordinal() * 4);
    return pattern;
  }

  /** Given level, family level (4 bits each) and bit 8 set when read swapped. */
  private static int nameLevels(PreparedRecord a, PreparedRecord b) {
    LevelCache cache = a.levels == b.levels ? a.levels : null;
    int given =
        nameLevel(
            cache,
            a.given,
            b.given,
            a.givenJoined,
            b.givenJoined,
            a.givenJoinedId,
            b.givenJoinedId);
    int family =
        nameLevel(
            cache,
            a.family,
            b.family,
            a.familyJoined,
            b.familyJoined,
            a.familyJoinedId,
            b.familyJoinedId);
    int straight = rank(given) + rank(family);
    if (straight > 2 && given != EXACT && family != EXACT) {
      int swappedGiven =
          nameLevel(
              cache,
              a.given,
              b.family,
              a.givenJoined,
              b.familyJoined,
              a.givenJoinedId,
              b.familyJoinedId);
      int swappedFamily =
          nameLevel(
              cache,
              a.family,
              b.given,
              a.familyJoined,
              b.givenJoined,
              a.familyJoinedId,
              b.givenJoinedId);
      if (rank(swappedGiven) + rank(swappedFamily) < straight) {
        return swappedGiven | swappedFamily << 4 | 0x100;
      }
    }
    return given | family << 4;
  }

  private static int rank(int level) {
    return level == MISSING ? 5 : level * 2;
  }

  private static int nameLevel(
      LevelCache cache,
      Token[] a,
      Token[] b,
      String joinedA,
      String joinedB,
      int joinedIdA,
      int joinedIdB) {
    if (a.length == 0 || b.length == 0) {
      return MISSING;
    }
    if (joinedA.equals(joinedB)) {
      return EXACT;
    }
    Token[] shorter = a.length <= b.length ? a : b;
    Token[] longer = shorter == a ? b : a;
    int worst = EXACT;
    long used = 0;
    for (Token token : shorter) {
      int best = DIFFERENT;
      int bestIndex = -1;
      for (int i = 0; i < longer.length && i < 64; i++) {
        if ((used & (1L << i)) != 0) {
          continue;
        }
        int level = cachedTokenLevel(cache, token, longer[i]);
        if (level < best) {
          best = level;
          bestIndex = i;
          if (level == EXACT) {
            break;
          }
        }
      }
      if (bestIndex < 0) {
        worst = DIFFERENT;
        break;
      }
      used |= 1L << bestIndex;
      worst = Math.max(worst, best);
    }
    if (worst <= CLOSE && shorter.length == longer.length) {
      return worst;
    }
    if (worst <= CLOSE && shorter.length > 1) {
      // every token of a name of two or more found in a longer one: Mamadou Saliou in Mamadou
      // Saliou Bah
      return PARTIAL;
    }
    if (worst <= CLOSE) {
      // one token against several is a compound name run together or split (Hadjanafissato,
      // Hadja Nafissatou; Mamefatoi, Mame Fatou) when the whole names are close as strings, and
      // only a part of the name otherwise (Mamadou, Mamadou Saliou)
      return joinedLevel(cache, joinedA, joinedB, joinedIdA, joinedIdB) == CLOSE ? CLOSE : PARTIAL;
    }
    // "Jean Baptite" and "Jean-Baptiste", "Rodrigue rAistide" and "Rodrigue Aristide"
    int joined = joinedLevel(cache, joinedA, joinedB, joinedIdA, joinedIdB);
    if (joined == SIMILAR && (a.length > 1 || b.length > 1) && !remaindersAlike(a, b)) {
      // Mamadou Saliou and Mamadou Lamine are alike only through the name they share: brothers
      return DIFFERENT;
    }
    return joined;
  }

  /** The tokens of each name that the other lacks, run together, alike as strings. */
  private static boolean remaindersAlike(Token[] a, Token[] b) {
    return JARO_WINKLER.apply(remainder(a, b), remainder(b, a)) >= SIMILAR_JOINED;
  }

  private static String remainder(Token[] of, Token[] other) {
    StringBuilder rest = new StringBuilder();
    for (Token token : of) {
      boolean shared = false;
      for (Token o : other) {
        shared |= token.text().equals(o.text());
      }
      if (!shared) {
        rest.append(token.text());
      }
    }
    return rest.toString();
  }

  private static int joinedLevel(
      LevelCache cache, String joinedA, String joinedB, int joinedIdA, int joinedIdB) {
    if (cache == null) {
      return joinedLevel(joinedA, joinedB);
    }
    int cached = cache.get(LevelCache.JOINED, joinedIdA, joinedIdB);
    if (cached < 0) {
      cached = joinedLevel(joinedA, joinedB);
      cache.put(LevelCache.JOINED, joinedIdA, joinedIdB, cached);
    }
    return cached;
  }

  /**
   * Close: whole names close as strings, or one slip apart in a name of five letters or more (El
   * Hadji, Ea Hadji: the slip is in a particle too short to be close on its own). Similar: alike as
   * strings, but less. Different otherwise.
   */
  private static int joinedLevel(String joinedA, String joinedB) {
    double similarity = JARO_WINKLER.apply(joinedA, joinedB);
    if (similarity >= CLOSE_JOINED
        || (Math.min(joinedA.length(), joinedB.length()) >= 5
            && oneEditApartAnyLength(joinedA, joinedB))) {
      return CLOSE;
    }
    // short names a letter or two apart are as often other names (Sall, Fall; Awa, Ama) as slips
    int shorter = Math.min(joinedA.length(), joinedB.length());
    boolean longEnough = shorter >= 6 || (shorter >= 4 && joinedA.charAt(0) == joinedB.charAt(0));
    return similarity >= SIMILAR_JOINED && longEnough ? SIMILAR : DIFFERENT;
  }

  private static int cachedTokenLevel(LevelCache cache, Token a, Token b) {
    if (a == b) {
      return EXACT;
    }
    if (cache == null) {
      return tokenLevel(a, b);
    }
    int cached = cache.get(LevelCache.TOKENS, a.id(), b.id());
    if (cached < 0) {
      cached = tokenLevel(a, b);
      cache.put(LevelCache.TOKENS, a.id(), b.id(), cached);
    }
    return cached;
  }

  static int tokenLevel(Token a, Token b) {
    if (a == b || a.text().equals(b.text())) {
      return EXACT;
    }
    if (a.group().equals(b.group())) {
      return VARIANT;
    }
    // a name typed in Arabic script transliterates without vowels: mhmd for Muhammad
    if ((a.vowelless() && a.text().equals(b.consonants()))
        || (b.vowelless() && b.text().equals(a.consonants()))) {
      return VARIANT;
    }
    String shorter = a.text().length() <= b.text().length() ? a.text() : b.text();
    String longer = shorter == a.text() ? b.text() : a.text();
    // Fatou for Fatoumata, Diall for Diallo, Ali for Aliyu
    if (shorter.length() >= 3 && longer.startsWith(shorter)) {
      return CLOSE;
    }
    if (JARO_WINKLER.apply(a.text(), b.text()) >= CLOSE_TOKEN
        || JARO_WINKLER.apply(a.key(), b.key()) >= CLOSE_TOKEN) {
      return CLOSE;
    }
    // one slip (Memadi, Mamadi; Pajl, Paul); but short names differing by one letter are often
    // different names (Awa and Ama; Sall and Fall), and Hassan and Hussein, a classic pair of
    // twins, differ by two
    if ((shorter.length() >= 5
            || (shorter.length() == 4 && a.text().charAt(0) == b.text().charAt(0)))
        && oneEditApartAnyLength(a.text(), b.text())) {
      return CLOSE;
    }
    return DIFFERENT;
  }

  /** One letter changed, added or dropped, or two neighbours swapped. */
  static boolean oneEditApartAnyLength(String a, String b) {
    if (a.length() == b.length()) {
      return oneEditApart(a, b);
    }
    String shorter = a.length() < b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (longer.length() - shorter.length() != 1) {
      return false;
    }
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
  }

  static int dateLevel(PreparedRecord a, PreparedRecord b) {
    if (a.year == 0 || b.year == 0) {
      return MISSING;
    }
    int years = Math.abs(a.year - b.year);
    if (a.estimated || b.estimated) {
      if (years == 0) {
        return 4;
      }
      return years <= 2 ? 5 : 6;
    }
    boolean sameDay = a.month == b.month && a.day == b.day;
    if (sameDay) {
      if (years == 0) {
        return 0;
      }
      if (years == 1) {
        return 2;
      }
      return years <= 3 ? 3 : 6;
    }
    if (years == 0 && a.month == b.day && a.day == b.month) {
      return 1;
    }
    return 6;
  }

  private static int sexLevel(PreparedRecord a, PreparedRecord b) {
    if (a.sex == 0 || b.sex == 0) {
      return MISSING;
    }
    return a.sex == b.sex ? 0 : 1;
  }

  private static int equalityLevel(String a, String b) {
    if (a == null || b == null) {
      return MISSING;
    }
    return a.equals(b) ? 0 : 1;
  }

  private static int placeLevel(PreparedRecord a, PreparedRecord b) {
    if (a.place == null || b.place == null) {
      return MISSING;
    }
    if (a.place.equals(b.place)) {
      return 0;
    }
    LevelCache cache = a.levels;
    if (cache != b.levels) {
      return JARO_WINKLER.apply(a.place, b.place) >= CLOSE_TOKEN ? 1 : 2;
    }
    int cached = cache.get(LevelCache.PLACES, a.placeId, b.placeId);
    if (cached < 0) {
      cached = JARO_WINKLER.apply(a.place, b.place) >= CLOSE_TOKEN ? 1 : 2;
      cache.put(LevelCache.PLACES, a.placeId, b.placeId, cached);
    }
    return cached;
  }

  private static int documentLevel(PreparedRecord a, PreparedRecord b) {
    if (a.documentNumber == null || b.documentNumber == null) {
      return MISSING;
    }
    if (a.documentNumber.equals(b.documentNumber)) {
      return 0;
    }
    // a passport and a national id carry different numbers: no evidence either way
    if (a.documentType != null
        && b.documentType != null
        && !a.documentType.equals(b.documentType)) {
      return MISSING;
    }
    return oneEditApart(a.documentNumber, b.documentNumber) ? 1 : 2;
  }

  /** One character changed, or two neighbours swapped: a typing slip in a number. */
  private static boolean oneEditApart(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = -1;
    int differences = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (differences == 0) {
          first = i;
        }
        differences++;
        if (differences > 2) {
          return false;
        }
      }
    }
    if (differences <= 1) {
      return true;
    }
    return first + 1 < a.length()
        && a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first);
  }
}
