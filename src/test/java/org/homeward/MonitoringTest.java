package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.ApiClient.Response;
import org.homeward.registry.Households;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the person on call uses, through the real stack: the probes, the metrics (signed in only),
 * the request id and the one log line per request.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "homeward.log.requests=true")
@ExtendWith(OutputCaptureExtension.class)
class MonitoringTest {

  private static final String[] PLAIN_TEXT = {"Accept", "text/plain"};

  @LocalServerPort int port;

  private Response metrics(ApiClient client) {
    return client.get("/actuator/prometheus", PLAIN_TEXT);
  }

  @Test
  void probesAnswerUpWithoutSignInAndWithoutDetails() {
    ApiClient anonymous = ApiClient.anonymous(port);
    for (String probe :
        List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
      Response response = anonymous.get(probe);
      assertThat(response.status()).as(probe).isEqualTo(200);
      assertThat(response.json().get("status").asString()).as(probe).isEqualTo("UP");
      assertThat(response.json().has("components")).as(probe).isFalse();
    }
  }

  @Test
  void metricsAreForThoseWithMetricsReadOnly() {
    Response anonymous = metrics(ApiClient.anonymous(port));
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
    assertThat(anonymous.json().get("code").asString()).isEqualTo("unauthorized");

    Response caseworker = metrics(ApiClient.as(port, "caseworker.mar"));
    assertThat(caseworker.status()).isEqualTo(403);
    assertThat(caseworker.header("Content-Type")).startsWith("application/problem+json");
    assertThat(caseworker.json().get("code").asString()).isEqualTo("forbidden");

    // the other actuator endpoints are behind the same rule
    assertThat(ApiClient.anonymous(port).get("/actuator/info").status()).isEqualTo(401);

    Response admin = metrics(ApiClient.as(port, "admin"));
    assertThat(admin.status()).as(admin.text()).isEqualTo(200);
    assertThat(admin.text())
        .contains("homeward_registrations_total")
        .contains("homeward_transitions_total{")
        .contains("homeward_screening_queue")
        .contains("homeward_audit_entries_total")
        .contains("hikaricp_connections")
        .contains("http_server_requests")
        .contains("jvm_memory");
  }

  @Test
  void aScraperSignsInWithAPersonalTokenThatCarriesMetricsRead() {
    Response created =
        ApiClient.as(port, "admin")
            .post(
                "/api/v1/me/tokens",
                Map.of(
                    "name",
                    "prometheus",
                    "permissions",
                    List.of("METRICS_READ"),
                    "expiresInDays",
                    90));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String token = created.json().get("token").asString();
    Response scraped =
        ApiClient.anonymous(port)
            .get(
                "/actuator/prometheus", "Accept", "text/plain", "Authorization", "Bearer " + token);
    assertThat(scraped.status()).as(scraped.text()).isEqualTo(200);
    assertThat(scraped.text()).contains("homeward_registrations_total");

    // a token of the same administrator without METRICS_READ does not read them
    Response other =
        ApiClient.as(port, "admin")
            .post(
                "/api/v1/me/tokens",
                Map.of("name", "users", "permissions", List.of("USER_MANAGE"), "expiresInDays", 9));
    Response refused =
        ApiClient.anonymous(port)
            .get(
                "/actuator/prometheus",
                "Accept",
                "text/plain",
                "Authorization",
                "Bearer " + other.json().get("token").asString());
    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void aRegistrationAndAStepThroughTheApiAreCounted() {
    ApiClient admin = ApiClient.as(port, "admin");
    String before = metrics(admin).text();
    ApiClient caseworker = ApiClient.as(port, "caseworker.mar");
    Response registered = caseworker.post("/api/v1/cases", Households.familyOfThree("Metrique"));
    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    String id = registered.json().get("id").asString();
    // a retry of the same request is the same household, not a second registration
    String key = "metrics-" + System.nanoTime();
    caseworker.post("/api/v1/cases", Households.familyOfThree("Retry"), "Idempotency-Key", key);
    caseworker.post("/api/v1/cases", Households.familyOfThree("Retry"), "Idempotency-Key", key);
    Response moved =
        caseworker.post("/api/v1/cases/" + id + "/transitions", Map.of("to", "COUNSELLED"));
    assertThat(moved.status()).as(moved.text()).isEqualTo(200);

    String after = metrics(admin).text();
    assertThat(value(after, "homeward_registrations_total"))
        .isEqualTo(value(before, "homeward_registrations_total") + 2);
    assertThat(value(after, "homeward_transitions_total", "to=\"COUNSELLED\""))
        .isEqualTo(value(before, "homeward_transitions_total", "to=\"COUNSELLED\"") + 1);
    assertThat(value(after, "homeward_transitions_total", "to=\"CLOSED\""))
        .isEqualTo(value(before, "homeward_transitions_total", "to=\"CLOSED\""));
    assertThat(value(after, "homeward_audit_entries_total"))
        .isGreaterThan(value(before, "homeward_audit_entries_total"));
    assertThat(value(after, "homeward_screening_queue")).isNotNaN().isGreaterThanOrEqualTo(0);
  }

  @Test
  void theLastVerificationOfTheAuditChainIsAGauge() {
    ApiClient admin = ApiClient.as(port, "admin");
    Response verified = admin.get("/api/v1/audit/verification");
    assertThat(verified.status()).as(verified.text()).isEqualTo(200);
    assertThat(verified.json().get("intact").asBoolean()).isTrue();
    assertThat(value(metrics(admin).text(), "homeward_audit_chain_intact")).isEqualTo(1.0);
  }

  @Test
  void echoesASaneRequestIdAndGivesOneOtherwise() {
    ApiClient caseworker = ApiClient.as(port, "caseworker.mar");
    assertThat(caseworker.get("/api/v1/me", "X-Request-Id", "scrape-42.a_b").header("X-Request-Id"))
        .isEqualTo("scrape-42.a_b");

    String generated = caseworker.get("/api/v1/me").header("X-Request-Id");
    assertThat(generated).matches("[A-Za-z0-9._-]{8,64}");
    assertThat(caseworker.get("/api/v1/me").header("X-Request-Id")).isNotEqualTo(generated);

    // not a plain token (or too long): replaced, never echoed into the log or the response
    String odd = caseworker.get("/api/v1/me", "X-Request-Id", "a b\"<c>").header("X-Request-Id");
    assertThat(odd).isNotEqualTo("a b\"<c>").matches("[A-Za-z0-9._-]{8,64}");
    assertThat(caseworker.get("/api/v1/me", "X-Request-Id", "x".repeat(65)).header("X-Request-Id"))
        .hasSizeLessThanOrEqualTo(64)
        .isNotEqualTo("x".repeat(65));

    // refusals by the security chain and problem responses carry it too
    Response refused = ApiClient.anonymous(port).get("/api/v1/me", "X-Request-Id", "refused-1");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("X-Request-Id")).isEqualTo("refused-1");
    assertThat(refused.json().get("requestId").asString()).isEqualTo("refused-1");
    Response missing =
        caseworker.get(
            "/api/v1/cases/00000000-0000-0000-0000-000000000000", "X-Request-Id", "missing-1");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("requestId").asString()).isEqualTo("missing-1");
  }

  @Test
  void logsOneLinePerRequestWithItsIdAndNoQueryString(CapturedOutput output)
      throws InterruptedException {
    String id = "line-" + System.nanoTime();
    Response response =
        ApiClient.as(port, "caseworker.mar")
            .get("/api/v1/cases?q=Mbarga&size=1", "X-Request-Id", id);
    assertThat(response.status()).isEqualTo(200);

    List<String> lines = linesWith(output, id);
    assertThat(lines).hasSize(1);
    assertThat(lines.getFirst())
        .contains("org.homeward.requests")
        .contains("GET /api/v1/cases 200")
        .contains("caseworker.mar")
        .containsPattern("\\d+ms")
        .doesNotContain("Mbarga")
        .doesNotContain("size=1");
  }

  /** The request's log line is written once the response has gone: waits for it a little. */
  private static List<String> linesWith(CapturedOutput output, String id)
      throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      List<String> lines =
          output.getOut().lines().filter(l -> l.contains(id) && l.contains("requests")).toList();
      if (!lines.isEmpty()) {
        Thread.sleep(100); // and a second line would have had time to appear
        return output
            .getOut()
            .lines()
            .filter(l -> l.contains(id) && l.contains("requests"))
            .toList();
      }
      Thread.sleep(100);
    }
    return List.of();
  }

  private static double value(String exposition, String name) {
    return value(exposition, name, "");
  }

  /** The value of the series {@code name} whose labels contain {@code label} (e.g. to="X"). */
  private static double value(String exposition, String name, String label) {
    Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? (\\S+)$").matcher(exposition);
    while (m.find()) {
      String labels = m.group(1) == null ? "" : m.group(1);
      if (labels.contains(label)) {
        return Double.parseDouble(m.group(2));
      }
    }
    throw new AssertionError(name + " " + label + " is not in the metrics");
  }
}
