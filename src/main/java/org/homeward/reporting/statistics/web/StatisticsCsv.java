package org.homeward.reporting.statistics.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.homeward.reporting.statistics.Measure;
import org.homeward.reporting.statistics.Published;
import org.homeward.reporting.statistics.StatisticsTable;

/**
 * The public statistics as one CSV: a line per country, sex, age group and year with both measures,
 * then the totals of the same tables ({@code all} in the dimensions they add up), exactly as the
 * page shows them. The header comes first, the HXL hashtags second.
 */
final class StatisticsCsv {

  static final String HEADER = "country_code,sex,age_group,year,returned,reintegrated";
  static final String HXL =
      "#country+code,#sex,#age+group,#date+year,#affected+returned,#affected+reintegrated";
  static final String ALL = "all";

  private StatisticsCsv() {}

  static String of(List<StatisticsTable> tables) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n").append(HXL).append("\r\n");
    Map<Integer, Map<Measure, StatisticsTable>> byYear = new TreeMap<>((a, b) -> b - a);
    for (StatisticsTable t : tables) {
      byYear.computeIfAbsent(t.year(), y -> new TreeMap<>()).put(t.measure(), t);
    }
    byYear.forEach((year, measures) -> {
      StatisticsTable returned = measures.get(Measure.RETURNED);
      StatisticsTable reintegrated = measures.get(Measure.REINTEGRATED);
      Set<String> countries = new TreeSet<>();
      Set<StatisticsTable.Column> columns = new LinkedHashSet<>();
      for (StatisticsTable t : measures.values()) {
        countries.addAll(t.countries());
        columns.addAll(t.columns());
      }
      List<StatisticsTable.Column> ordered =
          columns.stream()
              .sorted((a, b) ->
                  a.sex().equals(b.sex())
                      ? a.ageGroup().compareTo(b.ageGroup())
                      : a.sex().compareTo(b.sex()))
              .toList();
      for (String country : countries) {
        for (StatisticsTable.Column column : ordered) {
          line(
              csv,
              country,
              column.sex(),
              column.ageGroup().code(),
              year,
              cell(returned, country, column),
              cell(reintegrated, country, column));
        }
        line(
            csv,
            country,
            ALL,
            ALL,
            year,
            cell(returned, country, null),
            cell(reintegrated, country, null));
      }
      for (StatisticsTable.Column column : ordered) {
        line(
            csv,
            ALL,
            column.sex(),
            column.ageGroup().code(),
            year,
            cell(returned, null, column),
            cell(reintegrated, null, column));
      }
      line(csv, ALL, ALL, ALL, year, cell(returned, null, null), cell(reintegrated, null, null));
    });
    return csv.toString();
  }

  /** The published count of a country (null: all) and column (null: all); 0 where nobody counts. */
  private static String cell(StatisticsTable t, String country, StatisticsTable.Column column) {
    if (t == null) {
      return "0";
    }
    int row = country == null ? t.countries().size() : t.countries().indexOf(country);
    int col = column == null ? t.columns().size() : t.columns().indexOf(column);
    if (row < 0 || col < 0) {
      return "0";
    }
    Published p = t.grid()[row][col];
    return p.text();
  }

  private static void line(
      StringBuilder csv, String country, String sex, String age, int year, String a, String b) {
    csv.append(country)
        .append(',')
        .append(sex)
        .append(',')
        .append(age)
        .append(',')
        .append(year)
        .append(',')
        .append(a)
        .append(',')
        .append(b)
        .append("\r\n");
  }
}
