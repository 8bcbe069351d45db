package org.homeward.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Small-cell and secondary suppression: counts from 1 to 4 read {@code <5}, and no suppressed count
 * can be worked out from the published counts and the row and column totals, which a test checks
 * the way a reader would: by solving the table's sums for the suppressed counts.
 */
class SuppressionTest {

  @Test
  void showsEveryCountFromOneToFourAsLessThanFiveAndZerosAndLargerCountsAsThey() {
    Published[][] p = Suppression.of(new long[][] {{0, 1, 4, 5, 40}, {12, 9, 30, 8, 20}});
    assertThat(p[0][0].text()).isEqualTo("0");
    assertThat(p[0][1].text()).isEqualTo("<5");
    assertThat(p[0][2].text()).isEqualTo("<5");
    assertThat(p[0][1].value()).as("a suppressed count keeps no value").isEqualTo(-1);
    assertThat(p[1][2].state()).isNotEqualTo(Published.State.SMALL);
    assertThat(p[0][5].text()).as("the row total").isEqualTo("50");
  }

  @Test
  void withholdsASecondCountInTheRowAndColumnOfALoneSmallCell() {
    // the documented example: Senegal's women of 60 and more are 3
    long[][] counts = {{20, 3, 15}, {30, 12, 9}, {25, 14, 40}};
    Published[][] p = Suppression.of(counts);
    assertThat(p[0][1].text()).isEqualTo("<5");
    assertThat(count(p[0], Published.State.WITHHELD)).isPositive();
    assertThat(nothingCanBeSolvedFor(p)).isTrue();
  }

  @Test
  void aSmallTotalIsSuppressedTooAndStillCannotBeSolvedFor() {
    Published[][] p = Suppression.of(new long[][] {{2, 0, 1}, {10, 11, 12}});
    assertThat(p[0][3].text()).isEqualTo("<5");
    assertThat(nothingCanBeSolvedFor(p)).isTrue();
  }

  @Test
  void noSuppressedCountOfAThousandRandomTablesCanBeSolvedForFromTheTotals() {
    Random random = new Random(14);
    for (int n = 0; n < 1000; n++) {
      int rows = 1 + random.nextInt(8);
      int columns = 1 + random.nextInt(10);
      long[][] counts = new long[rows][columns];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          int kind = random.nextInt(4);
          counts[i][j] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : random.nextInt(60);
        }
      }
      Published[][] p = Suppression.of(counts);
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          if (counts[i][j] >= 1 && counts[i][j] <= 4) {
            assertThat(p[i][j].text()).isEqualTo("<5");
          } else if (!p[i][j].suppressed()) {
            assertThat(p[i][j].value()).isEqualTo(counts[i][j]);
          }
        }
      }
      assertThat(nothingCanBeSolvedFor(p)).as("table %d: %s", n, render(p)).isTrue();
    }
  }

  /**
   * Solves the table as a reader would: each row and each column of the grid (the totals included)
   * is an equation over its suppressed counts; a suppressed count is found when its unit vector is
   * a combination of those equations (the rank does not grow when it is added).
   */
  static boolean nothingCanBeSolvedFor(Published[][] p) {
    int height = p.length;
    int width = p[0].length;
    List<int[]> unknowns = new ArrayList<>();
    for (int i = 0; i < height; i++) {
      for (int j = 0; j < width; j++) {
        if (p[i][j].suppressed()) {
          unknowns.add(new int[] {i, j});
        }
      }
    }
    if (unknowns.isEmpty()) {
      return true;
    }
    List<double[]> equations = new ArrayList<>();
    for (int i = 0; i < height; i++) {
      double[] e = new double[unknowns.size()];
      for (int k = 0; k < unknowns.size(); k++) {
        int[] u = unknowns.get(k);
        if (u[0] == i) {
          e[k] = u[1] == width - 1 ? -1 : 1;
        }
      }
      equations.add(e);
    }
    for (int j = 0; j < width; j++) {
      double[] e = new double[unknowns.size()];
      for (int k = 0; k < unknowns.size(); k++) {
        int[] u = unknowns.get(k);
        if (u[1] == j) {
          e[k] = u[0] == height - 1 ? -1 : 1;
        }
      }
      equations.add(e);
    }
    int rank = rank(equations);
    for (int k = 0; k < unknowns.size(); k++) {
      List<double[]> with = new ArrayList<>(equations);
      double[] unit = new double[unknowns.size()];
      unit[k] = 1;
      with.add(unit);
      if (rank(with) == rank) {
        return false;
      }
    }
    return true;
  }

  private static int rank(List<double[]> rows) {
    double[][] m = rows.stream().map(double[]::clone).toArray(double[][]::new);
    int rank = 0;
    int columns = m.length == 0 ? 0 : m[0].length;
    for (int c = 0; c < columns && rank < m.length; c++) {
      int pivot = -1;
      for (int r = rank; r < m.length; r++) {
        if (Math.abs(m[r][c]) > 1e-9 && (pivot < 0 || Math.abs(m[r][c]) > Math.abs(m[pivot][c]))) {
          pivot = r;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] t = m[pivot];
      m[pivot] = m[rank];
      m[rank] = t;
      for (int r = 0; r < m.length; r++) {
        if (r != rank && Math.abs(m[r][c]) > 1e-9) {
          double f = m[r][c] / m[rank][c];
          for (int k = c; k < columns; k++) {
            m[r][k] -= f * m[rank][k];
          }
        }
      }
      rank++;
    }
    return rank;
  }

  private static long count(Published[] row, Published.State state) {
    return java.util.Arrays.stream(row).filter(p -> p.state() == state).count();
  }

  private static String render(Published[][] p) {
    StringBuilder s = new StringBuilder();
    for (Published[] row : p) {
      for (Published c : row) {
        s.append(c.text()).append('\t');
      }
      s.append('\n');
    }
    return s.toString();
  }
}
