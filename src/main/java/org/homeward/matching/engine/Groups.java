package org.homeward.matching.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Judges groups of records, not only pairs. A person who re-registers copies from the latest card,
 * so each record differs a little from the one before and the first and last of a chain may differ
 * in several fields: when A–B and B–C are likely the same person, A–C is likely too, unless the
 * records say otherwise. Links are followed strongest first, and each one joins the two groups of
 * its records only when every member of one, compared with every member of the other, allows it:
 *
 * <ul>
 *   <li>a hard contradiction between any two of them refuses it: another sex, sure birth dates
 *       three years or more apart, birth years of any kind five or more apart (unless the two carry
 *       one document, kind and number: then one date was mistyped);
 *   <li>so does a pair the model is all but sure are different people (probability under {@value
 *       #SURELY_DIFFERENT});
 *   <li>a softer one (documents of one kind with other numbers, as a renewed passport has; sure
 *       dates two years apart, estimated ones four) refuses it unless that pair is itself at least
 *       a possible duplicate;
 *   <li>a likely pair joins two groups only when their members, compared across, are on average at
 *       least {@value #LIKELY_MEAN} likely the same person;
 *   <li>a possible pair joins only when the members on either side, compared with each other, are
 *       on average as likely the same person as a likely pair;
 *   <li>no group grows past {@value #LARGEST} records, more registrations than one person makes:
 *       what could grow so large is a chain of look-alikes.
 * </ul>
 *
 * A group whose members would contradict each other is so never formed: the link that would have
 * joined them is left out, and the two parts stay apart. Each group keeps the links it was joined
 * by, so that a reader sees why each one holds.
 */
final class Groups {

  static final int LARGEST = 16;

  static final double SURELY_DIFFERENT = 0.001;

  /**
   * How likely, on average, the members of two groups must be one person, compared across, for a
   * likely link to join them: one strong pair between two otherwise unlike groups is more often two
   * namesakes' records bridged by an undated one than one person. Chosen on the drifting sets of
   * about 34,000 and 100,000 records (precision 0.971 to 0.978 and 0.962 to 0.973, recall 0.952 to
   * 0.950 and 0.911 to 0.900); 0.45 cost three times the recall for little more precision. A link
   * whose two records both give a full birth date is not held to it: applied to those too, the rule
   * cost the dev set 14 true pairs for none false, and the drifting sets a little recall for no
   * precision.
   */
  static final double LIKELY_MEAN = 0.3;

  /** The probability of any two records held, as the model judges them (rules applied). */
  interface Scorer {
    double probability(int a, int b);
  }

  /** A scored pair of record positions. */
  record Edge(int a, int b, double probability, boolean likely) {}

  /** What holds a group together: its records' positions and the links that joined them. */
  record Group(int[] members, List<Edge> links) {

    /**
     * For each two members (in the order of {@link #members}), the weakest link on the path between
     * them over the tree of links that joined the group: how strongly they are held together
     * through the others.
     */
    double[][] weakestLinks() {
      Map<Integer, Integer> slot = new HashMap<>();
      for (int k = 0; k < members.length; k++) {
        slot.put(members[k], k);
      }
      List<List<Edge>> around = new ArrayList<>();
      for (int k = 0; k < members.length; k++) {
        around.add(new ArrayList<>());
      }
      for (Edge edge : links) {
        around.get(slot.get(edge.a())).add(edge);
        around.get(slot.get(edge.b())).add(edge);
      }
      double[][] through = new double[members.length][members.length];
      for (int start = 0; start < members.length; start++) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        boolean[] reached = new boolean[members.length];
        reached[start] = true;
        through[start][start] = 1;
        queue.add(start);
        while (!queue.isEmpty()) {
          int at = queue.poll();
          for (Edge edge : around.get(at)) {
            int next = slot.get(edge.a()) == at ? slot.get(edge.b()) : slot.get(edge.a());
            if (!reached[next]) {
              reached[next] = true;
              through[start][next] = Math.min(through[start][at], edge.probability());
              queue.add(next);
            }
          }
        }
      }
      return through;
    }
  }

  /** Why two records are not one person, whatever their names say. */
  enum Conflict {
    SEX(true),
    BIRTH_DATES_FAR_APART(true),
    BIRTH_DATES_APART(false),
    DOCUMENTS(false);

    /** A hard conflict refuses a link outright; a soft one unless the pair is possible. */
    final boolean hard;

    Conflict(boolean hard) {
      this.hard = hard;
    }
  }

  private static final LevenshteinDistance ONE_SLIP = new LevenshteinDistance(1);

  private final List<PreparedRecord> records;
  private final Scorer scorer;
  private final double possible;
  private final double likely;
  private final Map<Integer, Integer> parent = new HashMap<>();
  private final Map<Integer, List<Integer>> members = new HashMap<>();
  private final Map<Integer, List<Edge>> links = new HashMap<>();

  Groups(List<PreparedRecord> records, Scorer scorer, double possible, double likely) {
    this.records = records;
    this.scorer = scorer;
    this.possible = possible;
    this.likely = likely;
  }

  /** Follows the likely pairs, then the possible ones, each strongest first. */
  List<Group> judge(List<Edge> edges) {
    List<Edge> sorted = new ArrayList<>(edges);
    sorted.sort(
        Comparator.comparing(Edge::likely).thenComparingDouble(Edge::probability).reversed());
    for (Edge edge : sorted) {
      follow(edge);
    }
    List<Group> groups = new ArrayList<>();
    members.forEach((root, ids) -> {
      if (ids.size() > 1) {
        int[] positions = ids.stream().mapToInt(Integer::intValue).sorted().toArray();
        groups.add(new Group(positions, List.copyOf(links.get(root))));
      }
    });
    return groups;
  }

  private void follow(Edge edge) {
    int rootA = root(edge.a());
    int rootB = root(edge.b());
    if (rootA == rootB) {
      return;
    }
    List<Integer> groupA = members.getOrDefault(rootA, List.of(rootA));
    List<Integer> groupB = members.getOrDefault(rootB, List.of(rootB));
    if (groupA.size() + groupB.size() > LARGEST) {
      return;
    }
    double sum = 0;
    int compared = 0;
    for (int x : groupA) {
      for (int y : groupB) {
        boolean theLink = (x == edge.a() && y == edge.b()) || (x == edge.b() && y == edge.a());
        Conflict conflict = conflict(records.get(x), records.get(y));
        if (conflict != null && conflict.hard) {
          return;
        }
        // the link itself was weighed head on by the model, a renewed passport included
        double probability = theLink ? edge.probability() : scorer.probability(x, y);
        if (probability < SURELY_DIFFERENT
            || (conflict != null && !theLink && probability < possible)) {
          return;
        }
        compared++;
        sum += probability;
      }
    }
    if (!edge.likely() && (compared < 2 || sum < compared * likely)) {
      return;
    }
    // a link both of whose records give a full birth date carries that date into the group
    boolean undated = !sure(records.get(edge.a())) || !sure(records.get(edge.b()));
    if (edge.likely() && undated && compared > 1 && sum < compared * LIKELY_MEAN) {
      return;
    }
    join(rootA, groupA, rootB, groupB, edge);
  }

  private void join(int rootA, List<Integer> groupA, int rootB, List<Integer> groupB, Edge edge) {
    // the larger group keeps its root
    int into = groupA.size() >= groupB.size() ? rootA : rootB;
    int from = into == rootA ? rootB : rootA;
    List<Integer> joined = new ArrayList<>(groupA.size() + groupB.size());
    joined.addAll(groupA);
    joined.addAll(groupB);
    List<Edge> joinedLinks = new ArrayList<>(links.getOrDefault(rootA, List.of()));
    joinedLinks.addAll(links.getOrDefault(rootB, List.of()));
    joinedLinks.add(edge);
    parent.put(from, into);
    members.remove(from);
    links.remove(from);
    members.put(into, joined);
    links.put(into, joinedLinks);
  }

  private int root(int position) {
    int current = position;
    Integer up;
    while ((up = parent.get(current)) != null) {
      current = up;
    }
    // path compression
    int walk = position;
    while ((up = parent.get(walk)) != null && up != current) {
      parent.put(walk, current);
      walk = up;
    }
    return current;
  }

  /** What makes two records different people whatever their names say, or null. */
  static Conflict conflict(PreparedRecord a, PreparedRecord b) {
    if (a.sex != 0 && b.sex != 0 && a.sex != b.sex) {
      return Conflict.SEX;
    }
    if (a.year != 0 && b.year != 0 && !sameDocument(a, b)) {
      int apart = Math.abs(a.year - b.year);
      boolean sure = sure(a) && sure(b);
      if (apart >= 5 || sure && apart >= 3) {
        return Conflict.BIRTH_DATES_FAR_APART;
      }
      if (apart >= 4 || sure && apart >= 2) {
        return Conflict.BIRTH_DATES_APART;
      }
    }
    if (a.documentNumber != null
        && b.documentNumber != null
        && a.documentType != null
        && a.documentType.equals(b.documentType)
        && ONE_SLIP.apply(a.documentNumber, b.documentNumber) < 0) {
      return Conflict.DOCUMENTS;
    }
    return null;
  }

  /**
   * Both records carry one document, of one kind and number: it names one person, and a birth date
   * years apart is then a slip in one of the dates (1986 typed as 1965), not another person.
   */
  private static boolean sameDocument(PreparedRecord a, PreparedRecord b) {
    return a.documentNumber != null
        && a.documentNumber.equals(b.documentNumber)
        && a.documentType != null
        && a.documentType.equals(b.documentType);
  }

  /** A birth date given in full: not estimated, not the 1 January that stands for "unknown". */
  private static boolean sure(PreparedRecord record) {
    return record.year != 0 && !record.estimated && !(record.month == 1 && record.day == 1);
  }
}
