package org.homeward.audit.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Audited appends per second with concurrent writers, through the write path of the trail before
 * and after the chain was sealed after commit, in one run against one embedded PostgreSQL 17:
 *
 * <ul>
 *   <li>{@code global lock}: the schema as migration V8 left it and the statements the trail ran
 *       then (take the chain's advisory lock, insert the entry hashed onto the newest one);
 *   <li>{@code sealed after commit}: the current schema and statements (insert the entry and its
 *       note), with the sealer running every 200 ms as in the application.
 * </ul>
 *
 * Each transaction stands for an audited change: a row of the change, the audit entry, one more row
 * (as the event publication that follows), then commit. Prints the rate of each, their ratio, the
 * transaction latencies and, for the new path, how far sealing lagged behind.
 *
 * <p>Usage: {@code AuditAppendBenchmark [WRITERS] [SECONDS]} (16 writers, 10 s each).
 */
public final class AuditAppendBenchmark {

  private static final long OLD_CHAIN_LOCK = 0x486f6d6577617264L;
  private static final long SEALER_LOCK = 0x486f6d6577617264L;

  private static final String OLD_APPEND =
      """
      INSERT INTO audit_entry (at, actor, action, subject_type, subject_id, mission_code,
                               reason, changes, details, sealed, previous_hash, hash)
      SELECT v.at, v.actor, v.action, v.subject_type, v.subject_id, v.mission_code, NULL,
             v.changes, v.details, v.sealed, last.hash,
             audit_entry_digest(last.hash, v.at, v.actor, v.action, v.subject_type,
                                v.subject_id, v.mission_code, NULL, v.changes, v.details,
                                v.sealed)
      FROM (SELECT date_trunc('microseconds', clock_timestamp()) AS at, ?::text AS actor,
                   ?::text AS action, ?::text AS subject_type, ?::text AS subject_id,
                   ?::text AS mission_code, ?::jsonb AS changes, ?::jsonb AS details,
                   ?::bytea AS sealed) v
      LEFT JOIN LATERAL (SELECT hash FROM audit_entry ORDER BY sequence DESC LIMIT 1) last
        ON TRUE
      """;

  private static final String NEW_APPEND =
      """
      WITH entry AS (
        INSERT INTO audit_entry (at, actor, action, subject_type, subject_id, mission_code,
                                 reason, changes, details, sealed)
        VALUES (date_trunc('microseconds', clock_timestamp()), ?, ?, ?, ?, ?, NULL,
                ?::jsonb, ?::jsonb, ?)
        RETURNING sequence)
      INSERT INTO audit_unsealed (sequence) SELECT sequence FROM entry
      """;

  private AuditAppendBenchmark() {}

  private record Result(double perSecond, long[] latenciesMicros) {
    long percentile(double p) {
      return latenciesMicros.length == 0
          ? 0
          : latenciesMicros[(int) Math.min(latenciesMicros.length - 1, p * latenciesMicros.length)];
    }
  }

  public static void main(String[] args) throws Exception {
    int writers = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Path dir = Files.createTempDirectory("audit-bench");
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            .setServerConfig("max_connections", "100")
            .start()) {
      DataSource admin = pg.getPostgresDatabase();
      try (Connection c = admin.getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE before_chain");
        s.execute("CREATE DATABASE after_chain");
      }
      DataSource before = pg.getDatabase("postgres", "before_chain");
      DataSource after = pg.getDatabase("postgres", "after_chain");
      Flyway.configure().dataSource(before).target("8").load().migrate();
      Flyway.configure().dataSource(after).load().migrate();
      for (DataSource ds : List.of(before, after)) {
        try (Connection c = ds.getConnection();
            Statement s = c.createStatement()) {
          s.execute("CREATE TABLE bench_work (id BIGSERIAL PRIMARY KEY, note TEXT NOT NULL)");
        }
      }

      System.out.printf(
          Locale.ROOT,
          "audited appends, %d concurrent writers, %d s each, PostgreSQL %s%n",
          writers,
          seconds,
          version(admin));
      run(before, writers, 2, OLD_APPEND, true, null); // warm-up
      Result locked = run(before, writers, seconds, OLD_APPEND, true, null);
      report("global lock (before)", locked);

      Sealer sealer = new Sealer(after);
      Thread sealing = Thread.ofPlatform().name("sealer").start(sealer);
      run(after, writers, 2, NEW_APPEND, false, null); // warm-up
      Result free = run(after, writers, seconds, NEW_APPEND, false, sealer);
      sealer.running.set(false);
      sealing.join();
      report("sealed after commit (after)", free);
      System.out.printf(
          Locale.ROOT,
          "ratio after/before: %.2f%n",
          free.perSecond() / Math.max(1e-9, locked.perSecond()));
      long start = System.nanoTime();
      long rest = sealer.sealAll();
      System.out.printf(
          Locale.ROOT,
          "sealing: at most %d entries waited at a 200 ms tick (%.0f ms of appends);"
              + " %d left at the end, sealed in %.0f ms%n",
          sealer.mostPending,
          1000.0 * sealer.mostPending / Math.max(1e-9, free.perSecond()),
          rest,
          (System.nanoTime() - start) / 1e6);
      try (Connection c = after.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT (SELECT count(*) FROM audit_entry), (SELECT count(*) FROM audit_chain)")) {
        rs.next();
        System.out.printf(
            Locale.ROOT, "entries %d, sealed in the chain %d%n", rs.getLong(1), rs.getLong(2));
      }
    }
  }

  private static Result run(
      DataSource ds, int writers, int seconds, String append, boolean globalLock, Sealer sealer)
      throws Exception {
    AtomicBoolean go = new AtomicBoolean(true);
    LongAdder done = new LongAdder();
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int w = 0; w < writers; w++) {
      long[] mine = new long[2_000_000];
      latencies.add(mine);
      int writer = w;
      threads.add(
          Thread.ofPlatform()
              .start(() -> {
                Random random = new Random(writer);
                byte[] sealed = new byte[160];
                int n = 0;
                try (Connection c = ds.getConnection()) {
                  c.setAutoCommit(false);
                  try (PreparedStatement work =
                          c.prepareStatement("INSERT INTO bench_work (note) VALUES (?)");
                      PreparedStatement lock =
                          c.prepareStatement("SELECT pg_advisory_xact_lock(?)");
                      PreparedStatement entry = c.prepareStatement(append)) {
                    while (go.get()) {
                      long t0 = System.nanoTime();
                      work.setString(1, "change " + n);
                      work.executeUpdate();
                      if (globalLock) {
                        lock.setLong(1, OLD_CHAIN_LOCK);
                        lock.executeQuery().close();
                      }
                      random.nextBytes(sealed);
                      entry.setString(1, "caseworker.mar");
                      entry.setString(2, "case.updated");
                      entry.setString(3, "case");
                      entry.setString(4, "bench-" + writer + "-" + n);
                      entry.setString(5, "MAR-OUJ");
                      entry.setString(6, "[{\"field\": \"givenName\"}]");
                      entry.setString(7, "{\"caseNumber\": \"MAR-2026-000123\"}");
                      entry.setBytes(8, sealed);
                      entry.executeUpdate();
                      work.setString(1, "event " + n);
                      work.executeUpdate();
                      c.commit();
                      if (n < mine.length) {
                        mine[n] = (System.nanoTime() - t0) / 1000;
                      }
                      n++;
                      done.increment();
                    }
                  }
                } catch (SQLException e) {
                  failures.add(e);
                }
                mine[mine.length - 1] = n; // how many this writer recorded
              }));
    }
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    go.set(false);
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (!failures.isEmpty()) {
      throw failures.getFirst();
    }
    long[] all =
        latencies.stream()
            .flatMapToLong(l -> Arrays.stream(l, 0, (int) Math.min(l[l.length - 1], l.length - 1)))
            .sorted()
            .toArray();
    return new Result(done.sum() / elapsed, all);
  }

  private static void report(String name, Result r) {
    System.out.printf(
        Locale.ROOT,
        "%-28s %8.0f appends/s   latency p50 %5.1f ms  p99 %6.1f ms%n",
        name,
        r.perSecond(),
        r.percentile(0.50) / 1000.0,
        r.percentile(0.99) / 1000.0);
  }

  /** The application's sealer, as SQL: one batch loop every 200 ms. */
  private static final class Sealer implements Runnable {
    final AtomicBoolean running = new AtomicBoolean(true);
    final DataSource ds;
    volatile long mostPending;

    Sealer(DataSource ds) {
      this.ds = ds;
    }

    @Override
    public void run() {
      while (running.get()) {
        try {
          Thread.sleep(200);
          long pending = count("SELECT count(*) FROM audit_unsealed");
          mostPending = Math.max(mostPending, pending);
          sealAll();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }

    long sealAll() throws SQLException {
      long total = 0;
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        int sealed;
        do {
          try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)");
              PreparedStatement seal = c.prepareStatement("SELECT audit_chain_seal(5000)")) {
            lock.setLong(1, SEALER_LOCK);
            lock.executeQuery().close();
            try (ResultSet rs = seal.executeQuery()) {
              rs.next();
              sealed = rs.getInt(1);
            }
          }
          c.commit();
          total += sealed;
        } while (sealed == 5000);
      }
      return total;
    }

    private long count(String sql) throws SQLException {
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String version(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW server_version")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
