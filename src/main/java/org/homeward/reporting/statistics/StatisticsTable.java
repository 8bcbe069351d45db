package org.homeward.reporting.statistics;

import java.util.List;

/**
 * One year of one measure as the public reads it: people by country of origin (rows) and by sex and
 * age group (columns), with the row totals in the last column, the column totals in the last row
 * and the year's total in the corner, every count suppressed as {@link Suppression} decides.
 *
 * @param countries ISO 3166-1 alpha-3 codes of the nationalities counted, in code order
 * @param grid {@code (countries + 1) × (columns + 1)} published counts
 */
public record StatisticsTable(
    int year, Measure measure, List<String> countries, List<Column> columns, Published[][] grid) {

  /** A column: the people of one sex in one age group. */
  public record Column(String sex, AgeGroup ageGroup) {}

  public StatisticsTable {
    countries = List.copyOf(countries);
    columns = List.copyOf(columns);
  }

  public Published cell(int row, int column) {
    return grid[row][column];
  }

  public Published rowTotal(int row) {
    return grid[row][columns.size()];
  }

  public Published columnTotal(int column) {
    return grid[countries.size()][column];
  }

  public Published total() {
    return grid[countries.size()][columns.size()];
  }
}
