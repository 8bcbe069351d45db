package org.homeward.reporting.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first fill of the public statistics over a registry that already holds the demo: everyone
 * whose household has left is counted as returned, everyone in reintegration as reintegrated, the
 * kept cells equal a recount of those people, and a second fill counts nobody twice. It runs in a
 * transaction that is rolled back, so the other tests see the statistics as the events made them.
 */
@SpringBootTest
class StatisticsFillTest {

  @Autowired StatisticsFill fill;
  @Autowired Returnees returnees;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void fillsFromTheRegistryOnceAndCountsNobodyTwice() throws InterruptedException {
    demoSettled();
    transactions.executeWithoutResult(tx -> {
      tx.setRollbackOnly();
      jdbc.sql("delete from reporting_returnee").update();
      jdbc.sql("delete from reporting_statistics_cell").update();
      jdbc.sql("delete from reporting_statistics_fill").update();
      assertThat(returnees.filled()).isFalse();

      fill.fill();

      assertThat(returnees.filled()).isTrue();
      Set<UUID> left = members("('DEPARTED', 'ARRIVED', 'IN_REINTEGRATION')");
      Set<UUID> inReintegration = members("('IN_REINTEGRATION')");
      assertThat(left).as("the demo has households that left").hasSizeGreaterThan(10);
      assertThat(inReintegration).as("and households in reintegration").isNotEmpty();
      assertThat(counted("returned_on")).isEqualTo(left);
      assertThat(counted("reintegrated_on")).isEqualTo(inReintegration);
      List<String> cells = cells();
      assertThat(cells).isEqualTo(recount());
      assertThat(total()).isEqualTo(left.size() + inReintegration.size());

      fill.fill();

      assertThat(cells()).as("a second fill counts nobody again").isEqualTo(cells);
    });
  }

  /** Waits until the demo's reactions (plans approved, cases moved on) have all run. */
  private void demoSettled() throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (jdbc.sql("select count(*) from event_publication where completion_date is null")
            .query(Long.class)
            .single()
        > 0) {
      assertThat(System.nanoTime()).as("the demo's reactions ran").isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private Set<UUID> members(String statuses) {
    return jdbc.sql(
            "select p.id from registry_person p join registry_case c on c.id = p.case_id"
                + " where p.merged_into is null and c.status in "
                + statuses)
        .query(UUID.class)
        .set();
  }

  private Set<UUID> counted(String column) {
    return jdbc.sql("select person_id from reporting_returnee where " + column + " is not null")
        .query(UUID.class)
        .set();
  }

  private long total() {
    return jdbc.sql("select sum(returned + reintegrated) from reporting_statistics_cell")
        .query(Long.class)
        .single();
  }

  private List<String> cells() {
    return jdbc.sql(
            "select concat_ws(' ', country, sex, age_group, year, returned, reintegrated)"
                + " from reporting_statistics_cell where returned > 0 or reintegrated > 0"
                + " order by 1")
        .query(String.class)
        .list();
  }

  private List<String> recount() {
    return jdbc.sql(
            """
            select concat_ws(' ', country, sex, age_group, year, sum(r), sum(i)) from (
              select country, sex, returned_age_group as age_group,
                     extract(year from returned_on)::int as year, 1 as r, 0 as i
                from reporting_returnee where returned_on is not null
              union all
              select country, sex, reintegrated_age_group, extract(year from reintegrated_on)::int,
                     0, 1
                from reporting_returnee where reintegrated_on is not null) counted
            group by country, sex, age_group, year order by 1
            """)
        .query(String.class)
        .list();
  }
}
