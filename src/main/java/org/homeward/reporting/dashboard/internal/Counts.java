package org.homeward.reporting.dashboard.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.registry.Vulnerability;
import org.homeward.reporting.dashboard.Dashboard.Departures;
import org.homeward.reporting.dashboard.Dashboard.NationalityCount;
import org.homeward.reporting.dashboard.Dashboard.PyramidRow;
import org.homeward.reporting.dashboard.Dashboard.StageCount;
import org.homeward.reporting.dashboard.Dashboard.VulnerabilityCount;
import org.homeward.reporting.dashboard.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's counts, each a sum over the pre-aggregated cells (a few hundred to a few thousand
 * rows, whatever the number of cases), grouped as its panel shows them.
 */
@Repository("reportingCounts")
public class Counts {

  private final JdbcClient jdbc;

  Counts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every stage, in order, with the cases and people that reached it (zero when none did). */
  @Transactional(readOnly = true)
  public List<StageCount> pipeline(CountsQuery query) {
    Map<Stage, long[]> counts = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      counts.put(s, new long[2]);
    }
    var where = query.where();
    jdbc.sql(
            "SELECT k1, sum(cases), sum(people) FROM reporting_dashboard_cell WHERE panel = 'stage'"
                + where.sql()
                + " GROUP BY k1")
        .params(where.params())
        .query(rs -> {
          long[] n = counts.get(Stage.valueOf(rs.getString(1)));
          n[0] = rs.getLong(2);
          n[1] = rs.getLong(3);
        });
    List<StageCount> rows = new ArrayList<>();
    counts.forEach((s, n) -> rows.add(new StageCount(s, n[0], n[1])));
    return rows;
  }

  /** Departures done and booked, by month (oldest first) and country of return. */
  @Transactional(readOnly = true)
  public List<Departures> departures(CountsQuery query) {
    var where = query.where(true);
    return jdbc.sql(
            "SELECT month, destination_country, k1, sum(cases), sum(people)"
                + " FROM reporting_dashboard_cell WHERE panel = 'stage'"
                + " AND k1 IN ('DEPARTED', 'BOOKED')"
                + where.sql()
                + " GROUP BY month, destination_country, k1 HAVING sum(cases) <> 0"
                + " ORDER BY month, destination_country, k1 DESC")
        .params(where.params())
        .query((rs, n) ->
            new Departures(
                YearMonth.from(rs.getDate(1).toLocalDate()).toString(),
                rs.getString(2),
                Stage.valueOf(rs.getString(3)),
                rs.getLong(4),
                rs.getLong(5)))
        .list();
  }

  /** People by nationality, most first. */
  @Transactional(readOnly = true)
  public List<NationalityCount> nationalities(CountsQuery query) {
    var where = query.where();
    return jdbc.sql(
            "SELECT nationality, sum(people) FROM reporting_dashboard_cell"
                + " WHERE panel = 'people'"
                + where.sql()
                + " GROUP BY nationality HAVING sum(people) <> 0"
                + " ORDER BY sum(people) DESC, nationality")
        .params(where.params())
        .query((rs, n) -> new NationalityCount(rs.getString(1), rs.getLong(2)))
        .list();
  }

  /** People by age band (youngest first) and sex; bands with nobody are left out. */
  @Transactional(readOnly = true)
  public List<PyramidRow> pyramid(CountsQuery query) {
    Map<String, long[]> bands = new LinkedHashMap<>();
    CountedCase.AGE_BANDS.forEach(b -> bands.put(b, new long[3]));
    var where = query.where();
    jdbc.sql(
            "SELECT k2, k1, sum(people) FROM reporting_dashboard_cell WHERE panel = 'people'"
                + where.sql()
                + " GROUP BY k2, k1")
        .params(where.params())
        .query(rs -> {
          long[] n = bands.get(rs.getString(1));
          int column =
              switch (rs.getString(2)) {
                case "F" -> 0;
                case "M" -> 1;
                default -> 2;
              };
          n[column] += rs.getLong(3);
        });
    List<PyramidRow> rows = new ArrayList<>();
    bands.forEach((band, n) -> {
      if (n[0] + n[1] + n[2] > 0) {
        rows.add(new PyramidRow(band, n[0], n[1], n[2]));
      }
    });
    return rows;
  }

  /** People with each vulnerability, in the registry's order of categories (zero when none). */
  @Transactional(readOnly = true)
  public List<VulnerabilityCount> vulnerabilities(CountsQuery query) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Vulnerability v : Vulnerability.values()) {
      counts.put(v.name(), 0L);
    }
    var where = query.where();
    jdbc.sql(
            "SELECT k1, sum(people) FROM reporting_dashboard_cell WHERE panel = 'vulnerability'"
                + where.sql()
                + " GROUP BY k1")
        .params(where.params())
        .query(rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    List<VulnerabilityCount> rows = new ArrayList<>();
    counts.forEach((v, n) -> rows.add(new VulnerabilityCount(v, n)));
    return rows;
  }
}
