package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.homeward.ApiClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served API description is the contract a generated client is built from: it says how to sign
 * in, what every operation answers (errors as problem+json included) and names each operation once.
 * Spectral's OpenAPI rules must find nothing in it; the document is kept in target/openapi.json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractTest {

  static final Path DOCUMENT = Path.of("target", "openapi.json");
  static final Path SPECTRAL = Path.of("tools", "spectral", "node_modules", ".bin", "spectral");
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  static final String PROBLEM_REF = "#/components/schemas/Problem";

  @LocalServerPort int port;

  JsonNode document;

  @BeforeAll
  void fetchTheDocument() throws IOException {
    ApiClient.Response response = ApiClient.anonymous(port).get("/v3/api-docs");
    assertThat(response.status()).isEqualTo(200);
    Files.createDirectories(DOCUMENT.getParent());
    Files.writeString(DOCUMENT, response.text(), StandardCharsets.UTF_8);
    document = response.json();
  }

  @Test
  void saysHowToSignInWithBasicOrAToken() {
    JsonNode schemes = document.path("components").path("securitySchemes");
    assertThat(schemes.path("basicAuth").path("type").asString()).isEqualTo("http");
    assertThat(schemes.path("basicAuth").path("scheme").asString()).isEqualTo("basic");
    assertThat(schemes.path("bearerAuth").path("type").asString()).isEqualTo("http");
    assertThat(schemes.path("bearerAuth").path("scheme").asString()).isEqualTo("bearer");
    assertThat(schemes.path("bearerAuth").path("bearerFormat").asString()).startsWith("hw_");

    operations()
        .forEach((name, operation) -> {
          if (name.contains("/public/")) {
            assertThat(
                    operation.path("security").isMissingNode()
                        || operation.path("security").isEmpty())
                .as("%s needs no sign-in", name)
                .isTrue();
            assertThat(operation.path("responses").has("401")).as(name).isFalse();
          } else {
            assertThat(schemesOf(operation))
                .as("%s signs in", name)
                .contains("basicAuth", "bearerAuth");
            assertThat(operation.path("responses").has("401")).as(name).isTrue();
            assertThat(operation.path("responses").has("403")).as(name).isTrue();
          }
        });
  }

  @Test
  void namesDescribesAndTagsEveryOperation() {
    Set<String> ids = new HashSet<>();
    Set<String> declaredTags = new HashSet<>();
    document
        .path("tags")
        .forEach(tag -> {
          assertThat(tag.path("description").asString()).as(tag.toString()).isNotBlank();
          declaredTags.add(tag.path("name").asString());
        });
    operations()
        .forEach((name, operation) -> {
          String id = operation.path("operationId").asString();
          assertThat(id).as(name).matches("[a-z][A-Za-z]+");
          assertThat(ids.add(id)).as("%s: operationId %s used once", name, id).isTrue();
          assertThat(operation.path("summary").asString()).as(name).isNotBlank();
          assertThat(operation.path("description").asString()).as(name).isNotBlank();
          assertThat(operation.path("tags").isEmpty()).as("%s has a tag", name).isFalse();
          operation.path("tags").forEach(tag -> assertThat(declaredTags).contains(tag.asString()));
          // the signed-in user is the server's to know, never a parameter a client sends
          operation
              .path("parameters")
              .forEach(p ->
                  assertThat(p.path("schema").path("$ref").asString())
                      .as("%s %s", name, p.path("name").asString())
                      .doesNotEndWith("/Actor"));
        });
    assertThat(ids)
        .contains("registerCase", "getCase", "searchCases", "patchCase", "transitionCase");
    assertThat(document.path("components").path("schemas").has("Actor")).isFalse();
  }

  @Test
  void documentsTheErrorsEachOperationCanGiveAsProblems() {
    operations()
        .forEach((name, operation) -> {
          JsonNode responses = operation.path("responses");
          List<String> errors = new ArrayList<>();
          for (String status : responses.propertyNames()) {
            if (status.startsWith("4") || status.startsWith("5")) {
              errors.add(status);
              JsonNode content = responses.path(status).path("content");
              assertThat(content.propertyNames())
                  .as("%s %s", name, status)
                  .containsExactly("application/problem+json");
              assertThat(
                      content
                          .path("application/problem+json")
                          .path("schema")
                          .path("$ref")
                          .asString())
                  .as("%s %s", name, status)
                  .isEqualTo(PROBLEM_REF);
            }
          }
          assertThat(errors).as("%s documents its errors", name).isNotEmpty();
          assertThat(responses.propertyNames().stream().anyMatch(s -> s.startsWith("2")))
              .as("%s documents its success", name)
              .isTrue();
        });
    JsonNode patchCase = document.path("paths").path("/api/v1/cases/{id}").path("patch");
    assertThat(patchCase.path("responses").propertyNames())
        .contains("200", "400", "401", "403", "404", "412", "415", "428");
    JsonNode transition =
        document.path("paths").path("/api/v1/cases/{id}/transitions").path("post");
    assertThat(transition.path("responses").propertyNames()).contains("409", "412");
    JsonNode register = document.path("paths").path("/api/v1/cases").path("post");
    assertThat(register.path("responses").propertyNames()).contains("201", "400", "409", "503");
  }

  @Test
  void describesTheProblemSchema() {
    JsonNode problem = document.path("components").path("schemas").path("Problem");
    assertThat(problem.path("properties").propertyNames())
        .contains("type", "title", "status", "detail", "code", "errors");
    JsonNode error = resolve(problem.path("properties").path("errors").path("items"));
    assertThat(error.path("properties").propertyNames()).contains("field", "message", "code");
  }

  @Test
  void answersInRealMediaTypes() {
    List<String> anyType = new ArrayList<>();
    operations()
        .forEach((name, operation) -> {
          operation
              .path("responses")
              .forEach(r ->
                  r.path("content")
                      .propertyNames()
                      .forEach(type -> {
                        if (type.contains("*")) {
                          anyType.add(name + " answers " + type);
                        }
                      }));
          operation
              .path("requestBody")
              .path("content")
              .propertyNames()
              .forEach(type -> {
                if (type.contains("*")) {
                  anyType.add(name + " reads " + type);
                }
              });
        });
    assertThat(anyType).isEmpty();
    JsonNode export =
        document.path("paths").path("/api/v1/cases/{id}/members/{memberId}/export").path("get");
    assertThat(export.path("responses").path("200").path("content").propertyNames())
        .contains("application/json", "application/pdf");
    assertThat(
            export
                .path("responses")
                .path("200")
                .path("content")
                .path("application/pdf")
                .path("schema")
                .path("format")
                .asString())
        .isEqualTo("binary");
    assertThat(
            document
                .path("paths")
                .path("/api/v1/cases/{id}")
                .path("patch")
                .path("requestBody")
                .path("content")
                .propertyNames())
        .contains("application/merge-patch+json");
    assertThat(
            document
                .path("paths")
                .path("/api/v1/cases/{id}")
                .path("patch")
                .path("requestBody")
                .path("content")
                .path("application/merge-patch+json")
                .path("schema")
                .path("$ref")
                .asString())
        .isEqualTo("#/components/schemas/CaseDetails");
  }

  /**
   * Spectral with its OpenAPI rules finds no error and no warning. In CI (CI set) it must be
   * installed ({@code npm ci --prefix tools/spectral}); a developer machine without it skips this.
   */
  @Test
  void spectralFindsNothing() throws Exception {
    if (!Files.isExecutable(SPECTRAL)) {
      String missing =
          SPECTRAL + " is not installed: run npm ci --prefix tools/spectral --ignore-scripts";
      String ci = System.getenv("CI");
      if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
        fail(missing);
      }
      Assumptions.abort(missing + " (skipped outside CI)");
    }
    Process lint =
        new ProcessBuilder(
                SPECTRAL.toString(),
                "lint",
                "--ruleset",
                ".spectral.yaml",
                "--format",
                "json",
                "--quiet",
                "--fail-severity",
                "warn",
                DOCUMENT.toString())
            .redirectErrorStream(false)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("spectral finished").isTrue();
    JsonNode findings = JsonMapper.builder().build().readTree(output);
    assertThat(findings.isArray()).as("spectral's findings: %s", output).isTrue();
    List<String> errorsAndWarnings = new ArrayList<>();
    // spectral's severities: 0 error, 1 warning, 2 information, 3 hint
    findings.forEach(f -> {
      if (f.path("severity").asInt() <= 1) {
        errorsAndWarnings.add(
            f.path("code").asString()
                + " at "
                + f.path("path")
                + ": "
                + f.path("message").asString());
      }
    });
    assertThat(errorsAndWarnings).isEmpty();
    // and it ran to its end: with nothing at warning or above it exits 0
    assertThat(lint.exitValue()).as(output).isZero();
  }

  private Map<String, JsonNode> operations() {
    Map<String, JsonNode> operations = new java.util.LinkedHashMap<>();
    document
        .path("paths")
        .properties()
        .forEach(path ->
            path.getValue()
                .properties()
                .forEach(method -> {
                  if (METHODS.contains(method.getKey())) {
                    operations.put(
                        method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                        method.getValue());
                  }
                }));
    assertThat(operations).hasSizeGreaterThan(30);
    return operations;
  }

  private static Set<String> schemesOf(JsonNode operation) {
    Set<String> schemes = new HashSet<>();
    operation.path("security").forEach(requirement -> schemes.addAll(requirement.propertyNames()));
    return schemes;
  }

  private JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asString();
    if (ref == null || ref.isEmpty()) {
      return schema;
    }
    return document
        .path("components")
        .path("schemas")
        .path(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
