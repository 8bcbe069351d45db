package org.homeward.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.shared.ConflictException;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The API description as a contract a generated client can rely on: what an error looks like (the
 * {@code Problem} schema, answered as {@code application/problem+json}) and, for each operation,
 * the errors it can really give, read off its signature: a body or parameters can be invalid (400)
 * or sent in a type it does not read (415), a record named in the path may not exist (404), a
 * version in {@code If-Match} may be stale (412) or, when required, missing (428), a method that
 * declares {@link ConflictException} can meet a state that refuses it (409), and an answer with a
 * body cannot be given in a type the caller does not accept (406), and a change can be given up by
 * the database for a concurrent one, to be sent again (503). Signing in (401, 403) is added by the
 * organisation module, which owns it, with {@link #problem(ApiResponses, String, String)}.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDescription {

  static final String PROBLEM_JSON =
      org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
  static final String PROBLEM = "Problem";
  static final String FIELD_ERROR = "FieldError";

  /** What each documented error means; the codes are those of docs/problems.md. */
  static final Map<String, String> ERRORS =
      Map.of(
          "400",
          "Invalid input (`invalid-input`): every offending field is listed in `errors`, with its"
              + " path and a code",
          "404",
          "Not found (`not-found`): no such record, or one you may not know exists",
          "406",
          "Not acceptable (`not-acceptable`): the Accept header names no media type this"
              + " operation answers in",
          "409",
          "Conflict: the record's state does not allow this now; `code` names the rule that"
              + " refused it",
          "412",
          "Stale version (`stale-version`): someone changed the record since you read it; the"
              + " ETag and `currentVersion` give the current version",
          "415",
          "Unsupported media type (`unsupported-media-type`): the body is not in a type this"
              + " operation reads",
          "428",
          "If-Match required (`if-match-required`): send the ETag of the version you read",
          "503",
          "Try again (`try-again`): a concurrent change to the same record got in the way;"
              + " nothing was changed, send the request again after Retry-After seconds");

  @Bean
  OperationCustomizer errorResponses() {
    return (operation, handler) -> {
      ApiResponses responses = operation.getResponses();
      if (responses == null) {
        responses = new ApiResponses();
        operation.setResponses(responses);
      }
      List<Parameter> parameters =
          operation.getParameters() == null ? List.of() : operation.getParameters();
      boolean body = operation.getRequestBody() != null;
      boolean answersWithBody =
          responses.entrySet().stream()
              .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null);
      boolean validated =
          body
              || parameters.stream()
                  .anyMatch(p ->
                      ("query".equals(p.getIn()) || "header".equals(p.getIn()))
                          && !isConditional(p.getName()))
              || Arrays.stream(handler.getMethodParameters())
                  .anyMatch(p ->
                      p.hasParameterAnnotation(PathVariable.class)
                          && p.getParameterType() != String.class);
      boolean pathVariable =
          Arrays.stream(handler.getMethodParameters())
              .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
      Parameter ifMatch = header(parameters, HttpHeaders.IF_MATCH);
      boolean conflicts =
          Arrays.stream(handler.getMethod().getExceptionTypes())
              .anyMatch(ConflictException.class::isAssignableFrom);

      if (validated) {
        problem(responses, "400");
      }
      if (pathVariable) {
        problem(responses, "404");
      }
      if (answersWithBody) {
        problem(responses, "406");
      }
      if (conflicts) {
        problem(responses, "409");
      }
      if (ifMatch != null) {
        problem(responses, "412");
        if (Boolean.TRUE.equals(ifMatch.getRequired())) {
          problem(responses, "428");
        }
      }
      if (body) {
        problem(responses, "415");
      }
      if (changes(handler)) {
        problem(responses, "503");
      }
      if (header(parameters, HttpHeaders.IF_NONE_MATCH) != null) {
        responses.addApiResponse(
            "304",
            new ApiResponse().description("Not modified since the version in If-None-Match"));
      }
      return operation;
    };
  }

  /**
   * The document's own parts: who it is from, the {@code Problem} schema, and for every response
   * its codes in order and a real media type (never {@code *}{@code /*}).
   */
  @Bean
  OpenApiCustomizer documentParts() {
    return openApi -> {
      openApi.info(
          new Info()
              .title("Homeward API")
              .version("v1")
              .description(
                  "Assisted voluntary return and reintegration: the cases of the people who ask"
                      + " to go home, their households, consent and status, duplicate detection,"
                      + " the audit trail and the accounts that use them. Errors are RFC 9457"
                      + " `application/problem+json` documents (the `Problem` schema) with a"
                      + " stable `code`; clients branch on `code`, never on `detail`.")
              .contact(new Contact().name("The administrators of this Homeward installation")));
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      openApi.getComponents().addSchemas(FIELD_ERROR, fieldErrorSchema());
      if (openApi.getPaths() != null) {
        openApi.getPaths().values().stream()
            .map(PathItem::readOperations)
            .flatMap(List::stream)
            .forEach(ApiDescription::tidy);
      }
    };
  }

  private static void tidy(Operation operation) {
    if (operation.getResponses() == null) {
      return;
    }
    ApiResponses sorted = new ApiResponses();
    operation.getResponses().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
        .forEach(e -> sorted.addApiResponse(e.getKey(), e.getValue()));
    sorted.values().forEach(response -> realMediaTypes(response.getContent()));
    operation.setResponses(sorted);
  }

  private static void realMediaTypes(Content content) {
    if (content == null) {
      return;
    }
    if (content.containsKey("*/*")) {
      MediaType any = content.remove("*/*");
      content.putIfAbsent(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
    }
    // bytes answered as a PDF (or any other file) are the file itself, not base64 text
    content.forEach((type, media) -> {
      if (!type.contains("json")
          && media.getSchema() != null
          && "byte".equals(media.getSchema().getFormat())) {
        media.getSchema().format("binary");
      }
    });
  }

  /** Whether the operation writes: anything but a read. */
  private static boolean changes(HandlerMethod handler) {
    RequestMapping mapping =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
    return mapping != null
        && Arrays.stream(mapping.method())
            .anyMatch(m -> m != RequestMethod.GET && m != RequestMethod.HEAD);
  }

  private static boolean isConditional(String header) {
    return HttpHeaders.IF_MATCH.equalsIgnoreCase(header)
        || HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(header);
  }

  private static Parameter header(List<Parameter> parameters, String name) {
    return parameters.stream()
        .filter(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()))
        .findFirst()
        .orElse(null);
  }

  /** Adds the problem response for a status, unless the operation documents its own. */
  static void problem(ApiResponses responses, String status) {
    problem(responses, status, ERRORS.get(status));
  }

  /** A problem response for a status with its meaning, as every module documents errors. */
  public static void problem(ApiResponses responses, String status, String description) {
    if (!responses.containsKey(status)) {
      responses.addApiResponse(status, problemResponse(description));
    }
  }

  public static ApiResponse problemResponse(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    PROBLEM_JSON,
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  private static Schema<Object> problemSchema() {
    Map<String, Schema> properties = new LinkedHashMap<>();
    properties.put(
        "type",
        typed("string")
            .format("uri-reference")
            .description("names the kind of problem: `/problems/<code>` for Homeward's own"));
    properties.put("title", typed("string").description("a short summary of the kind of problem"));
    properties.put("status", typed("integer").format("int32").description("the HTTP status"));
    properties.put(
        "detail", typed("string").description("a sentence for people, about this occurrence"));
    properties.put(
        "instance", typed("string").format("uri-reference").description("the request's path"));
    properties.put(
        "code",
        typed("string")
            .description(
                "the stable code clients branch on (docs/problems.md), e.g. `invalid-input`,"
                    + " `not-found`, `stale-version`"));
    properties.put(
        "requestId",
        typed("string").description("the request's X-Request-Id, which its log lines carry"));
    properties.put(
        "errors",
        typed("array")
            .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
            .description("with `invalid-input`: every offending field"));
    Schema<Object> problem = typed("object");
    problem
        .description(
            "An RFC 9457 problem. Some codes add properties of their own (`currentVersion` with"
                + " `stale-version`; `from`, `to`, `allowed` and `refusals` with a refused step).")
        .properties(properties)
        .required(List.of("title", "status", "code"))
        .additionalProperties(true);
    return problem;
  }

  private static Schema<Object> fieldErrorSchema() {
    Map<String, Schema> properties = new LinkedHashMap<>();
    properties.put(
        "field",
        typed("string")
            .description("the field's path in the request, e.g. `members[0].nationality`"));
    properties.put(
        "pointer",
        typed("string")
            .description("the same place as a JSON Pointer, e.g. `/members/0/nationality`"));
    properties.put(
        "code", typed("string").description("what is wrong, e.g. `required`, `unknown-country`"));
    properties.put("message", typed("string").description("a sentence for people"));
    Schema<Object> error = typed("object");
    error
        .description("One offending field of an invalid request.")
        .properties(properties)
        .required(List.of("field", "code", "message"));
    return error;
  }

  /** A schema of a JSON type, written as OpenAPI 3.1 and 3.0 both expect it. */
  private static Schema<Object> typed(String type) {
    Schema<Object> schema = new Schema<>();
    schema.type(type);
    schema.types(new java.util.LinkedHashSet<>(Set.of(type)));
    return schema;
  }
}
