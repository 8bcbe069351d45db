package org.homeward.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets as many requests run at once as there are database connections (homeward.db.pool-size), the
 * others waiting their turn in the order they came. Each request runs on a virtual thread of its
 * own, so that without this, when more requests arrive than connections, they would all start and
 * wait for a connection instead, and the pool hands a connection that comes back to whoever asks at
 * that moment: a request that has waited longest is not served first, and under load a few waited
 * seconds while most took milliseconds. Health probes are never held back.
 *
 * <p>A request that waits longer than {@code homeward.web.admission-timeout} (10 s, as long as the
 * pool lets a request wait for a connection) is answered 503 {@code try-again}: nothing was done.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestAdmission extends OncePerRequestFilter {

  private final Semaphore running;
  private final Duration timeout;

  RequestAdmission(
      @Value("${homeward.web.concurrent-requests:${homeward.db.pool-size:10}}") int concurrent,
      @Value("${homeward.web.admission-timeout:10s}") Duration timeout) {
    this.running = new Semaphore(concurrent, true);
    this.timeout = timeout;
  }

  /** Health probes, and static files, which need no connection. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.startsWith("/actuator/health") || RequestIdFilter.isStatic(path);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean admitted;
    try {
      admitted = running.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      refuse(response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      running.release();
    }
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    ProblemCode problem = ProblemCode.TRY_AGAIN;
    response.setStatus(problem.status());
    response.setHeader("Retry-After", "5");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // the request id is a plain token (RequestIdFilter checks it), safe inside a JSON string
    String requestId = RequestIdFilter.current();
    response
        .getWriter()
        .write(
            ("{\"type\":\"/problems/%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"the server"
                    + " is too busy to start the request; nothing was done, send it again\","
                    + "\"code\":\"%s\"%s}")
                .formatted(
                    problem.code(),
                    problem.title(),
                    problem.status(),
                    problem.code(),
                    requestId == null ? "" : ",\"requestId\":\"" + requestId + "\""));
  }
}
