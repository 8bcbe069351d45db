package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Requests beyond the admitted number wait their turn, and give up with a clear 503. */
class RequestAdmissionTest {

  @Test
  void aRequestThatCannotStartInTimeIsAnsweredTryAgainAndNeverRuns() throws Exception {
    RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(200));
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (var pool = Executors.newSingleThreadExecutor()) {
      Future<Integer> first =
          pool.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            admission.doFilter(
                get("/api/v1/cases"),
                response,
                (req, res) -> {
                  running.countDown();
                  await(release);
                });
            return response.getStatus();
          });
      assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

      boolean[] ran = {false};
      MockHttpServletResponse refused = new MockHttpServletResponse();
      admission.doFilter(get("/api/v1/cases"), refused, (req, res) -> ran[0] = true);

      assertThat(ran[0]).isFalse();
      assertThat(refused.getStatus()).isEqualTo(503);
      assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
      assertThat(refused.getContentType()).startsWith("application/problem+json");
      assertThat(refused.getContentAsString()).contains("\"code\":\"try-again\"");

      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(200);
    }
    // the permit came back: the next request runs
    MockFilterChain chain = new MockFilterChain();
    admission.doFilter(get("/api/v1/cases"), new MockHttpServletResponse(), chain);
    assertThat(chain.getRequest()).isNotNull();
  }

  @Test
  void healthProbesAndStaticFilesAreNeverHeldBack() throws Exception {
    RequestAdmission admission = new RequestAdmission(0, Duration.ofMillis(50));
    for (String path : new String[] {"/actuator/health", "/css/homeward.css"}) {
      MockFilterChain chain = new MockFilterChain();
      admission.doFilter(get(path), new MockHttpServletResponse(), chain);
      assertThat(chain.getRequest()).as(path).isNotNull();
    }
  }

  private static MockHttpServletRequest get(String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setRequestURI(path);
    return request;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
