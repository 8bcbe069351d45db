package org.homeward.registry.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each mission's yearly series of case numbers, e.g. MAR-2012-000042, without gaps or repeats. */
@Repository
public class CaseNumbers {

  private final JdbcClient jdbc;

  CaseNumbers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next number of the mission's series for {@code year}, e.g. 42 for MAR-2012-000042. */
  public String next(String missionCode, int year) {
    int number =
        jdbc.sql(
                """
                INSERT INTO registry_case_number (mission_code, year, last_number) VALUES (?, ?, 1)
                ON CONFLICT (mission_code, year)
                DO UPDATE SET last_number = registry_case_number.last_number + 1
                RETURNING last_number
                """)
            .params(missionCode, year)
            .query(Integer.class)
            .single();
    return "%s-%d-%06d".formatted(missionCode.replace("-", ""), year, number);
  }
}
