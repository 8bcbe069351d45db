package org.homeward.matching.engine;

import java.util.Arrays;
import java.util.Map;

/**
 * Expectation–maximisation of a latent-class Fellegi–Sunter model from unlabelled candidate pairs.
 *
 * <p>Blocking makes the classic two-class model fail here: among compared pairs, different people
 * who share a name also tend to share a place of birth and nationality (a family, a town, a common
 * name), so with one "different people" class those agreements are mistaken for evidence of the
 * same person. The model therefore has three classes, each with its own probability per field and
 * level: the same person (m), namesakes or relatives (different people who share names), and
 * unrelated people brought together by a shared phone or a loose key. The two non-match classes
 * together play the role of u.
 *
 * <p>Pairs are aggregated by comparison pattern first, so an iteration costs the number of distinct
 * patterns (a few thousand), not the number of pairs.
 */
final class Estimation {

  static final int SAME = 0;
  static final int NAMESAKES = 1;
  static final int UNRELATED = 2;
  static final int CLASSES = 3;

  /** Keeps every level possible, so one unseen level never makes a weight infinite. */
  private static final double PSEUDO_COUNT = 0.5;

  /**
   * How firmly the same-person class holds to what registration errors do to a date of birth, as a
   * share of all compared pairs (a Dirichlet prior on its m for that field). Without it, in a large
   * registry where namesakes outnumber duplicates, the class drifts to "same name, same place",
   * whatever the dates; with it, the dates anchor what "same person" means and every other weight
   * is still learnt freely.
   */
  private static final double DATE_ANCHOR = 0.05;

  /**
   * The largest share of compared pairs the same-person class may take. Blocking compares each
   * record with dozens of others, of which a registry's duplicates are a few: on a set with 5 %
   * duplicates among compared pairs at 30,000 records and 1 % at a million, a class that grew past
   * this had taken in the namesakes (a million registrations copied card to card, missing and
   * estimated dates weakening the date anchor, had it at 36 %, and every namesake was a match).
   */
  private static final double MOST_SAME = 0.1;

  /**
   * From how many compared pairs {@link #MOST_SAME} holds: a file of a few records may well be
   * mostly one person's, and a registry's first registrations too.
   */
  private static final int LARGE_SAMPLE = 10_000;

  /**
   * How many same-person pairs a registry holds at most, on average per record. Most people
   * register once or twice and rarely more than four times: the dev set holds 0.42 per record,
   * registrations copied card to card 0.63. The share {@link #MOST_SAME} is loose when blocking
   * compares each record with a hundred others, as it does at a million records; this one grows
   * with the registry, so namesakes cannot take the same-person class there either.
   */
  static final double MOST_SAME_PER_RECORD = 1.0;

  /** From how many records read {@link #MOST_SAME_PER_RECORD} holds. */
  static final int LARGE_REGISTRY = 50_000;

  private Estimation() {}

  /**
   * @param shares each class's share of the compared pairs
   * @param probabilities [class][field][level]
   */
  record Parameters(double[] shares, double[][][] probabilities, int iterations) {

    double lambda() {
      return shares[SAME];
    }

    double[][] m() {
      return probabilities[SAME];
    }

    /** Level probabilities among all different-person pairs, for reports. */
    double[][] u() {
      double[][] u = new double[probabilities[SAME].length][];
      double others = shares[NAMESAKES] + shares[UNRELATED];
      for (int f = 0; f < u.length; f++) {
        u[f] = new double[probabilities[SAME][f].length];
        for (int l = 0; l < u[f].length; l++) {
          u[f][l] =
              (shares[NAMESAKES] * probabilities[NAMESAKES][f][l]
                      + shares[UNRELATED] * probabilities[UNRELATED][f][l])
                  / others;
        }
      }
      return u;
    }
  }

  static Parameters initial() {
    Field[] fields = Field.all();
    double[][][] probabilities = new double[CLASSES][fields.length][];
    for (Field field : fields) {
      probabilities[SAME][field.ordinal()] = field.initialM();
      probabilities[NAMESAKES][field.ordinal()] = field.initialNamesakes();
      probabilities[UNRELATED][field.ordinal()] = field.initialU();
    }
    return new Parameters(new double[] {0.15, 0.35, 0.5}, probabilities, 0);
  }

  /**
   * @param patternCounts how many compared pairs show each comparison pattern
   * @param samePairsAtMost how many of them can be one person's, at most (see {@link
   *     #MOST_SAME_PER_RECORD})
   */
  static Parameters run(
      Map<Integer, Long> patternCounts,
      int maxIterations,
      double tolerance,
      double samePairsAtMost) {
    Parameters current = initial();
    int size = patternCounts.size();
    int[] patterns = new int[size];
    double[] counts = new double[size];
    int index = 0;
    for (var entry : patternCounts.entrySet()) {
      patterns[index] = entry.getKey();
      counts[index] = entry.getValue();
      index++;
    }
    double totalCount = 0;
    for (double c : counts) {
      totalCount += c;
    }
    double mostSame = Math.min(MOST_SAME, samePairsAtMost / Math.max(totalCount, 1));
    Field[] fields = Field.all();
    int iteration = 0;
    double[] responsibility = new double[CLASSES];
    while (iteration < maxIterations) {
      iteration++;
      double[][][] sums = new double[CLASSES][fields.length][];
      for (int k = 0; k < CLASSES; k++) {
        for (Field field : fields) {
          double[] seeded = new double[field.levelCount()];
          Arrays.fill(seeded, PSEUDO_COUNT);
          sums[k][field.ordinal()] = seeded;
        }
      }
      double[] classTotals = new double[CLASSES];
      double[] dateSeed = Field.DATE_OF_BIRTH.initialM();
      double anchor = DATE_ANCHOR * totalCount;
      for (int l = 0; l < dateSeed.length; l++) {
        sums[SAME][Field.DATE_OF_BIRTH.ordinal()][l] += dateSeed[l] * anchor;
      }
      for (int p = 0; p < size; p++) {
        responsibilities(patterns[p], current, responsibility);
        double c = counts[p];
        for (int k = 0; k < CLASSES; k++) {
          double weight = responsibility[k] * c;
          classTotals[k] += weight;
          for (Field field : fields) {
            int level = PairComparator.level(patterns[p], field);
            if (level != Field.MISSING) {
              sums[k][field.ordinal()][level] += weight;
            }
          }
        }
      }
      double all = classTotals[0] + classTotals[1] + classTotals[2];
      double[] shares = new double[CLASSES];
      for (int k = 0; k < CLASSES; k++) {
        shares[k] = Math.max(1e-6, classTotals[k] / Math.max(all, 1));
      }
      if (shares[SAME] > mostSame && totalCount >= LARGE_SAMPLE) {
        // the rest goes to the namesakes: what the same-person class had wrongly taken in
        shares[NAMESAKES] += shares[SAME] - mostSame;
        shares[SAME] = mostSame;
      }
      double[][][] probabilities = new double[CLASSES][][];
      double change = 0;
      for (int k = 0; k < CLASSES; k++) {
        probabilities[k] = normalised(sums[k]);
        change = Math.max(change, maxChange(probabilities[k], current.probabilities()[k]));
        change = Math.max(change, Math.abs(shares[k] - current.shares()[k]));
      }
      current = new Parameters(shares, probabilities, iteration);
      if (change < tolerance) {
        break;
      }
    }
    return current;
  }

  /** Each class's posterior probability for a pattern, written into {@code into}. */
  static void responsibilities(int pattern, Parameters parameters, double[] into) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < CLASSES; k++) {
      double log = Math.log(parameters.shares()[k]);
      for (Field field : Field.all()) {
        int level = PairComparator.level(pattern, field);
        if (level != Field.MISSING) {
          log += Math.log(parameters.probabilities()[k][field.ordinal()][level]);
        }
      }
      into[k] = log;
      max = Math.max(max, log);
    }
    double total = 0;
    for (int k = 0; k < CLASSES; k++) {
      into[k] = Math.exp(into[k] - max);
      total += into[k];
    }
    for (int k = 0; k < CLASSES; k++) {
      into[k] /= total;
    }
  }

  private static double[][] normalised(double[][] sums) {
    double[][] result = new double[sums.length][];
    for (int f = 0; f < sums.length; f++) {
      double total = 0;
      for (double v : sums[f]) {
        total += v;
      }
      result[f] = new double[sums[f].length];
      for (int l = 0; l < sums[f].length; l++) {
        result[f][l] = sums[f][l] / total;
      }
    }
    return result;
  }

  private static double maxChange(double[][] a, double[][] b) {
    double max = 0;
    for (int f = 0; f < a.length; f++) {
      for (int l = 0; l < a[f].length; l++) {
        max = Math.max(max, Math.abs(a[f][l] - b[f][l]));
      }
    }
    return max;
  }
}
