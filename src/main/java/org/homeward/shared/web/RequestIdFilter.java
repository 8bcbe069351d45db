package org.homeward.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that ties together its log lines, its response and what the caller
 * reports: the caller's {@code X-Request-Id} when it is a plain token, otherwise a new one. The id
 * is in the log's MDC as {@code requestId} while the request runs and is echoed in the response.
 * With {@code homeward.log.requests=true} each request (static files aside) also leaves one line on
 * the {@code org.homeward.requests} logger: method, path, status, duration and who was signed in.
 * The query string is left out, since a search carries people's names. First of all filters, so
 * that security's refusals carry the id too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

  public static final String HEADER = "X-Request-Id";

  /** The MDC key, and the property problem responses carry. */
  public static final String MDC_KEY = "requestId";

  /** The request attribute that the security chains set to the signed-in user's name. */
  public static final String SIGNED_IN_USER = RequestIdFilter.class.getName() + ".user";

  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private static final String[] STATIC = {"/css/", "/js/", "/images/", "/webjars/", "/favicon"};

  private static final Logger requests = LoggerFactory.getLogger("org.homeward.requests");

  private final boolean logRequests;

  RequestIdFilter(@Value("${homeward.log.requests:false}") boolean logRequests) {
    this.logRequests = logRequests;
  }

  /** The current request's id, or null outside a request. */
  public static String current() {
    return MDC.get(MDC_KEY);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String given = request.getHeader(HEADER);
    String id = given != null && SANE.matcher(given).matches() ? given : newId();
    response.setHeader(HEADER, id);
    long start = System.nanoTime();
    MDC.put(MDC_KEY, id);
    try {
      chain.doFilter(request, response);
    } finally {
      try {
        if (logRequests && !isStatic(request.getRequestURI())) {
          log(request, response, (System.nanoTime() - start) / 1_000_000);
        }
      } finally {
        MDC.remove(MDC_KEY);
      }
    }
  }

  private static void log(HttpServletRequest request, HttpServletResponse response, long millis) {
    Object user = request.getAttribute(SIGNED_IN_USER);
    // the arguments make the plain line; the key-value pairs become fields of a JSON line
    LoggingEventBuilder line =
        requests
            .atInfo()
            .setMessage("{} {} {} {}ms{}")
            .addArgument(request.getMethod())
            .addArgument(request.getRequestURI())
            .addArgument(response.getStatus())
            .addArgument(millis)
            .addArgument(user == null ? "" : " " + user)
            .addKeyValue("method", request.getMethod())
            .addKeyValue("path", request.getRequestURI())
            .addKeyValue("status", response.getStatus())
            .addKeyValue("durationMs", millis);
    if (user != null) {
      line = line.addKeyValue("user", user);
    }
    line.log();
  }

  static boolean isStatic(String path) {
    for (String prefix : STATIC) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}
