package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.homeward.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * The console log's format as {@code HOMEWARD_LOG_FORMAT} sets it, with Homeward's own logging
 * settings. Only the logging is started (no database, no web server): the format is the logging
 * system's, read from the same properties the application reads.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogFormatTest {

  @Configuration(proxyBeanMethods = false)
  static class LoggingOnly {}

  /**
   * Starts with {@code args} as on a command line, above application.properties like HOMEWARD_*.
   */
  private static void startWith(String... args) {
    try (ConfigurableApplicationContext ignored =
        new SpringApplicationBuilder(LoggingOnly.class).web(WebApplicationType.NONE).run(args)) {
      // the logging system is configured while the application starts
    }
  }

  private static void logInARequest(String id, String message) {
    MDC.put(RequestIdFilter.MDC_KEY, id);
    try {
      LoggerFactory.getLogger("org.homeward.requests").info(message);
    } finally {
      MDC.remove(RequestIdFilter.MDC_KEY);
    }
  }

  @AfterAll
  static void backToPlainText() {
    startWith();
  }

  @Test
  void jsonWritesTheRequestLineAsOneJsonObjectWithItsFields(CapturedOutput output)
      throws Exception {
    startWith("--homeward.log.format=json");
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/cases");
    request.setQueryString("q=Mbarga");
    request.addHeader(RequestIdFilter.HEADER, "json-1");
    request.setAttribute(RequestIdFilter.SIGNED_IN_USER, "caseworker.mar");
    new RequestIdFilter(true)
        .doFilter(
            request,
            new MockHttpServletResponse(),
            (req, res) -> ((MockHttpServletResponse) res).setStatus(404));

    List<String> lines = output.getOut().lines().filter(l -> l.contains("json-1")).toList();
    assertThat(lines).hasSize(1);
    JsonNode line = ApiClient.json().readTree(lines.getFirst());
    assertThat(line.get("message").asString())
        .matches("GET /api/v1/cases 404 \\d+ms caseworker.mar");
    assertThat(line.get("requestId").asString()).isEqualTo("json-1");
    assertThat(line.get("log").get("logger").asString()).isEqualTo("org.homeward.requests");
    assertThat(line.get("method").asString()).isEqualTo("GET");
    assertThat(line.get("path").asString()).isEqualTo("/api/v1/cases");
    assertThat(line.get("status").asInt()).isEqualTo(404);
    assertThat(line.get("user").asString()).isEqualTo("caseworker.mar");
    assertThat(lines.getFirst()).doesNotContain("Mbarga");
  }

  @Test
  void plainTextIsTheDefaultAndShowsTheRequestId(CapturedOutput output) {
    startWith();
    logInARequest("plain-1", "GET /cases 200 4ms");

    List<String> lines =
        output.getOut().lines().filter(l -> l.contains("GET /cases 200 4ms")).toList();
    assertThat(lines).hasSize(1);
    assertThat(lines.getFirst())
        .doesNotStartWith("{")
        .contains(" INFO ")
        .contains("[plain-1]")
        .contains("org.homeward.requests");
  }

  @Test
  void anUnknownFormatLeavesPlainText(CapturedOutput output) {
    startWith("--homeward.log.format=xml");
    logInARequest("odd-1", "GET /missions 200 5ms");

    List<String> lines =
        output.getOut().lines().filter(l -> l.contains("GET /missions 200 5ms")).toList();
    assertThat(lines).hasSize(1);
    assertThat(lines.getFirst()).doesNotStartWith("{").contains("[odd-1]");
  }
}
