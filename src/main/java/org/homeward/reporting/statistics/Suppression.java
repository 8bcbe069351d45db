package org.homeward.reporting.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell and secondary suppression of a two-way table with its totals (no Spring, no storage).
 *
 * <p>The table is seen with its margins as one grid of {@code (rows + 1) × (columns + 1)} counts:
 * the last column holds the row totals, the last row the column totals, the corner the grand total.
 * Every count from 1 to 4, totals included, is primary-suppressed ({@code <5}). A reader who knows
 * that each row and each column adds up can still solve for a suppressed count when it is the only
 * one in its line, and more generally when it lies on no cycle of suppressed counts: seen as a
 * graph whose nodes are the grid's lines and whose edges are its suppressed counts, such a count is
 * a <em>bridge</em>, and the sums of the lines on one side of it give its value. Secondary
 * suppression therefore withholds ({@code x}) more counts until no suppressed count is a bridge:
 * first any line with exactly one suppressed count gets a second one (the smallest count of that
 * line that is 8 or more, so that a withheld count can move by the whole width of a small cell and
 * stay above 4; else the smallest non-zero; a zero last), then a remaining bridge gets a companion
 * in its row, and so on. Withholding everything leaves no bridge, so it ends.
 */
public final class Suppression {

  static final int SMALL_MAX = 4;
  private static final int ROOMY = SMALL_MAX + 1 + SMALL_MAX - 1;

  private Suppression() {}

  /** The table of {@code counts} (rows × columns, not negative) with its totals, as published. */
  public static Published[][] of(long[][] counts) {
    int rows = counts.length;
    int columns = rows == 0 ? 0 : counts[0].length;
    long[][] grid = new long[rows + 1][columns + 1];
    for (int i = 0; i < rows; i++) {
      if (counts[i].length != columns) {
        throw new IllegalArgumentException("every row has " + columns + " columns");
      }
      for (int j = 0; j < columns; j++) {
        long n = counts[i][j];
        if (n < 0) {
          throw new IllegalArgumentException("a count is not negative: " + n);
        }
        grid[i][j] = n;
        grid[i][columns] += n;
        grid[rows][j] += n;
        grid[rows][columns] += n;
      }
    }
    boolean[][] small = new boolean[rows + 1][columns + 1];
    boolean[][] suppressed = new boolean[rows + 1][columns + 1];
    for (int i = 0; i <= rows; i++) {
      for (int j = 0; j <= columns; j++) {
        small[i][j] = grid[i][j] >= 1 && grid[i][j] <= SMALL_MAX;
        suppressed[i][j] = small[i][j];
      }
    }
    protect(grid, suppressed);
    Published[][] published = new Published[rows + 1][columns + 1];
    for (int i = 0; i <= rows; i++) {
      for (int j = 0; j <= columns; j++) {
        published[i][j] =
            small[i][j]
                ? Published.SMALL
                : suppressed[i][j] ? Published.WITHHELD : Published.shown(grid[i][j]);
      }
    }
    return published;
  }

  private static void protect(long[][] grid, boolean[][] suppressed) {
    int height = grid.length;
    int width = grid[0].length;
    while (true) {
      boolean changed = false;
      for (int i = 0; i < height; i++) {
        if (count(suppressed, i, -1) == 1) {
          changed |= suppressOneMore(grid, suppressed, i, -1);
        }
      }
      for (int j = 0; j < width; j++) {
        if (count(suppressed, -1, j) == 1) {
          changed |= suppressOneMore(grid, suppressed, -1, j);
        }
      }
      if (changed) {
        continue;
      }
      int[] bridge = firstBridge(suppressed);
      if (bridge == null) {
        return;
      }
      // a companion in the bridge's row, then the line rule above closes a cycle
      if (!suppressOneMore(grid, suppressed, bridge[0], -1)
          && !suppressOneMore(grid, suppressed, -1, bridge[1])) {
        throw new IllegalStateException("a bridge in a fully suppressed line");
      }
    }
  }

  /** The number of suppressed counts in row {@code row} (or column {@code column}). */
  private static int count(boolean[][] suppressed, int row, int column) {
    int n = 0;
    int length = row >= 0 ? suppressed[0].length : suppressed.length;
    for (int k = 0; k < length; k++) {
      n += (row >= 0 ? suppressed[row][k] : suppressed[k][column]) ? 1 : 0;
    }
    return n;
  }

  private static boolean suppressOneMore(
      long[][] grid, boolean[][] suppressed, int row, int column) {
    int length = row >= 0 ? grid[0].length : grid.length;
    int best = -1;
    for (int k = 0; k < length; k++) {
      int i = row >= 0 ? row : k;
      int j = row >= 0 ? k : column;
      if (suppressed[i][j]) {
        continue;
      }
      if (best < 0) {
        best = k;
        continue;
      }
      long current = row >= 0 ? grid[row][best] : grid[best][column];
      if (better(grid[i][j], current)) {
        best = k;
      }
    }
    if (best < 0) {
      return false;
    }
    if (row >= 0) {
      suppressed[row][best] = true;
    } else {
      suppressed[best][column] = true;
    }
    return true;
  }

  /** Roomy counts (8 and more) first, smallest first; then other non-zero ones; zeros last. */
  private static boolean better(long candidate, long current) {
    int rankCandidate = candidate >= ROOMY ? 0 : candidate > 0 ? 1 : 2;
    int rankCurrent = current >= ROOMY ? 0 : current > 0 ? 1 : 2;
    if (rankCandidate != rankCurrent) {
      return rankCandidate < rankCurrent;
    }
    return candidate < current;
  }

  /**
   * A suppressed count that lies on no cycle of suppressed counts (a bridge of the graph of lines),
   * as {row, column}; null when there is none. Small tables: a removal test per edge is enough.
   */
  static int[] firstBridge(boolean[][] suppressed) {
    int height = suppressed.length;
    int width = suppressed[0].length;
    for (int i = 0; i < height; i++) {
      for (int j = 0; j < width; j++) {
        if (suppressed[i][j] && !connectedWithout(suppressed, i, j)) {
          return new int[] {i, j};
        }
      }
    }
    return null;
  }

  /**
   * Are row {@code row} and column {@code column} still connected without the edge between them?
   */
  private static boolean connectedWithout(boolean[][] suppressed, int row, int column) {
    int height = suppressed.length;
    int width = suppressed[0].length;
    boolean[] seenRows = new boolean[height];
    boolean[] seenColumns = new boolean[width];
    List<int[]> todo = new ArrayList<>();
    seenRows[row] = true;
    todo.add(new int[] {0, row});
    while (!todo.isEmpty()) {
      int[] node = todo.removeLast();
      if (node[0] == 0) {
        for (int j = 0; j < width; j++) {
          if (suppressed[node[1]][j] && !(node[1] == row && j == column) && !seenColumns[j]) {
            if (j == column) {
              return true;
            }
            seenColumns[j] = true;
            todo.add(new int[] {1, j});
          }
        }
      } else {
        for (int i = 0; i < height; i++) {
          if (suppressed[i][node[1]] && !(i == row && node[1] == column) && !seenRows[i]) {
            seenRows[i] = true;
            todo.add(new int[] {0, i});
          }
        }
      }
    }
    return false;
  }
}
