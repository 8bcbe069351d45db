package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.homeward.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Appends do not wait for each other; the chain is built after commit, in the order entries commit;
 * and every kind of tampering with the trail or its chain is found by the verification.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditSealingTest {

  @LocalServerPort int port;

  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  private static AuditRecord about(String subject) {
    return AuditRecord.of("caseworker.mar", "test.appended", "test", subject).inMission("MAR");
  }

  @Test
  void concurrentTransactionsAppendWithoutWaitingForEachOther() throws Exception {
    int writers = 8;
    CountDownLatch allAppended = new CountDownLatch(writers);
    List<String> subjects = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String subject = UUID.randomUUID().toString();
        subjects.add(subject);
        outcomes.add(
            pool.submit(() ->
                transactions.execute(status -> {
                  audit.record(about(subject));
                  allAppended.countDown();
                  // with one lock held until commit, the others could never get here
                  try {
                    return allAppended.await(20, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                  }
                })));
      }
      for (Future<Boolean> outcome : outcomes) {
        assertThat(outcome.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }

    ChainVerification verification = audit.verify();
    assertThat(verification.intact()).isTrue();
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM audit_entry e JOIN audit_chain c USING (sequence)
                    WHERE e.subject_id = ANY (?)
                    """)
                .param(subjects.toArray(String[]::new))
                .query(Long.class)
                .single())
        .isEqualTo(writers);
  }

  @Test
  void anEntryCommittedAfterANewerOneIsSealedAfterIt() throws Exception {
    String early = UUID.randomUUID().toString();
    String late = UUID.randomUUID().toString();
    CountDownLatch appended = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> slow =
          pool.submit(() ->
              transactions.executeWithoutResult(status -> {
                audit.record(about(early));
                appended.countDown();
                try {
                  commit.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }));
      assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
      transactions.executeWithoutResult(status -> audit.record(about(late)));

      assertThat(audit.verify().intact()).isTrue();
      assertThat(position(late)).isNotNull();

      commit.countDown();
      slow.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    assertThat(audit.verify().intact()).isTrue();
    assertThat(sequence(early)).isLessThan(sequence(late));
    assertThat(position(early)).isGreaterThan(position(late));
  }

  @Test
  void findsAChangedEntry() {
    Sealed victim = sealedEntry(3);
    tampering(
        "UPDATE audit_entry SET actor = 'someone.else' WHERE sequence = " + victim.sequence(),
        "UPDATE audit_entry SET actor = '"
            + victim.actor()
            + "' WHERE sequence = "
            + victim.sequence(),
        broken -> {
          assertThat(broken.get("problem").asString()).isEqualTo("changed");
          assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(victim.sequence());
          assertThat(broken.get("brokenPosition").asLong()).isEqualTo(victim.position());
        });
  }

  @Test
  void findsAnEntryRemovedFromTheChainAndTheTrail() {
    Sealed victim = sealedEntry(4);
    String entry = rowOf("audit_entry", "sequence", victim.sequence());
    String chain = rowOf("audit_chain", "position", victim.position());
    disableTriggers();
    try {
      jdbc.sql("DELETE FROM audit_entry WHERE sequence = ?").param(victim.sequence()).update();
      jdbc.sql("DELETE FROM audit_chain WHERE position = ?").param(victim.position()).update();
      JsonNode broken = verification();
      assertThat(broken.get("intact").asBoolean()).isFalse();
      assertThat(broken.get("problem").asString()).isEqualTo("gap");
      assertThat(broken.get("brokenPosition").asLong()).isEqualTo(victim.position() + 1);
      assertThat(broken.get("firstBrokenSequence").asLong())
          .isEqualTo(sequenceAt(victim.position() + 1));
      restore("audit_entry", entry);
      restore("audit_chain", chain);
    } finally {
      enableTriggers();
    }
    assertThat(verification().get("intact").asBoolean()).isTrue();
  }

  @Test
  void findsASealedEntryRemovedFromTheTrailAlone() {
    Sealed victim = sealedEntry(5);
    String entry = rowOf("audit_entry", "sequence", victim.sequence());
    disableTriggers();
    try {
      jdbc.sql("DELETE FROM audit_entry WHERE sequence = ?").param(victim.sequence()).update();
      JsonNode broken = verification();
      assertThat(broken.get("intact").asBoolean()).isFalse();
      assertThat(broken.get("problem").asString()).isEqualTo("removed");
      assertThat(broken.get("brokenPosition").asLong()).isEqualTo(victim.position());
      assertThat(broken.get("firstBrokenSequence").asLong())
          .isEqualTo(sequenceAt(victim.position() + 1));
      restore("audit_entry", entry);
    } finally {
      enableTriggers();
    }
    assertThat(verification().get("intact").asBoolean()).isTrue();
  }

  @Test
  void findsTwoEntriesThatSwappedPlaces() {
    Sealed first = sealedEntry(6);
    Sealed second = sealedEntry(7);
    String swap =
        """
        UPDATE audit_entry a SET at = b.at, actor = b.actor, action = b.action,
               subject_type = b.subject_type, subject_id = b.subject_id,
               mission_code = b.mission_code, reason = b.reason, changes = b.changes,
               details = b.details, sealed = b.sealed
        FROM audit_entry b
        WHERE (a.sequence, b.sequence) IN ((%d, %d), (%d, %d))
        """
            .formatted(first.sequence(), second.sequence(), second.sequence(), first.sequence());
    tampering(
        swap,
        swap,
        broken -> {
          assertThat(broken.get("problem").asString()).isEqualTo("reordered");
          assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(first.sequence());
        });
  }

  @Test
  void findsAnEntryInsertedBehindTheTrailsBack() {
    long forged =
        jdbc.sql(
                """
                INSERT INTO audit_entry (actor, action, subject_type, subject_id, mission_code)
                VALUES ('caseworker.mar', 'case.updated', 'case', 'forged', 'MAR')
                RETURNING sequence
                """)
            .query(Long.class)
            .single();
    try {
      JsonNode broken = verification();
      assertThat(broken.get("intact").asBoolean()).isFalse();
      assertThat(broken.get("problem").asString()).isEqualTo("inserted");
      assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(forged);
    } finally {
      disableTriggers();
      try {
        jdbc.sql("DELETE FROM audit_entry WHERE sequence = ?").param(forged).update();
      } finally {
        enableTriggers();
      }
    }
    assertThat(verification().get("intact").asBoolean()).isTrue();
  }

  @Test
  void findsAnEntryRemovedBeforeItWasSealed() throws Exception {
    String subject = UUID.randomUUID().toString();
    CountDownLatch appended = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();
    try {
      // the sealer cannot take an entry before its transaction commits: hold it back till then
      Future<?> writer =
          pool.submit(() ->
              transactions.executeWithoutResult(status -> {
                audit.record(about(subject));
                sequence.set(sequence(subject));
                appended.countDown();
                try {
                  commit.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
                jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
                    .update();
                jdbc.sql("DELETE FROM audit_entry WHERE subject_id = ?").param(subject).update();
                jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
              }));
      assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
      commit.countDown();
      writer.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    JsonNode broken = verification();
    assertThat(broken.get("intact").asBoolean()).isFalse();
    assertThat(broken.get("problem").asString()).isEqualTo("removed");
    assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(sequence.get());

    jdbc.sql("DELETE FROM audit_unsealed WHERE sequence = ?").param(sequence.get()).update();
    assertThat(verification().get("intact").asBoolean()).isTrue();
  }

  private record Sealed(long position, long sequence, String actor) {}

  /** An entry sealed some way into the chain, after the demo's first entries. */
  private Sealed sealedEntry(int offset) {
    audit.verify();
    return jdbc.sql(
            """
            SELECT c.position, c.sequence, e.actor FROM audit_chain c JOIN audit_entry e USING (sequence)
            ORDER BY c.position LIMIT 1 OFFSET ?
            """)
        .param(10 * offset)
        .query((rs, n) -> new Sealed(rs.getLong(1), rs.getLong(2), rs.getString(3)))
        .single();
  }

  private Long position(String subject) {
    return jdbc.sql(
            "SELECT c.position FROM audit_entry e LEFT JOIN audit_chain c USING (sequence) WHERE e.subject_id = ?")
        .param(subject)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  private long sequence(String subject) {
    return jdbc.sql("SELECT sequence FROM audit_entry WHERE subject_id = ?")
        .param(subject)
        .query(Long.class)
        .single();
  }

  private long sequenceAt(long position) {
    return jdbc.sql("SELECT sequence FROM audit_chain WHERE position = ?")
        .param(position)
        .query(Long.class)
        .single();
  }

  private JsonNode verification() {
    ApiClient.Response response =
        ApiClient.as(port, "dataprotection.mar").get("/api/v1/audit/verification");
    assertThat(response.status()).isEqualTo(200);
    return response.json();
  }

  private void tampering(String change, String undo, java.util.function.Consumer<JsonNode> check) {
    disableTriggers();
    try {
      jdbc.sql(change).update();
      JsonNode broken = verification();
      assertThat(broken.get("intact").asBoolean()).isFalse();
      check.accept(broken);
      jdbc.sql(undo).update();
    } finally {
      enableTriggers();
    }
    assertThat(verification().get("intact").asBoolean()).isTrue();
  }

  private String rowOf(String table, String key, long value) {
    return jdbc.sql("SELECT row_to_json(t)::text FROM " + table + " t WHERE " + key + " = ?")
        .param(value)
        .query(String.class)
        .single();
  }

  private void restore(String table, String row) {
    jdbc.sql(
            "INSERT INTO "
                + table
                + " OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_record(NULL::"
                + table
                + ", ?::json)")
        .param(row)
        .update();
  }

  // someone with the owner's access to the database switches the append-only rules off
  private void disableTriggers() {
    jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
    jdbc.sql("ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_append_only").update();
  }

  private void enableTriggers() {
    jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
    jdbc.sql("ALTER TABLE audit_chain ENABLE TRIGGER audit_chain_append_only").update();
  }
}
