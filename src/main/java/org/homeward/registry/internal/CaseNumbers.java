package org.homeward.registry.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each mission's yearly series of case numbers, e.g. MAR-2012-000042: unique and increasing, taken
 * from a database sequence per mission and year (see the migration that made them), so that
 * registrations do not queue behind each other for their number. A registration that fails after
 * taking its number leaves it unused.
 */
@Repository
public class CaseNumbers {

  private final JdbcClient jdbc;

  CaseNumbers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next number of the mission's series for {@code year}, e.g. 42 for MAR-2012-000042. */
  public String next(String missionCode, int year) {
    int number =
        jdbc.sql("SELECT registry_next_case_number(?, ?)")
            .params(missionCode, year)
            .query(Integer.class)
            .single();
    return "%s-%d-%06d".formatted(missionCode.replace("-", ""), year, number);
  }
}
