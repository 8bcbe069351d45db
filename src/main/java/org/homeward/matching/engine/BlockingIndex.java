package org.homeward.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Finds the records worth comparing with a given one, without comparing all pairs. Each record is
 * filed under several blocking keys, each catching what the others miss:
 *
 * <ul>
 *   <li>family and first given name (as variant groups, in either order) with the birth year;
 *   <li>any one name token with the full date of birth (day and month in either order), for a
 *       changed or dropped name;
 *   <li>the consonant skeletons of family and first given name without the date, for a wrong birth
 *       year or an estimated one; large blocks compare only births a few years apart;
 *   <li>the phone number; the document number;
 *   <li>both names mistyped past their first letter: the two initials with the place of birth, and
 *       the day and month of birth (either order) with the nationality, each read through a
 *       birth-year window, for a re-registration copied from a card that was itself mistyped
 *       (Mustlfa Wgpe and Musfhfa Wade of Diourbel, a year apart); and the initials with the
 *       nationality, read through the same window, for the same with the place dropped.
 * </ul>
 *
 * Cost grows with the sum of squared block sizes, which the large-block rules keep near linear.
 */
final class BlockingIndex {

  private static final int NAME_YEAR = 1;
  private static final int NAME_DATE = 2;
  private static final int NAME_ONLY = 3;
  private static final int PHONE = 4;
  private static final int DOCUMENT = 5;
  private static final int NAME_PLACE = 6;
  private static final int DATE_NATIONALITY = 7;
  private static final int NAME_INITIAL = 8;
  private static final int PLACE_INITIALS = 9;
  private static final int DAY_NATIONALITY = 10;
  private static final int INITIALS_YEAR = 11;

  /** The most records a name-and-initial block may hold to be read at all. */
  private static final int INITIAL_BLOCK_LIMIT = 200;

  /** The low bits of a hashed key that hold its kind. */
  private static final long KIND = 15;

  private final TokenTable tokens;
  private final MatchSettings settings;
  private final List<PreparedRecord> records = new ArrayList<>();
  private final BlockTable<Postings> blocks = new BlockTable<>();
  private final BlockTable<int[]> sameNames = new BlockTable<>();

  BlockingIndex(TokenTable tokens, MatchSettings settings) {
    this.tokens = tokens;
    this.settings = settings;
  }

  synchronized int add(PreparedRecord record) {
    int index = records.size();
    records.add(record);
    record.blockKeys = keysOf(record);
    for (long key : record.blockKeys) {
      blocks.computeIfAbsent(key, k -> new Postings()).add(index);
    }
    record.namesKey = namesKeyOf(record);
    if (record.namesKey != 0) {
      sameNames.computeIfAbsent(record.namesKey, k -> new int[1])[0]++;
    }
    return index;
  }

  /**
   * How many records held carry all of {@code record}'s names, spelled any known way and in any
   * order (the record itself included when held); 0 for a record without names.
   */
  int sameNamesCount(PreparedRecord record) {
    long key = record.namesKey != 0 ? record.namesKey : namesKeyOf(record);
    int[] count = key == 0 ? null : sameNames.get(key);
    return count == null ? 0 : count[0];
  }

  private static long namesKeyOf(PreparedRecord record) {
    if (record.given.length + record.family.length == 0) {
      return 0;
    }
    List<String> groups = new ArrayList<>(record.given.length + record.family.length);
    for (Token token : record.given) {
      groups.add(token.group());
    }
    for (Token token : record.family) {
      groups.add(token.group());
    }
    groups.sort(null);
    return (hash(String.join("|", groups)) & ~KIND) | 1;
  }

  /** Takes a record out of future candidate lists (it was merged away or deleted). */
  synchronized void remove(int index) {
    PreparedRecord record = records.get(index);
    if (record == null) {
      return;
    }
    for (long key : record.blockKeys) {
      Postings postings = blocks.get(key);
      if (postings != null) {
        postings.remove(index);
      }
    }
    records.set(index, null);
    int[] count = record.namesKey == 0 ? null : sameNames.get(record.namesKey);
    if (count != null) {
      count[0]--;
    }
  }

  PreparedRecord record(int index) {
    return records.get(index);
  }

  int size() {
    return records.size();
  }

  List<PreparedRecord> records() {
    return records;
  }

  /**
   * Feeds each candidate index for {@code query} to {@code sink} once; with {@code above} ≥ 0 only
   * indexes greater than it (so that a batch run meets each pair once).
   */
  void candidates(PreparedRecord query, int above, Seen seen, IntConsumer sink) {
    candidates(query, above, seen, true, sink);
  }

  /**
   * As {@link #candidates(PreparedRecord, int, Seen, IntConsumer)}; without {@code wideKeys} only
   * the records that share a name, place, phone or document key: the pairs the model is fitted on.
   * The wide keys (birth date and nationality; a name and an initial) bring pairs that are nearly
   * all strangers, and so many that they would stand in for the unrelated class the estimation
   * learns from the name keys.
   */
  void candidates(PreparedRecord query, int above, Seen seen, boolean wideKeys, IntConsumer sink) {
    seen.next();
    for (long key : query.blockKeys != null ? query.blockKeys : keysOf(query)) {
      Postings postings = blocks.get(key);
      if (postings == null) {
        continue;
      }
      int kind = (int) (key & KIND);
      if ((kind == DATE_NATIONALITY
              || kind == NAME_INITIAL
              || kind == PLACE_INITIALS
              || kind == DAY_NATIONALITY
              || kind == INITIALS_YEAR)
          && !wideKeys) {
        continue;
      }
      int size = postings.size;
      if ((kind == PHONE || kind == DOCUMENT) && size > settings.largeSharedValue()) {
        continue;
      }
      if (kind == DATE_NATIONALITY && size > settings.largeBlock()) {
        continue;
      }
      if (kind == NAME_INITIAL && size > INITIAL_BLOCK_LIMIT) {
        // a common name with an initial (Diallo and M…) holds thousands at a million records: too
        // many to read for the few mistyped names it would find
        continue;
      }
      boolean filterByYear = yearWindowed(kind) && size > settings.largeBlock() && query.year != 0;
      int[] members = postings.members;
      if (filterByYear) {
        // only births within the slack: a window of the part sorted by year, then the rest
        int sorted = postings.sortedSize;
        int[] years = postings.sortedYears;
        int unknown = lowerBound(years, sorted, 1);
        // records without a birth year are all alike to the window; in a block of the commonest
        // name in the commonest town there are hundreds, and against a dated query they can rarely
        // be told from namesakes without a shared phone or document, which have their own keys
        for (int i = 0; i < Math.min(unknown, settings.largeBlock()); i++) {
          offer(members[i], above, seen, sink);
        }
        // the keys without names are wide: only the year off by one that they are there for
        int slack = kind >= PLACE_INITIALS ? 1 : settings.yearSlack();
        int low = query.year - slack;
        int high = query.year + slack;
        for (int i = Math.max(unknown, lowerBound(years, sorted, low));
            i < sorted && years[i] <= high;
            i++) {
          offer(members[i], above, seen, sink);
        }
        for (int i = sorted; i < size; i++) {
          PreparedRecord other = records.get(members[i]);
          if (other != null && (other.year == 0 || Math.abs(other.year - query.year) <= slack)) {
            offer(members[i], above, seen, sink);
          }
        }
        continue;
      }
      // a name block so large that even its unknown-year query would compare thousands is cut
      int limit =
          kind == PHONE || kind == DOCUMENT || kind == DATE_NATIONALITY
              ? size
              : Math.min(size, settings.maxScan());
      for (int i = 0; i < limit; i++) {
        offer(members[i], above, seen, sink);
      }
    }
  }

  /**
   * How many records held are filed under {@code record}'s names and birth year (the record itself
   * included when held); 0 without a birth year.
   */
  int nameYearCount(PreparedRecord record) {
    for (long key : record.blockKeys != null ? record.blockKeys : keysOf(record)) {
      if ((key & KIND) == NAME_YEAR) {
        Postings postings = blocks.get(key);
        return postings == null ? 0 : postings.size;
      }
    }
    return 0;
  }

  private static void offer(int candidate, int above, Seen seen, IntConsumer sink) {
    if (candidate > above && seen.first(candidate)) {
      sink.accept(candidate);
    }
  }

  /** The first position in {@code years[0..size)} holding a year of at least {@code year}. */
  private static int lowerBound(int[] years, int size, int year) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (years[mid] < year) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * Sorts the members of every large name block by birth year, so that a query reads only the
   * births within the slack of its own instead of the whole block: what keeps a million records
   * near linear when many people share a name and a town. Records added later are appended and read
   * in full until the next sort.
   */
  synchronized void sortLargeBlocks() {
    blocks.visit((key, postings) -> sortByYear(key, postings));
  }

  private void sortByYear(long key, Postings postings) {
    int kind = (int) (key & KIND);
    if (!yearWindowed(kind) || postings.size <= settings.largeBlock()) {
      return;
    }
    long[] keyed = new long[postings.size];
    for (int i = 0; i < postings.size; i++) {
      int member = postings.members[i];
      PreparedRecord record = records.get(member);
      keyed[i] = ((long) (record == null ? 0 : record.year) << 32) | member;
    }
    java.util.Arrays.sort(keyed);
    int[] years = new int[keyed.length];
    for (int i = 0; i < keyed.length; i++) {
      postings.members[i] = (int) keyed[i];
      years[i] = (int) (keyed[i] >>> 32);
    }
    postings.sortedYears = years;
    postings.sortedSize = keyed.length;
  }

  private static boolean yearWindowed(int kind) {
    return kind == NAME_ONLY
        || kind == NAME_PLACE
        || kind == NAME_INITIAL
        || kind == PLACE_INITIALS
        || kind == DAY_NATIONALITY
        || kind == INITIALS_YEAR;
  }

  long[] keysOf(PreparedRecord record) {
    List<String> keys = new ArrayList<>(10);
    Token family = familyToken(record);
    Token given = record.given.length == 0 ? null : record.given[0];
    if (family != null || given != null) {
      String groups = unordered(group(family), group(given));
      if (record.year != 0) {
        keys.add(NAME_YEAR + "|" + groups + "|" + record.year);
      }
      keys.add(NAME_ONLY + "|" + unordered(skeletonStart(family), skeletonStart(given)));
    }
    if (family != null && given != null) {
      // one name as typed (or a known variant), the other mistyped past its first letter, and no
      // birth date or place to pair them: Fetou Njie and Fatima Njie, Hortense Kouadio and
      // Hortense Kouadco
      // (either name may stand in either field: given and family are often swapped)
      keys.add(NAME_INITIAL + "|" + family.group() + "|" + initial(given));
      keys.add(NAME_INITIAL + "|" + given.group() + "|" + initial(family));
    }
    if (record.place != null) {
      // a changed given name (Isa, Aïssa) or family name (Oumar, Oumam) with a wrong birth year
      if (family != null) {
        keys.add(NAME_PLACE + "|f|" + family.group() + "|" + record.place);
      }
      if (given != null) {
        String initial = family == null ? "" : family.key().substring(0, 1);
        keys.add(NAME_PLACE + "|g|" + given.group() + "|" + initial + "|" + record.place);
      }
    }
    if (record.year != 0) {
      String date =
          record.estimated
              ? record.year + "~"
              : record.year
                  + "-"
                  + Math.min(record.month, record.day)
                  + "-"
                  + Math.max(record.month, record.day);
      for (Token token : record.given) {
        keys.add(NAME_DATE + "|" + token.group() + "|" + date);
      }
      for (Token token : record.family) {
        keys.add(NAME_DATE + "|" + token.group() + "|" + date);
      }
      if (record.family.length > 1) {
        keys.add(NAME_DATE + "|" + tokens.token(record.familyJoined).group() + "|" + date);
      }
      // both names mistyped (Landri Mendes, Lendry Menfdes): a full, known birth date and the
      // nationality still find them; 1 January is too often a stand-in for an unknown date
      if (!record.estimated
          && !(record.month == 1 && record.day == 1)
          && record.nationality != null) {
        keys.add(DATE_NATIONALITY + "|" + date + "|" + record.nationality);
      }
    }
    if (family != null && given != null) {
      if (record.place != null) {
        // as spelled (Oumarou and Opmaruo, whose sound keys start u and o) and as sounded (Cheikh
        // and Sheikh)
        keys.add(
            PLACE_INITIALS
                + "|"
                + unordered(spelledInitial(family), spelledInitial(given))
                + "|"
                + record.place);
        keys.add(
            PLACE_INITIALS + "|" + unordered(initial(family), initial(given)) + "|" + record.place);
      }
      if (record.year != 0 && record.nationality != null) {
        keys.add(
            INITIALS_YEAR
                + "|"
                + unordered(spelledInitial(family), spelledInitial(given))
                + "|"
                + record.nationality);
      }
      if (record.year != 0
          && !record.estimated
          && !(record.month == 1 && record.day == 1)
          && record.nationality != null) {
        keys.add(
            DAY_NATIONALITY
                + "|"
                + Math.min(record.month, record.day)
                + "-"
                + Math.max(record.month, record.day)
                + "|"
                + record.nationality);
      }
    }
    if (record.phone != null) {
      keys.add(PHONE + "|" + record.phone);
    }
    if (record.documentNumber != null) {
      keys.add(DOCUMENT + "|" + record.documentNumber);
    }
    long[] hashed = new long[keys.size()];
    int count = 0;
    outer:
    for (String key : keys) {
      long hash = (hash(key) & ~KIND) | Integer.parseInt(key.substring(0, key.indexOf('|')));
      for (int i = 0; i < count; i++) {
        if (hashed[i] == hash) {
          continue outer;
        }
      }
      hashed[count++] = hash;
    }
    return count == hashed.length ? hashed : java.util.Arrays.copyOf(hashed, count);
  }

  private static String spelledInitial(Token token) {
    return token.text().isEmpty() ? "" : token.text().substring(0, 1);
  }

  private static String initial(Token token) {
    return token.key().isEmpty() ? "" : token.key().substring(0, 1);
  }

  private static String group(Token token) {
    return token == null ? "" : token.group();
  }

  /** The first three consonants: Khady and Kadiatou, Alpha and Alphamohamed share them. */
  private static String skeletonStart(Token token) {
    if (token == null) {
      return "";
    }
    String skeleton = token.skeleton();
    return skeleton.length() <= 3 ? skeleton : skeleton.substring(0, 3);
  }

  /**
   * The family name's first token, or the whole family name when that token is a particle too short
   * to tell people apart (the N of N Guessan).
   */
  private Token familyToken(PreparedRecord record) {
    if (record.family.length == 0) {
      return null;
    }
    if (record.family.length == 1 || record.family[0].text().length() >= 3) {
      return record.family[0];
    }
    return tokens.token(record.familyJoined);
  }

  private static String unordered(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "/" + b : b + "/" + a;
  }

  /** 64-bit FNV-1a, then a finaliser so the low bits spread well. */
  private static long hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /**
   * A growable list of record indexes; in a large name block the first {@code sortedSize} are in
   * order of birth year ({@code sortedYears}).
   */
  private static final class Postings {
    private static final int[] NONE = new int[0];

    // most blocks hold one record: start as small as that
    int[] members = new int[1];
    int size;
    int sortedSize;
    int[] sortedYears = NONE;

    void add(int index) {
      if (size == members.length) {
        members = java.util.Arrays.copyOf(members, size * 2);
      }
      members[size++] = index;
    }

    void remove(int index) {
      for (int i = 0; i < size; i++) {
        if (members[i] == index) {
          System.arraycopy(members, i + 1, members, i, size - i - 1);
          if (i < sortedSize) {
            System.arraycopy(sortedYears, i + 1, sortedYears, i, sortedSize - i - 1);
            sortedSize--;
          }
          size--;
          return;
        }
      }
    }
  }

  /**
   * Memory of which candidates were already fed during one query. The dense form (one stamp per
   * record, reset in O(1)) suits a batch thread meeting every record; the sparse form suits a
   * single check, which meets a few hundred.
   */
  static final class Seen {
    private final boolean dense;
    private int[] stamps = new int[0];
    private int stamp;
    private final java.util.HashSet<Integer> sparse = new java.util.HashSet<>();

    private Seen(boolean dense) {
      this.dense = dense;
    }

    static Seen dense() {
      return new Seen(true);
    }

    static Seen sparse() {
      return new Seen(false);
    }

    void next() {
      if (!dense) {
        sparse.clear();
        return;
      }
      stamp++;
      if (stamp == Integer.MAX_VALUE) {
        java.util.Arrays.fill(stamps, 0);
        stamp = 1;
      }
    }

    boolean first(int index) {
      if (!dense) {
        return sparse.add(index);
      }
      if (index >= stamps.length) {
        stamps = java.util.Arrays.copyOf(stamps, Math.max(index + 1, stamps.length * 2));
      }
      if (stamps[index] == stamp) {
        return false;
      }
      stamps[index] = stamp;
      return true;
    }
  }
}
