package org.homeward.reporting.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Folding the dashboards' rows of differences: only the cells with more than one row are rewritten,
 * the sums stay what they were, and folds started at the same time (the scheduled one and the one
 * that ends a first count) wait for each other instead of deadlocking.
 */
@SpringBootTest
class SummaryFoldTest {

  @Autowired SummaryKeeper keeper;
  @Autowired JdbcClient jdbc;

  @Test
  void concurrentFoldsKeepTheSumsAndRewriteOnlyTheCellsThatChanged() throws Exception {
    demoSettled();
    keeper.fold();
    String sums = sums();
    long cells = rows();
    assertThat(cells).as("the demo is counted").isGreaterThan(100);

    // rows of differences that cancel out, on a few hundred cells
    jdbc.sql(
            """
            INSERT INTO reporting_dashboard_cell
            SELECT panel, mission_code, destination_country, handed_over, project_id, nationality,
                   month, k1, k2, d * 3, d * 5
            FROM (SELECT * FROM reporting_dashboard_cell ORDER BY random() LIMIT 300) c,
                 (VALUES (1), (-1)) AS diff(d)
            """)
        .update();
    assertThat(rows()).isEqualTo(cells + 600);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Long>> folds = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        folds.add(pool.submit((Callable<Long>) keeper::fold));
      }
      long folded = 0;
      for (Future<Long> f : folds) {
        folded += f.get();
      }
      // the scheduled fold may have taken some of them
      assertThat(folded).as("the 300 cells' 900 rows, folded once").isBetween(1L, 900L);
    } finally {
      pool.shutdown();
    }
    assertThat(rows()).isEqualTo(cells);
    assertThat(sums()).isEqualTo(sums);
    assertThat(keeper.fold()).as("nothing left to fold").isZero();
  }

  /** Waits until the demo's reactions (each counting a case) have all run. */
  private void demoSettled() throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
            .query(Long.class)
            .single()
        > 0) {
      assertThat(System.nanoTime()).as("the demo's reactions ran").isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private long rows() {
    return jdbc.sql("SELECT count(*) FROM reporting_dashboard_cell").query(Long.class).single();
  }

  private String sums() {
    return jdbc.sql(
            "SELECT panel || ' ' || sum(cases) || ' ' || sum(people) FROM reporting_dashboard_cell"
                + " GROUP BY panel ORDER BY panel")
        .query(String.class)
        .list()
        .toString();
  }
}
