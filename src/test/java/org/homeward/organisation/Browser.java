package org.homeward.organisation;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser as far as sign-in needs one: keeps cookies, posts forms, does not follow redirects. */
public final class Browser {

  private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

  private final HttpClient http;
  private final String base;

  public Browser(int port) {
    this.base = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public record Page(int status, String location, String body) {}

  public Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** Posts {@code fields} as a form, as is: add {@code _csrf} to send the token. */
  public Page post(String path, Map<String, String> fields) {
    String form =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** The CSRF token the login page carries in its form. */
  public String csrfTokenFromLoginPage() {
    Page login = get("/login");
    Matcher input = CSRF_INPUT.matcher(login.body());
    if (!input.find()) {
      throw new IllegalStateException("the login page has no CSRF field");
    }
    Matcher value = VALUE.matcher(input.group());
    if (!value.find()) {
      throw new IllegalStateException("the CSRF field has no value");
    }
    return value.group(1);
  }

  /** Fills in the login form as a person would; {@code code} may be null. */
  public Page signIn(String username, String password, String code) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", csrfTokenFromLoginPage());
    fields.put("username", username);
    fields.put("password", password);
    if (code != null) {
      fields.put("code", code);
    }
    return post("/login", fields);
  }

  /** True when a sign-in answered with a redirect that is not back to the login page's error. */
  public static boolean succeeded(Page page) {
    return page.status() == 302 && page.location() != null && !page.location().contains("error");
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(
          response.statusCode(),
          response.headers().firstValue("Location").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
