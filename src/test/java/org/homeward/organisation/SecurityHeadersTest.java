package org.homeward.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages say what they may load and where a link may tell it came from, and the session cookie is
 * Secure when the request came over HTTPS, also through a TLS proxy on the same machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

  @LocalServerPort int port;

  @Test
  void pagesCarryAStrictContentSecurityPolicyAndAReferrerPolicy() throws Exception {
    for (String path : List.of("/login", "/missions")) {
      HttpResponse<String> page = client().send(get(path).build(), ofString());

      assertThat(page.statusCode()).isEqualTo(200);
      String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(policy)
          .contains("default-src 'self'", "script-src 'self'", "style-src 'self'")
          .contains("object-src 'none'", "frame-ancestors 'none'", "form-action 'self'")
          .doesNotContain("unsafe-inline", "unsafe-eval");
      assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
      assertThat(page.body()).doesNotContain("<script>", "onclick=", "hx-on", "style=\"");
    }
  }

  @Test
  void marksTheSessionCookieSecureWhenTheProxySaysHttps() throws Exception {
    HttpClient browser = client();
    HttpResponse<String> login =
        browser.send(get("/login").header("X-Forwarded-Proto", "https").build(), ofString());
    assertThat(sessionCookies(login)).isNotEmpty().allMatch(c -> c.contains("; Secure"));

    HttpResponse<String> signedIn =
        browser.send(
            post(
                    "/login",
                    "_csrf="
                        + csrf(login.body())
                        + "&username=caseworker.mar&password="
                        + ApiClient.DEMO_PASSWORD)
                .header("X-Forwarded-Proto", "https")
                .header("Cookie", session(login))
                .build(),
            ofString());

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow())
        .startsWith("https://")
        .doesNotContain("error");
    assertThat(sessionCookies(signedIn)).isNotEmpty().allMatch(c -> c.contains("; Secure"));
  }

  @Test
  void leavesTheCookieUnmarkedOverPlainHttp() throws Exception {
    HttpClient browser = client();
    HttpResponse<String> login = browser.send(get("/login").build(), ofString());
    HttpResponse<String> signedIn =
        browser.send(
            post(
                    "/login",
                    "_csrf="
                        + csrf(login.body())
                        + "&username=caseworker.mar&password="
                        + ApiClient.DEMO_PASSWORD)
                .header("Cookie", session(login))
                .build(),
            ofString());

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(sessionCookies(signedIn)).isNotEmpty().noneMatch(c -> c.contains("Secure"));
  }

  private static List<String> sessionCookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .toList();
  }

  /** The session cookie to send back by hand: a client keeps a Secure one for HTTPS only. */
  private static String session(HttpResponse<?> response) {
    return sessionCookies(response).getFirst().split(";")[0];
  }

  private static String csrf(String page) {
    Matcher input = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]*)\"").matcher(page);
    if (!input.find()) {
      input = Pattern.compile("value=\"([^\"]*)\"[^>]*name=\"_csrf\"").matcher(page);
      assertThat(input.find()).as("the login form has a CSRF field").isTrue();
    }
    return URLEncoder.encode(input.group(1), StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
  }

  private HttpRequest.Builder post(String path, String form) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  private static HttpClient client() {
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }
}
