package org.homeward;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests that use the API as an outside tool would. */
public final class ApiClient {

  public static final String DEMO_PASSWORD = "homeward-demo";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String authorization;

  private ApiClient(String base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  public static ApiClient anonymous(int port) {
    return new ApiClient("http://localhost:" + port, null);
  }

  public static ApiClient as(int port, String username) {
    return as(port, username, DEMO_PASSWORD);
  }

  public static ApiClient as(int port, String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new ApiClient("http://localhost:" + port, "Basic " + token);
  }

  /** Signs in with a personal API token ({@code hw_…}). */
  public static ApiClient bearer(int port, String token) {
    return new ApiClient("http://localhost:" + port, "Bearer " + token);
  }

  /** A response: status, headers (first value each) and the body as JSON (null when empty). */
  public record Response(int status, Map<String, String> headers, String text) {

    public JsonNode json() {
      return text == null || text.isBlank() ? null : JSON.readTree(text);
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  public Response get(String path, String... headers) {
    return send("GET", path, null, null, headers);
  }

  public Response post(String path, Object body, String... headers) {
    return send("POST", path, body, "application/json", headers);
  }

  public Response put(String path, Object body, String... headers) {
    return send("PUT", path, body, "application/json", headers);
  }

  public Response delete(String path, String... headers) {
    return send("DELETE", path, null, null, headers);
  }

  public Response patch(String path, Object body, String... headers) {
    return send("PATCH", path, body, "application/merge-patch+json", headers);
  }

  /** Sends {@code body} as is when it is a String, else as JSON. */
  public Response send(
      String method, String path, Object body, String contentType, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    request.header("Accept", "application/json, application/problem+json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      request.header("Content-Type", contentType);
      request.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Map<String, String> names = new LinkedHashMap<>();
      response
          .headers()
          .map()
          .forEach((name, values) ->
              names.put(name.toLowerCase(java.util.Locale.ROOT), values.getFirst()));
      return new Response(response.statusCode(), names, response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonMapper json() {
    return JSON;
  }
}
