package org.homeward.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.HomewardApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The application stops in the middle of a search of the whole registry: the run finishes its step,
 * records how far it got and is left stopped while the database is still open, and the next start
 * resumes it to the end. A run a crash left RUNNING is recognised on start and resumes too.
 */
class RunShutdownTest {

  static final int STEP = 20;

  @TempDir Path home;

  @Test
  void aRunStoppedWithTheApplicationIsLeftAtAStepAndResumesAfterTheRestart() {
    long id;
    Instant closed;
    try (ConfigurableApplicationContext first = start()) {
      ApiClient api = ApiClient.as(port(first), "dataprotection.mar");
      Response started = api.post("/api/v1/matching/runs", null);
      assertThat(started.status()).isEqualTo(202);
      id = started.json().get("id").asLong();
      JsonNode under =
          waitFor(
              api,
              id,
              run -> run.get("done").asInt() >= 2 * STEP,
              Duration.ofSeconds(60),
              "the run to get through two steps");
      assertThat(under.get("status").asString()).isEqualTo("RUNNING");
      assertThat(under.get("done").asInt()).isLessThan(under.get("total").asInt());
      long closing = System.nanoTime();
      first.close();
      closed = Instant.now();
      // the pause between steps is cut short: the stop does not wait for the run to end
      assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(20));
    }

    try (ConfigurableApplicationContext second = start()) {
      ApiClient api = ApiClient.as(port(second), "dataprotection.mar");
      JsonNode stopped = api.get("/api/v1/matching/runs/" + id).json();
      assertThat(stopped.get("status").asString()).isEqualTo("STOPPED");
      // stopped by the first application as it closed, not found RUNNING by the second
      assertThat(Instant.parse(stopped.get("updatedAt").asString())).isBefore(closed);
      int done = stopped.get("done").asInt();
      int total = stopped.get("total").asInt();
      assertThat(done).isGreaterThan(0).isLessThan(total);
      assertThat(done % STEP).as("progress is recorded at the end of a step").isZero();

      Response resumed = api.post("/api/v1/matching/runs", null);
      assertThat(resumed.status()).isEqualTo(202);
      assertThat(resumed.json().get("id").asLong()).isEqualTo(id);
      JsonNode completed =
          waitFor(
              api,
              id,
              run -> run.get("status").asString().equals("COMPLETED"),
              Duration.ofSeconds(90),
              "the resumed run to complete");
      assertThat(completed.get("done").asInt()).isEqualTo(total);

      // a killed JVM leaves its run RUNNING with nothing behind it; the next start stops it
      second
          .getBean(JdbcClient.class)
          .sql(
              "UPDATE matching_run SET status = 'RUNNING', done = ?, finished_at = NULL WHERE id = ?")
          .params(total - STEP, id)
          .update();
      second.getBean(RunWorker.class).start();
      assertThat(api.get("/api/v1/matching/runs/" + id).json().get("status").asString())
          .isEqualTo("STOPPED");
      assertThat(api.post("/api/v1/matching/runs", null).json().get("id").asLong()).isEqualTo(id);
      waitFor(
          api,
          id,
          run -> run.get("status").asString().equals("COMPLETED"),
          Duration.ofSeconds(60),
          "the run a crash interrupted to complete");
    }
  }

  private static JsonNode waitFor(
      ApiClient api, long id, Predicate<JsonNode> until, Duration limit, String what) {
    long deadline = System.nanoTime() + limit.toNanos();
    JsonNode run = api.get("/api/v1/matching/runs/" + id).json();
    while (!until.test(run)) {
      assertThat(run.get("status").asString()).isIn("RUNNING", "COMPLETED");
      assertThat(System.nanoTime()).as("waiting for " + what + ": " + run).isLessThan(deadline);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      run = api.get("/api/v1/matching/runs/" + id).json();
    }
    return run;
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(HomewardApplication.class)
        .run(
            "--server.port=0",
            "--homeward.home=" + home,
            "--homeward.demo=true",
            "--homeward.matching.run-step=" + STEP,
            "--homeward.matching.run-pause=200ms");
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
