package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.CaseScope;
import org.homeward.organisation.Role;
import org.homeward.registry.internal.CaseCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The home page's counts by status come from counts the database keeps with every change of the
 * cases; they are the number of cases, exactly, at every moment a reader can see, however many
 * caseworkers register and move cases at the same time, and whether or not they were folded.
 */
@SpringBootTest
class CaseCountsTest {

  static final Actor CASEWORKER =
      new Actor("caseworker.mar", "MAR", java.util.Set.of(Role.CASEWORKER));

  @Autowired Cases cases;
  @Autowired CaseLifecycle lifecycle;
  @Autowired CaseCounts counts;
  @Autowired AccessPolicy access;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void areTheNumberOfCasesAtEverySnapshotWhileCaseworkersRegisterAndMoveCases() throws Exception {
    TransactionTemplate snapshot = new TransactionTemplate(transactions);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setReadOnly(true);
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger compared = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        writers.add(
            pool.submit(() -> {
              for (int i = 0; i < 8; i++) {
                Case c = cases.register(household(), CASEWORKER);
                TransitionResult moved =
                    switch (i % 3) {
                      case 0 ->
                          lifecycle.transition(c.id(), CaseStatus.COUNSELLED, null, CASEWORKER);
                      case 1 ->
                          lifecycle.transition(
                              c.id(), CaseStatus.WITHDRAWN, "changed their mind", CASEWORKER);
                      default -> null;
                    };
                if (moved != null) {
                  assertThat(moved).isInstanceOf(TransitionResult.Transitioned.class);
                }
              }
              return null;
            }));
      }
      Future<?> reader =
          pool.submit(() -> {
            while (writing.get() || compared.get() < 3) {
              snapshot.executeWithoutResult(tx -> {
                assertThat(cases.countByStatus(CASEWORKER)).isEqualTo(counted());
                compared.incrementAndGet();
              });
            }
            return null;
          });
      for (Future<?> writer : writers) {
        writer.get();
      }
      writing.set(false);
      reader.get();
    } finally {
      pool.shutdownNow();
    }
    assertThat(compared.get()).isGreaterThanOrEqualTo(3);

    // a change made outside the registry's code is counted too
    jdbc.sql(
            "UPDATE registry_case SET status = 'DEFERRED' WHERE id = (SELECT id FROM"
                + " registry_case WHERE status = 'REGISTERED' AND mission_code = 'MAR' LIMIT 1)")
        .update();
    assertThat(cases.countByStatus(CASEWORKER)).isEqualTo(counted());

    long rows = counts.fold();
    assertThat(rows).isPositive();
    assertThat(cases.countByStatus(CASEWORKER)).isEqualTo(counted());
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM (SELECT 1 FROM registry_case_count GROUP BY"
                        + " mission_code, destination_country, handed_over, status"
                        + " HAVING count(*) > 1) g")
                .query(Long.class)
                .single())
        .as("one row per group after folding")
        .isZero();
  }

  /** The cases the caseworker sees, counted one by one. */
  private Map<CaseStatus, Long> counted() {
    CaseScope.Condition within =
        access
            .readScope(CASEWORKER)
            .condition("c.mission_code", "c.destination_country", "c.handed_over");
    Map<CaseStatus, Long> counted = new EnumMap<>(CaseStatus.class);
    jdbc.sql(
            "SELECT status, count(*) AS n FROM registry_case c WHERE "
                + within.sql()
                + " GROUP BY status")
        .params(within.params())
        .query(rs -> {
          counted.put(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
    return counted;
  }

  private static CaseDetails household() {
    return new CaseDetails(
        "MAR",
        "SEN",
        "Dakar",
        "Oujda",
        null,
        List.of(
            new CaseDetails.MemberDetails(
                null,
                "PRINCIPAL",
                "Ousmane",
                "Diallo",
                List.of(),
                "M",
                "1991-03-04",
                false,
                "SEN",
                "Dakar",
                List.of("wo"),
                null,
                "Oujda",
                List.of(),
                List.of(),
                null)),
        null);
  }
}
