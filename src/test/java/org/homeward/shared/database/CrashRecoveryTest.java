package org.homeward.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.ApiClient;
import org.homeward.ServerProcess;
import org.homeward.registry.Households;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes, really killed: eight clients register households while Homeward runs, then the
 * JVM (alone, or with its PostgreSQL) gets SIGKILL mid-load, or SIGTERM. Homeward must come back by
 * itself on the same home folder with every registration it answered 201 for: the case, all its
 * members, its audit entry and its history, no half-written case, and every reaction (duplicate
 * screening) that the crash interrupted carried out after the restart.
 */
class CrashRecoveryTest {

  private static final String ADMIN_PASSWORD = "crash-Test-Boss-Pa55";
  private static final int CLIENTS = 8;

  @TempDir Path folder;

  @Test
  void keepsEveryAcknowledgedRegistrationWhenTheJvmAndPostgresAreKilled() throws Exception {
    Path home = folder.resolve("home");
    List<Registered> acknowledged;
    try (ServerProcess first = start(home, "first")) {
      Load load = Load.start(first.port(), caseworkerToken(first.port()), CLIENTS);
      load.awaitAcknowledged(60, Duration.ofSeconds(90));
      first.killJvmAndPostgres();
      acknowledged = load.stop();
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60);

    // the database exactly as the crash left it, before the application touches it again
    int pendingAtCrash;
    try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(settings(home));
        Connection db = postgres.superuserConnection("homeward")) {
      assertEveryRegistrationIsWhole(db, acknowledged);
      pendingAtCrash =
          count(db, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
      assertThat(postgresLog(home)).contains("database system was interrupted");
    }

    try (ServerProcess second = start(home, "second")) {
      try (Connection db = EmbeddedPostgresServer.connectToRunning(home)) {
        awaitNoPendingReactions(db);
        assertEveryRegistrationIsWhole(db, acknowledged);
        assertEveryDuplicateWasScreened(db, acknowledged);
      }
      assertReadableThroughTheApi(second.port(), acknowledged);
    }
    System.out.printf(
        "crash (JVM and PostgreSQL killed): %d registrations acknowledged, 0 missing;"
            + " %d screenings pending at the crash, all done after the restart%n",
        acknowledged.size(), pendingAtCrash);
  }

  @Test
  void comesBackByItselfWhenOnlyTheJvmIsKilled() throws Exception {
    Path home = folder.resolve("home");
    List<Registered> acknowledged;
    long orphan;
    try (ServerProcess first = start(home, "first")) {
      Load load = Load.start(first.port(), caseworkerToken(first.port()), CLIENTS);
      load.awaitAcknowledged(40, Duration.ofSeconds(90));
      orphan = first.postgresPid().orElseThrow();
      first.killJvm();
      acknowledged = load.stop();
    }
    // as after the out-of-memory killer: PostgreSQL lives on, orphaned
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

    long restarted = System.nanoTime();
    try (ServerProcess second = start(home, "second")) {
      Duration recovery = Duration.ofNanos(System.nanoTime() - restarted);
      assertThat(second.log())
          .contains("found the PostgreSQL of an earlier run still running")
          .contains("stopping it cleanly and starting afresh");
      assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      try (Connection db = EmbeddedPostgresServer.connectToRunning(home)) {
        awaitNoPendingReactions(db);
        assertEveryRegistrationIsWhole(db, acknowledged);
        assertEveryDuplicateWasScreened(db, acknowledged);
      }
      assertReadableThroughTheApi(second.port(), acknowledged);
      System.out.printf(
          "crash (JVM killed, PostgreSQL orphaned): %d acknowledged, 0 missing; back in %d ms%n",
          acknowledged.size(), recovery.toMillis());

      // a second application on the same home is refused and changes nothing
      String before = postgresLog(home);
      Throwable refused =
          org.assertj.core.api.Assertions.catchThrowable(() -> start(home, "third").close());
      assertThat(refused).hasMessageContaining("is in use by another Homeward");
      assertThat(postgresLog(home)).isEqualTo(before);
      assertThat(ApiClient.anonymous(second.port()).get("/actuator/health").status())
          .isEqualTo(200);
    }
  }

  @Test
  void finishesRequestsInFlightAndStopsTheDatabaseCleanlyOnSigterm() throws Exception {
    Path home = folder.resolve("home");
    List<Registered> acknowledged;
    List<Integer> statuses;
    try (ServerProcess first = start(home, "first")) {
      Load load = Load.start(first.port(), caseworkerToken(first.port()), CLIENTS);
      load.awaitAcknowledged(30, Duration.ofSeconds(90));
      int exit = first.terminate(Duration.ofSeconds(90));
      acknowledged = load.stop();
      statuses = load.statuses();
      assertThat(exit).isIn(0, 143);
      String log = first.log();
      // the pool closes before the database stops, and the database stops cleanly
      assertThat(log.indexOf("homeward - Shutdown completed"))
          .isPositive()
          .isLessThan(log.indexOf("embedded PostgreSQL stopped"));
    }
    assertThat(statuses).allMatch(status -> status == 201);
    assertThat(postgresLog(home)).contains("database system is shut down");
    assertThat(home.resolve("postgres/postmaster.pid")).doesNotExist();

    try (ServerProcess second = start(home, "second")) {
      assertThat(second.log()).doesNotContain("did not stop cleanly").doesNotContain("orphaned");
      try (Connection db = EmbeddedPostgresServer.connectToRunning(home)) {
        awaitNoPendingReactions(db);
        assertEveryRegistrationIsWhole(db, acknowledged);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static ServerProcess start(Path home, String name) {
    return ServerProcess.start(
        home,
        name,
        "--homeward.demo=false",
        "--homeward.admin.initial-password=" + ADMIN_PASSWORD,
        "--homeward.password.argon2-memory-kib=1024",
        "--homeward.password.argon2-iterations=1");
  }

  private static EmbeddedPostgresServer.Settings settings(Path home) {
    return new EmbeddedPostgresServer.Settings(
        home, Path.of("target/postgres-binaries"), 0, Duration.ofMinutes(1), Map.of());
  }

  /** A caseworker of the Morocco mission, signing in with a personal API token. */
  private static String caseworkerToken(int port) {
    ApiClient admin = ApiClient.as(port, "admin", ADMIN_PASSWORD);
    ApiClient.Response created =
        admin.post(
            "/api/v1/users",
            Map.of(
                "username", "crash.caseworker",
                "displayName", "Crash Caseworker",
                "missionCode", "MAR",
                "roles", Set.of("CASEWORKER"),
                "language", "en",
                "password", "load-Clerk-Pa55-x"));
    assertThat(created.status()).isEqualTo(201);
    ApiClient.Response token =
        ApiClient.as(port, "crash.caseworker", "load-Clerk-Pa55-x")
            .post(
                "/api/v1/me/tokens",
                Map.of(
                    "name",
                    "load",
                    "permissions",
                    Set.of("CASE_REGISTER", "CASE_READ"),
                    "expiresInDays",
                    1));
    assertThat(token.status()).isEqualTo(201);
    return token.json().get("token").asString();
  }

  /** A registration answered 201, and whether it re-registers an earlier household's principal. */
  record Registered(String id, int members, String duplicateOf) {}

  /** Clients registering households in a loop until their server goes away. */
  static final class Load {
    private final ConcurrentLinkedQueue<Registered> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    static Load start(int port, String token, int clients) {
      Load load = new Load();
      CountDownLatch ready = new CountDownLatch(clients);
      for (int c = 0; c < clients; c++) {
        ApiClient api = ApiClient.bearer(port, token);
        Thread thread =
            Thread.ofPlatform()
                .name("load-" + c)
                .start(() -> {
                  ready.countDown();
                  load.register(api);
                });
        load.threads.add(thread);
      }
      try {
        ready.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return load;
    }

    private void register(ApiClient api) {
      AtomicInteger n = new AtomicInteger();
      Map<String, Object> previous = null;
      String previousId = null;
      while (running.get()) {
        boolean again = previous != null && n.incrementAndGet() % 5 == 0;
        Map<String, Object> body =
            again
                ? reRegistration(previous)
                : Households.familyOfThree(Households.uniqueFamilyName());
        ApiClient.Response response;
        try {
          response = api.post("/api/v1/cases", body);
        } catch (RuntimeException gone) {
          return; // the server went away: this request was never acknowledged
        }
        statuses.add(response.status());
        if (response.status() == 201) {
          String id = response.json().get("id").asString();
          int members = ((List<?>) body.get("members")).size();
          acknowledged.add(new Registered(id, members, again ? previousId : null));
          if (!again) {
            previous = body;
            previousId = id;
          }
        }
      }
    }

    /** The same principal registered again on her own, as happens when a card is lost. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> reRegistration(Map<String, Object> earlier) {
      Map<String, Object> body = new java.util.LinkedHashMap<>(earlier);
      body.put("members", List.of(((List<Map<String, Object>>) earlier.get("members")).get(0)));
      return body;
    }

    void awaitAcknowledged(int count, Duration within) throws InterruptedException {
      long deadline = System.nanoTime() + within.toNanos();
      while (acknowledged.size() < count && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(acknowledged.size())
          .as("registrations acknowledged")
          .isGreaterThanOrEqualTo(count);
    }

    List<Registered> stop() throws InterruptedException {
      running.set(false);
      for (Thread thread : threads) {
        thread.join(Duration.ofSeconds(60));
      }
      return List.copyOf(acknowledged);
    }

    List<Integer> statuses() {
      return List.copyOf(statuses);
    }
  }

  private static void assertEveryRegistrationIsWhole(Connection db, List<Registered> acknowledged)
      throws SQLException {
    List<String> missing = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement(
            """
            SELECT (SELECT count(*) FROM registry_person p WHERE p.case_id = c.id),
                   (SELECT count(*) FROM audit_entry a
                     WHERE a.subject_type = 'case' AND a.subject_id = c.id::text
                       AND a.action = 'case.registered')
              FROM registry_case c WHERE c.id = ?::uuid
            """)) {
      for (Registered r : acknowledged) {
        query.setString(1, r.id());
        try (ResultSet rs = query.executeQuery()) {
          if (!rs.next()) {
            missing.add(r.id() + " (no case)");
          } else if (rs.getInt(1) != r.members()) {
            missing.add(r.id() + " (" + rs.getInt(1) + " of " + r.members() + " members)");
          } else if (rs.getInt(2) != 1) {
            missing.add(r.id() + " (" + rs.getInt(2) + " audit entries)");
          }
        }
      }
    }
    assertThat(missing).as("acknowledged registrations lost or incomplete").isEmpty();
    assertThat(
            count(
                db,
                "SELECT count(*) FROM registry_case c"
                    + " WHERE NOT EXISTS (SELECT 1 FROM registry_person p WHERE p.case_id = c.id)"))
        .as("cases without members")
        .isZero();
  }

  /** Each re-registered principal was compared with the registry and queued as a duplicate. */
  private static void assertEveryDuplicateWasScreened(Connection db, List<Registered> acknowledged)
      throws SQLException {
    List<Registered> again = acknowledged.stream().filter(r -> r.duplicateOf() != null).toList();
    assertThat(again).isNotEmpty();
    List<String> unscreened = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement(
            """
            SELECT count(*) FROM matching_candidate
             WHERE (case_a = ?::uuid AND case_b = ?::uuid) OR (case_b = ?::uuid AND case_a = ?::uuid)
            """)) {
      for (Registered r : again) {
        query.setString(1, r.id());
        query.setString(2, r.duplicateOf());
        query.setString(3, r.id());
        query.setString(4, r.duplicateOf());
        try (ResultSet rs = query.executeQuery()) {
          rs.next();
          if (rs.getInt(1) == 0) {
            unscreened.add(r.id());
          }
        }
      }
    }
    assertThat(unscreened).as("re-registrations never screened").isEmpty();
  }

  private static void awaitNoPendingReactions(Connection db) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    int pending;
    do {
      pending = count(db, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
      if (pending == 0) {
        return;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    assertThat(pending).as("event publications never completed after the restart").isZero();
  }

  private static void assertReadableThroughTheApi(int port, List<Registered> acknowledged) {
    ApiClient admin = ApiClient.as(port, "crash.caseworker", "load-Clerk-Pa55-x");
    for (Registered r : acknowledged.subList(0, Math.min(20, acknowledged.size()))) {
      ApiClient.Response read = admin.get("/api/v1/cases/" + r.id());
      assertThat(read.status()).isEqualTo(200);
      assertThat(read.json().get("members").size()).isEqualTo(r.members());
      assertThat(admin.get("/api/v1/cases/" + r.id() + "/history").json())
          .extracting(e -> e.get("action").asString())
          .contains("case.registered");
    }
  }

  private static int count(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String postgresLog(Path home) throws Exception {
    return Files.readString(EmbeddedPostgresServer.logFile(home));
  }
}
