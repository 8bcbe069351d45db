package org.homeward.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place that turns errors into RFC 9457 problem responses for the API. Every problem has a
 * stable {@code code} (listed in docs/problems.md) and validation problems list each field.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ProblemResponses extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalidInput(InvalidInputException e) {
    return respond(invalid(e.violations()));
  }

  /** A body that parsed as JSON but not into the request's shape (e.g. a merge patch's result). */
  @ExceptionHandler(JacksonException.class)
  ResponseEntity<Object> unreadable(JacksonException e) {
    return respond(invalid(List.of(describe(e))));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Object> notFound(NotFoundException e) {
    return respond(problem(ProblemCode.NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Object> conflict(ConflictException e) {
    ProblemDetail problem = problem(e.problem(), e.getMessage());
    e.details().forEach(problem::setProperty);
    return respond(problem);
  }

  @ExceptionHandler(StaleVersionException.class)
  ResponseEntity<Object> stale(StaleVersionException e) {
    ProblemDetail problem = problem(ProblemCode.STALE_VERSION, e.getMessage());
    problem.setProperty("currentVersion", e.currentVersion());
    return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
        .eTag("\"" + e.currentVersion() + "\"")
        .body(problem);
  }

  /**
   * The database gave up on the request to break a deadlock or because a concurrent change made it
   * unserialisable (SQLSTATE 40P01, 40001, a lock wait given up): nothing was changed, and the same
   * request sent again is expected to succeed. Writes take their row locks in one order, so this
   * should not happen; if it does, it is a conflict to retry, not a fault.
   */
  @ExceptionHandler(org.springframework.dao.ConcurrencyFailureException.class)
  ResponseEntity<Object> transientConflict(org.springframework.dao.ConcurrencyFailureException e) {
    log.warn("a concurrent change made the database give up a request: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "1")
        .body(
            problem(
                ProblemCode.TRY_AGAIN,
                "another change to the same record got in the way; nothing was changed, send the"
                    + " request again"));
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<Object> missingHeader(MissingRequestHeaderException e) {
    if (HttpHeaders.IF_MATCH.equalsIgnoreCase(e.getHeaderName())) {
      return respond(
          problem(
              ProblemCode.IF_MATCH_REQUIRED,
              "send the ETag of the version you read in an If-Match header, so that no one else's"
                  + " change is overwritten"));
    }
    return respond(
        invalid(
            List.of(
                new Violation(
                    e.getHeaderName(),
                    "required",
                    "the " + e.getHeaderName() + " header is required"))));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
    return respond(
        invalid(
            List.of(
                new Violation(
                    e.getName(),
                    "malformed",
                    "'" + e.getValue() + "' is not a valid " + e.getName()))));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    if (e instanceof org.springframework.web.ErrorResponse response) {
      return respond(response.getBody());
    }
    if (e instanceof org.springframework.security.web.firewall.RequestRejectedException) {
      // the firewall checks parameter names when they are first read: a request's mistake
      return respond(
          invalid(List.of(new Violation("", "malformed", "the request cannot be read as sent"))));
    }
    if (e instanceof org.apache.tomcat.util.http.InvalidParameterException) {
      // a query or form the server cannot split into parameters (a name left empty, bad escapes)
      return respond(
          invalid(List.of(new Violation("", "malformed", "the request cannot be read as sent"))));
    }
    if (e instanceof org.springframework.security.access.AccessDeniedException) {
      return respond(problem(ProblemCode.FORBIDDEN, "not allowed"));
    }
    log.error("unexpected error", e);
    return respond(
        problem(
            ProblemCode.INTERNAL_ERROR,
            "something went wrong on our side; the request changed nothing"));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return respond(invalid(List.of(describe(e))));
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
      problem.setProperty("code", codeFor(statusCode));
    }
    if (body instanceof ProblemDetail problem) {
      withRequestId(problem);
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  /** Names the field a body could not be read at, without echoing parser internals. */
  static Violation describe(HttpMessageNotReadableException e) {
    return describe(e.getMostSpecificCause());
  }

  static Violation describe(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return new Violation(
          path(unknown),
          "unknown-property",
          "unknown property '" + unknown.getPropertyName() + "'");
    }
    if (cause instanceof InvalidFormatException format) {
      return new Violation(
          path(format), "malformed", "'" + format.getValue() + "' is not a valid value here");
    }
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return new Violation(path(mismatch), "wrong-type", "this value has the wrong type");
    }
    if (cause instanceof StreamReadException read) {
      String where =
          read.getLocation() == null
              ? ""
              : " at line "
                  + read.getLocation().getLineNr()
                  + ", column "
                  + read.getLocation().getColumnNr();
      return new Violation("", "malformed-json", "the body is not well-formed JSON" + where);
    }
    return new Violation("", "unreadable-body", "the request body is missing or cannot be read");
  }

  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      }
    }
    return path.toString();
  }

  static ProblemDetail invalid(List<Violation> violations) {
    ProblemDetail problem =
        problem(
            ProblemCode.INVALID_INPUT,
            violations.size() == 1
                ? "1 field is invalid"
                : violations.size() + " fields are invalid");
    problem.setProperty(
        "errors",
        violations.stream()
            .map(v ->
                Map.of(
                    "field", v.field(),
                    "pointer", v.pointer(),
                    "code", v.code(),
                    "message", v.message()))
            .toList());
    return problem;
  }

  static ProblemDetail problem(ProblemCode code, String detail) {
    return problem(HttpStatus.valueOf(code.status()), code.code(), code.title(), detail);
  }

  static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("/problems/" + code));
    problem.setTitle(title);
    problem.setProperty("code", code);
    return withRequestId(problem);
  }

  /** The request's id, so that a caller reporting a problem points at its log lines. */
  private static ProblemDetail withRequestId(ProblemDetail problem) {
    String id = RequestIdFilter.current();
    if (id != null) {
      problem.setProperty(RequestIdFilter.MDC_KEY, id);
    }
    return problem;
  }

  private static ResponseEntity<Object> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private static String codeFor(HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    return known == null
        ? "http-" + status.value()
        : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
