package org.homeward.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.registry.Households;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Fifty caseworkers edit the same few cases at once, each reading the case and writing with the
 * version it read: every write either lands on top of all the others or is refused as stale, and
 * the server never fails or hangs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentEditorsTest {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ConcurrentEditorsTest.class);

  static final int CLIENTS = 50;
  static final int CASES = 3;

  /** Writes each client lands before it stops; the deadline below bounds the whole test. */
  static final int WRITES_PER_CLIENT = 4;

  static final Duration DEADLINE = Duration.ofSeconds(90);

  static final Set<Integer> EXPECTED = Set.of(200, 201, 204, 304, 409, 412);

  static final Set<String> WRITES =
      Set.of("case.updated", "case.transitioned", "case.consent-recorded");

  @LocalServerPort int port;

  /** What one case went through: the writes that succeeded and the values they set. */
  record Ledger(
      AtomicInteger writes,
      ConcurrentLinkedQueue<Long> versions,
      ConcurrentLinkedQueue<String> destinations) {
    Ledger() {
      this(new AtomicInteger(), new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
    }

    void landed(Response r) {
      writes.incrementAndGet();
      versions.add(r.json().get("version").asLong());
    }
  }

  @Test
  void fiftyEditorsLoseNoUpdateAndNeverSeeAServerError() throws Exception {
    ApiClient setup = ApiClient.as(port, "caseworker.mar");
    List<String> ids = new ArrayList<>();
    Map<String, Ledger> ledgers = new ConcurrentHashMap<>();
    for (int i = 0; i < CASES; i++) {
      Response created =
          setup.post("/api/v1/cases", Households.familyOfThree(Households.uniqueFamilyName()));
      assertThat(created.status()).isEqualTo(201);
      String id = created.json().get("id").asString();
      ids.add(id);
      ledgers.put(id, new Ledger());
    }

    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      String id = ids.get(client % CASES);
      Ledger ledger = ledgers.get(id);
      clients.add(
          pool.submit(() -> {
            ApiClient api = ApiClient.as(port, "caseworker.mar");
            start.await();
            int landed = 0;
            int attempt = 0;
            while (landed < WRITES_PER_CLIENT && System.nanoTime() < deadline) {
              attempt++;
              Response read = record(statuses, unexpected, api.get("/api/v1/cases/" + id));
              if (read.status() != 200) {
                continue;
              }
              String etag = read.header("ETag");
              // most clients edit the case; every fifth attempt is a step of the lifecycle or a
              // consent correction, so that all three kinds of write race on the same rows
              Response write =
                  switch ((client + attempt) % 5) {
                    case 0 -> transition(api, id, read.json(), etag);
                    case 1 -> consent(api, id, client, etag);
                    default -> {
                      String destination = "Douala-" + client + "-" + landed;
                      Response patched =
                          api.patch(
                              "/api/v1/cases/" + id,
                              Map.of("finalDestination", destination),
                              "If-Match",
                              etag);
                      if (patched.status() == 200) {
                        ledger.destinations().add(destination);
                      }
                      yield patched;
                    }
                  };
              record(statuses, unexpected, write);
              if (write.status() == 200) {
                ledger.landed(write);
                landed++;
              } else if (write.status() == 412) {
                assertThat(write.json().get("code").asString()).isEqualTo("stale-version");
              }
            }
            return null;
          }));
    }
    start.countDown();
    pool.shutdown();
    boolean finished =
        pool.awaitTermination(DEADLINE.plusSeconds(30).toSeconds(), TimeUnit.SECONDS);
    pool.shutdownNow();
    assertThat(finished).as("every client finished in time (no request hung)").isTrue();
    for (Future<?> client : clients) {
      client.get(1, TimeUnit.SECONDS);
    }

    log.info("responses to {} concurrent editors: {}", CLIENTS, summary(statuses));
    assertThat(unexpected).as("responses other than 2xx, 304, 409 or 412").isEmpty();
    assertThat(statuses).containsKey(412);
    for (String id : ids) {
      Ledger ledger = ledgers.get(id);
      int writes = ledger.writes().get();
      assertThat(writes).isGreaterThan(CLIENTS / CASES);
      // each successful write produced its own version, one after the other from 1
      assertThat(ledger.versions())
          .containsExactlyInAnyOrderElementsOf(
              java.util.stream.LongStream.rangeClosed(2, 1 + writes).boxed().toList());
      Response current = setup.get("/api/v1/cases/" + id);
      assertThat(current.json().get("version").asLong()).isEqualTo(1 + writes);
      assertThat(current.header("ETag")).isEqualTo("\"" + (1 + writes) + "\"");

      List<JsonNode> history = new ArrayList<>();
      setup.get("/api/v1/cases/" + id + "/history").json().forEach(history::add);
      List<JsonNode> written =
          history.stream().filter(e -> WRITES.contains(e.get("action").asString())).toList();
      assertThat(written).hasSize(writes);
      // every destination a client was told it saved is in the history, once
      List<String> saved =
          written.stream()
              .filter(e -> e.get("action").asString().equals("case.updated"))
              .flatMap(e -> stream(e.get("changes")))
              .filter(ch -> ch.get("field").asString().equals("finalDestination"))
              .map(ch -> ch.get("after").asString())
              .toList();
      assertThat(saved).containsExactlyInAnyOrderElementsOf(ledger.destinations());

      // a write from a copy that is no longer current is refused, and says which version is
      Response stale =
          setup.patch(
              "/api/v1/cases/" + id, Map.of("finalDestination", "Yaoundé"), "If-Match", "\"1\"");
      assertThat(stale.status()).isEqualTo(412);
      assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
      assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1 + writes);
      assertThat(setup.get("/api/v1/cases/" + id).json().get("finalDestination").asString())
          .isNotEqualTo("Yaoundé");
    }
  }

  /** Toggles the case between counselled and deferred, from the status the client read. */
  private static Response transition(ApiClient api, String id, JsonNode read, String etag) {
    String to =
        switch (read.get("status").asString()) {
          case "COUNSELLED" -> "DEFERRED";
          default -> "COUNSELLED";
        };
    return api.post(
        "/api/v1/cases/" + id + "/transitions",
        Map.of("to", to, "reason", "the family asked for time to think"),
        "If-Match",
        etag);
  }

  private static Response consent(ApiClient api, String id, int client, String etag) {
    return api.put(
        "/api/v1/cases/" + id + "/consent",
        Map.of(
            "declaredOn",
            LocalDate.now().toString(),
            "counsellor",
            "Counsellor " + client,
            "language",
            "fr",
            "signed",
            true),
        "If-Match",
        etag);
  }

  private static Response record(
      Map<Integer, AtomicInteger> statuses, ConcurrentLinkedQueue<String> unexpected, Response r) {
    statuses.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
    if (!EXPECTED.contains(r.status())) {
      unexpected.add(r.status() + " " + r.text());
    }
    return r;
  }

  private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes.stream();
  }

  static String summary(Map<Integer, AtomicInteger> statuses) {
    return statuses.entrySet().stream()
        .map(e -> e.getKey() + "×" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
