package org.homeward.reporting.statistics.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pre-aggregated counts of the public statistics: a few hundred rows. */
@Repository
public class StatisticsCells {

  /** The people of one country, sex, age group and year: returned and reintegrated. */
  public record Cell(
      String country, String sex, String ageGroup, int year, long returned, long reintegrated) {}

  private final JdbcClient jdbc;

  StatisticsCells(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Cell> all() {
    return jdbc.sql(
            """
            select country, sex, age_group, year, returned, reintegrated
              from reporting_statistics_cell
             where returned > 0 or reintegrated > 0
             order by year desc, country, sex, age_group
            """)
        .query(Cell.class)
        .list();
  }
}
