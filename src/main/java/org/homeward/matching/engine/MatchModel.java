package org.homeward.matching.engine;

import java.util.ArrayList;
import java.util.List;
import org.homeward.matching.Explanation;
import org.homeward.matching.FieldEvidence;
import org.homeward.matching.Verdict;

/**
 * A fitted latent-class Fellegi–Sunter model (see {@link Estimation}). A pair's score is its match
 * weight in bits: log2 of P(pattern | same person)·λ over P(pattern | different people)·(1-λ),
 * where "different people" mixes namesakes and unrelated pairs, plus term-frequency adjustments for
 * exact agreement on a name. The explanation lists each field's weight log2(m/u) against the kind
 * of different people the pair most resembles.
 */
final class MatchModel {

  private static final double LOG2 = Math.log(2);

  private final Estimation.Parameters parameters;

  /** [class][field][level] natural-log probabilities; 0 for a missing level. */
  private final double[][][] logs;

  private final double[] logShares;
  private final TermFrequencies givenNames;
  private final TermFrequencies familyNames;
  private final MatchSettings settings;

  /** How many records held share a record's names and birth year (its name-and-year block). */
  private final java.util.function.ToIntFunction<PreparedRecord> sameNameAndYear;

  /** How many records held carry all of a record's names (any known spelling, any order). */
  private final java.util.function.ToIntFunction<PreparedRecord> sameNames;

  MatchModel(
      Estimation.Parameters parameters,
      TermFrequencies givenNames,
      TermFrequencies familyNames,
      MatchSettings settings,
      java.util.function.ToIntFunction<PreparedRecord> sameNameAndYear,
      java.util.function.ToIntFunction<PreparedRecord> sameNames) {
    this.sameNameAndYear = sameNameAndYear;
    this.sameNames = sameNames;
    this.parameters = parameters;
    this.givenNames = givenNames;
    this.familyNames = familyNames;
    this.settings = settings;
    Field[] fields = Field.all();
    this.logs = new double[Estimation.CLASSES][fields.length][];
    this.logShares = new double[Estimation.CLASSES];
    for (int k = 0; k < Estimation.CLASSES; k++) {
      logShares[k] = Math.log(parameters.shares()[k]);
      for (Field field : fields) {
        double[] p = parameters.probabilities()[k][field.ordinal()];
        logs[k][field.ordinal()] = new double[p.length];
        for (int level = 0; level < p.length; level++) {
          logs[k][field.ordinal()][level] = Math.log(p[level]);
        }
      }
    }
  }

  Estimation.Parameters parameters() {
    return parameters;
  }

  /** The total match weight of a compared pair, in bits. */
  double score(PreparedRecord a, PreparedRecord b, int pattern) {
    return baseScores.get().score(pattern) + frequencyAdjustments(a, b, pattern, null);
  }

  /**
   * The pattern's weight without the name-frequency adjustments. A run compares tens of millions of
   * pairs that fall into a few thousand patterns, so each thread remembers the weight of the
   * patterns it met instead of summing three classes over every field again.
   */
  private final ThreadLocal<PatternScores> baseScores = ThreadLocal.withInitial(PatternScores::new);

  private final class PatternScores {
    private static final int CAPACITY = 1 << 14;
    private final int[] patterns = new int[CAPACITY];
    private final boolean[] used = new boolean[CAPACITY];
    private final double[] scores = new double[CAPACITY];
    private int size;

    double score(int pattern) {
      int slot = (pattern * 0x9E3779B9) >>> 18;
      while (used[slot]) {
        if (patterns[slot] == pattern) {
          return scores[slot];
        }
        slot = (slot + 1) & (CAPACITY - 1);
      }
      double score = baseScore(pattern);
      // beyond three quarters full the table would slow down: compute the rare rest each time
      if (size < CAPACITY * 3 / 4) {
        used[slot] = true;
        patterns[slot] = pattern;
        scores[slot] = score;
        size++;
      }
      return score;
    }
  }

  private double baseScore(int pattern) {
    double[] classLog = classLogs(pattern);
    double same = classLog[Estimation.SAME];
    double namesakes = classLog[Estimation.NAMESAKES];
    double unrelated = classLog[Estimation.UNRELATED];
    double max = Math.max(namesakes, unrelated);
    double different = max + Math.log(Math.exp(namesakes - max) + Math.exp(unrelated - max));
    return (same - different) / LOG2;
  }

  private double[] classLogs(int pattern) {
    double[] result = new double[Estimation.CLASSES];
    for (int k = 0; k < Estimation.CLASSES; k++) {
      double log = logShares[k];
      for (Field field : Field.all()) {
        int level = PairComparator.level(pattern, field);
        if (level != Field.MISSING) {
          log += logs[k][field.ordinal()][level];
        }
      }
      result[k] = log;
    }
    return result;
  }

  Verdict verdict(PreparedRecord a, PreparedRecord b, int pattern, double score) {
    double probability = probability(score);
    if (probability < settings.possibleThreshold()) {
      return Verdict.DIFFERENT_PEOPLE;
    }
    if (!capsFor(a, b, pattern).isEmpty()) {
      return Verdict.POSSIBLE_DUPLICATE;
    }
    if (probability < settings.likelyThreshold()
        && !sameNameAndFullBirthDate(a, b, pattern)
        && !(sameNameYearAndBirthplace(pattern) && fewWithNameAndYear(a, b))) {
      return Verdict.POSSIBLE_DUPLICATE;
    }
    return Verdict.LIKELY_DUPLICATE;
  }

  /**
   * Both names agree (exactly, as variants or with a slip) and so does a full, known date of birth
   * (not an estimate, not the 1 January that stands for one). Different people of one name rarely
   * share a birthday, and twins differ in given name; yet the model, trained where namesakes come
   * from the same families and towns, lets a new phone and another town outweigh it. So such a
   * pair, once possible, is likely.
   */
  static boolean sameNameAndFullBirthDate(PreparedRecord a, PreparedRecord b, int pattern) {
    return PairComparator.level(pattern, Field.GIVEN_NAME) <= PairComparator.CLOSE
        && PairComparator.level(pattern, Field.FAMILY_NAME) <= PairComparator.CLOSE
        && PairComparator.level(pattern, Field.DATE_OF_BIRTH) == PairComparator.EXACT
        && !a.estimated
        && !b.estimated
        && a.year != 0
        && !(a.month == 1 && a.day == 1)
        && !"different"
            .equals(
                Field.DOCUMENT_NUMBER.levelName(
                    PairComparator.level(pattern, Field.DOCUMENT_NUMBER)));
  }

  /**
   * Both names agree, one date of birth is an estimate of the year the other gives (the same year),
   * the nationality agrees and the place of birth agrees (or one side lacks it), with no
   * conflicting document number. An estimated year is what a person without papers gives, so the
   * same person re-registered agrees on little more than this, and the model, which cannot tell an
   * estimate's agreement from a namesake's, kept the largest group of missed pairs at "possible".
   * Namesakes of one town and one year are rare enough that such a pair, once possible, is likely.
   */
  static boolean sameNameYearAndBirthplace(int pattern) {
    return PairComparator.level(pattern, Field.GIVEN_NAME) <= PairComparator.CLOSE
        && PairComparator.level(pattern, Field.FAMILY_NAME) <= PairComparator.CLOSE
        && "estimated_same_year"
            .equals(
                Field.DATE_OF_BIRTH.levelName(PairComparator.level(pattern, Field.DATE_OF_BIRTH)))
        && (PairComparator.level(pattern, Field.PLACE_OF_BIRTH) == 0
            || PairComparator.level(pattern, Field.PLACE_OF_BIRTH) == Field.MISSING)
        && PairComparator.level(pattern, Field.NATIONALITY) == 0
        && !"different"
            .equals(
                Field.DOCUMENT_NUMBER.levelName(
                    PairComparator.level(pattern, Field.DOCUMENT_NUMBER)));
  }

  /**
   * Few enough records hold these names and this birth year for an agreement on them to single a
   * person out: in a large registry the commonest names recur in every town and year, and the rule
   * above would then join namesakes.
   */
  private boolean fewWithNameAndYear(PreparedRecord a, PreparedRecord b) {
    return sameNameAndYear.applyAsInt(a) <= FEW_WITH_NAME_AND_YEAR
        && sameNameAndYear.applyAsInt(b) <= FEW_WITH_NAME_AND_YEAR;
  }

  /** A person registered up to four times, and no one else. */
  private static final int FEW_WITH_NAME_AND_YEAR = 4;

  boolean isPossible(double score) {
    return probability(score) >= settings.possibleThreshold();
  }

  static double probability(double score) {
    return 1 / (1 + Math.pow(2, -score));
  }

  /** The verdict rules that hold this pair below a likely duplicate, by name. */
  List<String> capsFor(PreparedRecord a, PreparedRecord b, int pattern) {
    List<String> caps = new ArrayList<>();
    for (VerdictRule rule : settings.rules()) {
      if (rule.caps(pattern)) {
        caps.add(rule.name());
      }
    }
    if (commonNamesWithoutBirthDate(a, b, pattern)) {
      caps.add(COMMON_NAMES_WITHOUT_BIRTH_DATE);
    }
    return caps;
  }

  static final String COMMON_NAMES_WITHOUT_BIRTH_DATE = "common names, no sure birth date";

  /**
   * One side has no date of birth, or an estimate of another year than the other's, nothing the two
   * share singles a person out (no phone, no document number), and the names are carried by more
   * than {@link #COMMON_NAMES} records held: then names and place cannot tell the person from the
   * namesakes of their town (Musa Bello of Abuja, Fatou Diop of Lamin), however well they agree. A
   * person decides.
   */
  private boolean commonNamesWithoutBirthDate(PreparedRecord a, PreparedRecord b, int pattern) {
    int date = PairComparator.level(pattern, Field.DATE_OF_BIRTH);
    return (date == Field.MISSING || "estimated_near".equals(Field.DATE_OF_BIRTH.levelName(date)))
        && PairComparator.level(pattern, Field.PHONE) != 0
        && PairComparator.level(pattern, Field.DOCUMENT_NUMBER) != 0
        && Math.max(sameNames.applyAsInt(a), sameNames.applyAsInt(b)) > COMMON_NAMES;
  }

  /**
   * More than one person's records: someone registers rarely more than four times, under one to
   * three spellings that share a variant group. Chosen on the dev set and a noisier copy of it: 8
   * held back more true pairs than it saved wrong ones once estimates counted; 16 gained nothing.
   */
  private static final int COMMON_NAMES = 12;

  Explanation explain(PreparedRecord a, PreparedRecord b, int pattern) {
    double[] classLog = classLogs(pattern);
    int against =
        classLog[Estimation.NAMESAKES] >= classLog[Estimation.UNRELATED]
            ? Estimation.NAMESAKES
            : Estimation.UNRELATED;
    List<FieldEvidence> evidence = new ArrayList<>();
    List<String> notes = new ArrayList<>(List.of("", ""));
    frequencyAdjustments(a, b, pattern, notes);
    double prior = (logShares[Estimation.SAME] - logShares[against]) / LOG2;
    double total = prior;
    for (Field field : Field.all()) {
      int level = PairComparator.level(pattern, field);
      double w =
          level == Field.MISSING
              ? 0
              : (logs[Estimation.SAME][field.ordinal()][level]
                      - logs[against][field.ordinal()][level])
                  / LOG2;
      String note = "";
      if (field == Field.GIVEN_NAME && level == PairComparator.EXACT) {
        w += givenAdjustment(a);
        note = notes.get(0);
      } else if (field == Field.FAMILY_NAME && level == PairComparator.EXACT) {
        w += familyAdjustment(a, b);
        note = notes.get(1);
      }
      total += w;
      evidence.add(new FieldEvidence(field.column(), field.levelName(level), round(w), note));
    }
    return new Explanation(
        round(prior),
        evidence,
        round(total),
        PairComparator.namesSwapped(a, b),
        capsFor(a, b, pattern));
  }

  private double frequencyAdjustments(
      PreparedRecord a, PreparedRecord b, int pattern, List<String> notes) {
    double total = 0;
    if (PairComparator.level(pattern, Field.GIVEN_NAME) == PairComparator.EXACT) {
      double adjustment = givenAdjustment(a);
      total += adjustment;
      if (notes != null) {
        notes.set(0, describe(adjustment));
      }
    }
    if (PairComparator.level(pattern, Field.FAMILY_NAME) == PairComparator.EXACT) {
      double adjustment = familyAdjustment(a, b);
      total += adjustment;
      if (notes != null) {
        notes.set(1, describe(adjustment));
      }
    }
    return total;
  }

  private double givenAdjustment(PreparedRecord a) {
    return nameAdjustment(a.givenJoined);
  }

  private double familyAdjustment(PreparedRecord a, PreparedRecord b) {
    return nameAdjustment(a.familyJoined);
  }

  /**
   * The smaller adjustment of the two name tables: with given and family names swapped, Diallo in
   * the given name is still the common family name it is.
   */
  private double nameAdjustment(String value) {
    return Math.min(givenNames.adjustment(value), familyNames.adjustment(value));
  }

  private static String describe(double adjustment) {
    if (adjustment <= -0.5) {
      return "common name";
    }
    if (adjustment >= 0.5) {
      return "rare name";
    }
    return "";
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
