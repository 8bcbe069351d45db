package org.homeward.reporting.statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.homeward.reporting.statistics.internal.Returnees;
import org.homeward.reporting.statistics.internal.StatisticsCells;
import org.homeward.reporting.statistics.internal.StatisticsCells.Cell;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The public statistics of returns and reintegration: one table per year and measure, by country of
 * origin, sex and age group, small cells and the counts that would reveal them suppressed. Built
 * from the pre-aggregated counts and kept in memory until the counts change (or a minute passes,
 * for a change made by another instance), so that the public pages do not query at every view.
 */
@Service("reportingPublicStatistics")
public class PublicStatistics {

  static final Duration AT_MOST = Duration.ofMinutes(1);
  private static final List<String> SEXES = List.of("F", "M", "X");

  private final StatisticsCells cells;
  private final Returnees returnees;
  private final AtomicLong version = new AtomicLong();
  private final AtomicReference<Built> built = new AtomicReference<>();

  private record Built(long version, Instant at, List<StatisticsTable> tables) {}

  PublicStatistics(StatisticsCells cells, Returnees returnees) {
    this.cells = cells;
    this.returnees = returnees;
  }

  /** The people of the mission's cases who have left for home since Homeward keeps its cases. */
  public long peopleReturned(String missionCode) {
    return returnees.countReturned(missionCode);
  }

  /** Every year's tables, the latest year first, returned before reintegrated. */
  public List<StatisticsTable> tables() {
    Built current = built.get();
    long now = version.get();
    if (current != null
        && current.version() == now
        && current.at().plus(AT_MOST).isAfter(Instant.now())) {
      return current.tables();
    }
    List<StatisticsTable> tables = build(cells.all());
    built.set(new Built(now, Instant.now(), tables));
    return tables;
  }

  /** The counts changed: the tables are built again once the change is committed. */
  public void changed() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              version.incrementAndGet();
            }
          });
    } else {
      version.incrementAndGet();
    }
  }

  /** The tables of {@code all}, suppressed: the one place the published figures are made. */
  public static List<StatisticsTable> build(List<Cell> all) {
    Map<Integer, List<Cell>> byYear = new TreeMap<>(Comparator.reverseOrder());
    for (Cell c : all) {
      byYear.computeIfAbsent(c.year(), y -> new ArrayList<>()).add(c);
    }
    List<StatisticsTable> tables = new ArrayList<>();
    byYear.forEach((year, cellsOfYear) -> {
      for (Measure measure : Measure.values()) {
        StatisticsTable table = table(year, measure, cellsOfYear);
        if (table != null) {
          tables.add(table);
        }
      }
    });
    return List.copyOf(tables);
  }

  private static StatisticsTable table(int year, Measure measure, List<Cell> cellsOfYear) {
    TreeSet<String> countries = new TreeSet<>();
    Map<String, EnumMap<AgeGroup, Boolean>> present = new TreeMap<>();
    for (Cell c : cellsOfYear) {
      if (count(c, measure) > 0) {
        countries.add(c.country());
        present
            .computeIfAbsent(c.sex(), s -> new EnumMap<>(AgeGroup.class))
            .put(AgeGroup.ofCode(c.ageGroup()), true);
      }
    }
    if (countries.isEmpty()) {
      return null;
    }
    List<StatisticsTable.Column> columns = new ArrayList<>();
    for (String sex : SEXES) {
      if (!present.containsKey(sex)) {
        continue;
      }
      for (AgeGroup age : AgeGroup.values()) {
        // the usual groups always, so that a column's absence tells nothing; unknown when present
        if (age != AgeGroup.UNKNOWN || present.get(sex).containsKey(age)) {
          columns.add(new StatisticsTable.Column(sex, age));
        }
      }
    }
    List<String> rows = List.copyOf(countries);
    long[][] counts = new long[rows.size()][columns.size()];
    for (Cell c : cellsOfYear) {
      long n = count(c, measure);
      if (n > 0) {
        int column =
            columns.indexOf(new StatisticsTable.Column(c.sex(), AgeGroup.ofCode(c.ageGroup())));
        counts[rows.indexOf(c.country())][column] += n;
      }
    }
    return new StatisticsTable(year, measure, rows, columns, Suppression.of(counts));
  }

  private static long count(Cell c, Measure measure) {
    return measure == Measure.RETURNED ? c.returned() : c.reintegrated();
  }
}
