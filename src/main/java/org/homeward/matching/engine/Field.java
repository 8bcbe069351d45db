package org.homeward.matching.engine;

import java.util.List;

/**
 * The compared fields and their comparison levels, strongest agreement first. A level of {@link
 * #MISSING} means one side lacks the value: it weighs nothing either way. The starting m and u
 * probabilities (same person, namesakes, unrelated people) only seed the estimation; the weights
 * used come from the data.
 */
public enum Field {
  GIVEN_NAME(
      "given_name",
      List.of("exact", "variant", "close", "partial", "similar", "different"),
      new double[] {0.70, 0.12, 0.08, 0.07, 0.01, 0.02},
      new double[] {0.05, 0.03, 0.04, 0.05, 0.05, 0.78},
      new double[] {0.45, 0.10, 0.05, 0.10, 0.05, 0.25}),
  FAMILY_NAME(
      "family_name",
      List.of("exact", "variant", "close", "partial", "similar", "different"),
      new double[] {0.75, 0.10, 0.08, 0.03, 0.02, 0.02},
      new double[] {0.10, 0.04, 0.04, 0.02, 0.05, 0.75},
      new double[] {0.80, 0.08, 0.04, 0.01, 0.02, 0.05}),
  DATE_OF_BIRTH(
      "date_of_birth",
      List.of(
          "exact",
          "day_month_swapped",
          "year_off_by_one",
          "year_off_more",
          "estimated_same_year",
          "estimated_near",
          "different"),
      new double[] {0.70, 0.02, 0.08, 0.003, 0.10, 0.08, 0.017},
      new double[] {0.02, 0.001, 0.01, 0.01, 0.02, 0.05, 0.889},
      new double[] {0.03, 0.005, 0.005, 0.005, 0.06, 0.06, 0.835}),
  SEX(
      "sex",
      List.of("same", "different"),
      new double[] {0.98, 0.02},
      new double[] {0.6, 0.4},
      new double[] {0.6, 0.4}),
  NATIONALITY(
      "nationality",
      List.of("same", "different"),
      new double[] {0.97, 0.03},
      new double[] {0.5, 0.5},
      new double[] {0.95, 0.05}),
  PLACE_OF_BIRTH(
      "place_of_birth",
      List.of("exact", "close", "different"),
      new double[] {0.85, 0.03, 0.12},
      new double[] {0.10, 0.02, 0.88},
      new double[] {0.40, 0.01, 0.59}),
  PHONE(
      "phone",
      List.of("exact", "different"),
      new double[] {0.6, 0.4},
      new double[] {0.02, 0.98},
      new double[] {0.05, 0.95}),
  DOCUMENT_NUMBER(
      "document_number",
      List.of("exact", "close", "different"),
      new double[] {0.95, 0.03, 0.02},
      new double[] {0.0005, 0.0005, 0.999},
      new double[] {0.0005, 0.0005, 0.999});

  /** Stored level for a field one side lacks. */
  public static final int MISSING = 15;

  private static final Field[] ALL = values();

  private final String column;
  private final List<String> levels;
  private final double[] initialM;
  private final double[] initialU;
  private final double[] initialNamesakes;

  Field(
      String column,
      List<String> levels,
      double[] initialM,
      double[] initialU,
      double[] initialNamesakes) {
    this.column = column;
    this.levels = levels;
    this.initialM = initialM;
    this.initialU = initialU;
    this.initialNamesakes = initialNamesakes;
  }

  public static Field[] all() {
    return ALL;
  }

  public String column() {
    return column;
  }

  public int levelCount() {
    return levels.size();
  }

  public String levelName(int level) {
    return level == MISSING ? "missing" : levels.get(level);
  }

  double[] initialM() {
    return initialM.clone();
  }

  double[] initialU() {
    return initialU.clone();
  }

  double[] initialNamesakes() {
    return initialNamesakes.clone();
  }
}
