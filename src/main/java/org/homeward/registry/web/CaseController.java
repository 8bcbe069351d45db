package org.homeward.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.Case;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseLifecycle;
import org.homeward.registry.CaseSearch;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Cases;
import org.homeward.registry.TransitionResult;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ETags;
import org.homeward.shared.web.JsonMergePatch;
import org.homeward.shared.web.ProblemCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Households asking to return, their members, consent and status")
class CaseController {

  private final Cases cases;
  private final CaseLifecycle lifecycle;
  private final JsonMapper json;
  private final Clock clock;

  CaseController(Cases cases, CaseLifecycle lifecycle, JsonMapper json, Clock clock) {
    this.cases = cases;
    this.lifecycle = lifecycle;
    this.json = json;
    this.clock = clock;
  }

  @Requires(Permission.CASE_REGISTER)
  @PostMapping
  @Operation(
      operationId = "registerCase",
      summary = "Register a household",
      description =
          "The household's members, one of them the principal applicant, with their"
              + " vulnerabilities and the return's destination. A retry with the same"
              + " Idempotency-Key returns the first case; the key used for a different request is"
              + " a conflict (`idempotency-key-reused`).")
  @ApiResponse(
      responseCode = "201",
      description = "Registered: Location names the case and ETag its version")
  ResponseEntity<CaseResponse> register(
      @RequestBody CaseDetails details,
      @Parameter(description = "any key of 1 to 200 characters that this request alone uses")
          @RequestHeader(name = "Idempotency-Key", required = false)
          String idempotencyKey,
      Actor actor)
      throws ConflictException {
    Violations.require(v ->
        v.check(
            idempotencyKey == null || (!idempotencyKey.isBlank() && idempotencyKey.length() <= 200),
            "Idempotency-Key",
            "malformed",
            "an Idempotency-Key has 1 to 200 characters"));
    Cases.Registration registration = cases.register(details, idempotencyKey, actor);
    Case c = registration.registered();
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/cases/" + c.id()))
        .eTag(ETags.of(c.version()))
        .body(CaseResponse.of(c, LocalDate.now(clock)));
  }

  @Requires(Permission.CASE_READ)
  @GetMapping("/{id}")
  @Operation(
      operationId = "getCase",
      summary = "One case",
      description =
          "The household with its members, consent and status; medical and protection details"
              + " only for those who may read them. ETag is the version; with If-None-Match naming"
              + " it, 304 and no body.")
  ResponseEntity<CaseResponse> get(
      @PathVariable String id,
      @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch,
      Actor actor) {
    Case c = cases.get(caseId(id), actor);
    OptionalLong known = ETags.version(ifNoneMatch);
    if (known.isPresent() && known.getAsLong() == c.version()) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(ETags.of(c.version())).build();
    }
    return respond(c);
  }

  @Requires(Permission.CASE_READ)
  @GetMapping
  @Operation(
      operationId = "searchCases",
      summary = "Search cases",
      description =
          "Most vulnerable first by default. q matches names (misspellings tolerated), case numbers"
              + " and phones. total counts every match, except for a name so common that counting"
              + " would cost more than the page: totalExact is then false and total only says"
              + " there is a next page.")
  PageResponse<CaseSummaryResponse> search(
      @Parameter(description = "one or more statuses, comma-separated or repeated")
          @RequestParam(required = false)
          List<String> status,
      @RequestParam(required = false) String nationality,
      @RequestParam(required = false) String vulnerability,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String registrationSite,
      @RequestParam(required = false) String registeredFrom,
      @RequestParam(required = false) String registeredTo,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size,
      @Parameter(
              description =
                  "priority (default), registrationDate, -registrationDate, caseNumber, status, name")
          @RequestParam(required = false)
          String sort,
      Actor actor) {
    Violations v = new Violations();
    EnumSet<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
    if (status != null) {
      for (String s : status) {
        for (String one : s.split(",")) {
          if (!one.isBlank()) {
            CaseStatus parsed = parse(v, "status", one, CaseStatus.class);
            if (parsed != null) {
              statuses.add(parsed);
            }
          }
        }
      }
    }
    Vulnerability vulnerable =
        blank(vulnerability) ? null : parse(v, "vulnerability", vulnerability, Vulnerability.class);
    String country = blank(nationality) ? null : nationality.strip().toUpperCase(Locale.ROOT);
    if (country != null) {
      v.check(
          org.homeward.shared.CountryCode.isValid(country),
          "nationality",
          "unknown-country",
          "'" + nationality + "' is not an ISO 3166-1 alpha-3 country code");
    }
    LocalDate from = date(v, "registeredFrom", registeredFrom);
    LocalDate to = date(v, "registeredTo", registeredTo);
    int pageNumber = number(v, "page", page, 0);
    int pageSize = number(v, "size", size, 20);
    CaseSearch.SortOrder order = sortOrder(v, sort);
    v.check(pageNumber >= 0, "page", "out-of-range", "page counts from 0");
    v.check(
        pageSize >= 1 && pageSize <= CaseSearch.MAX_SIZE,
        "size",
        "out-of-range",
        "size is between 1 and " + CaseSearch.MAX_SIZE);
    v.throwIfAny();
    var result =
        cases.search(
            new CaseSearch(
                statuses,
                country,
                vulnerable,
                blank(q) ? null : q,
                blank(registrationSite) ? null : registrationSite.strip(),
                from,
                to,
                order,
                pageNumber,
                pageSize),
            actor);
    return new PageResponse<>(
        result.items().stream().map(CaseSummaryResponse::of).toList(),
        result.page(),
        result.size(),
        result.total(),
        result.totalExact());
  }

  @Requires(Permission.CASE_UPDATE)
  @PatchMapping(
      path = "/{id}",
      consumes = {"application/merge-patch+json", "application/json"})
  @Operation(
      operationId = "patchCase",
      summary = "Change a case (JSON merge patch)",
      description =
          "Send the ETag you read in If-Match; a stale one gets 412. Members are replaced as a whole list: send each member back with its id.")
  ResponseEntity<CaseResponse> patch(
      @PathVariable String id,
      @RequestHeader("If-Match") String ifMatch,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              description =
                  "The fields of the case to change, as in POST /api/v1/cases; a field sent as"
                      + " null is removed, one not sent stays as it is",
              content = {
                @Content(
                    mediaType = "application/merge-patch+json",
                    schema = @Schema(implementation = CaseDetails.class)),
                @Content(
                    mediaType = "application/json",
                    schema = @Schema(implementation = CaseDetails.class))
              })
          @RequestBody
          JsonNode patch,
      Actor actor) {
    CaseId caseId = caseId(id);
    if (!patch.isObject()) {
      Violations.require(v -> v.add("", "malformed", "a merge patch is a JSON object"));
    }
    Case current = cases.get(caseId, actor);
    OptionalLong expected = ETags.version(ifMatch);
    long version = expected.orElse(current.version());
    JsonNode merged = JsonMergePatch.apply(patch, json.valueToTree(CaseDetails.of(current)));
    CaseDetails details = json.treeToValue(merged, CaseDetails.class);
    return respond(cases.update(caseId, version, details, actor));
  }

  @Requires(Permission.CASE_TRANSITION)
  @PostMapping("/{id}/transitions")
  @Operation(
      operationId = "transitionCase",
      summary = "Move a case to another status",
      description =
          "{\"to\":\"COUNSELLED\",\"reason\":\"…\"}. 409 with the allowed next states when"
              + " the step is not possible (`illegal-transition`) or a rule refused it"
              + " (`transition-refused`, with each refusal's code, reason and whether it is"
              + " `overridable`). A refusal that is overridable (`no-funds`) lets the step"
              + " through when asked again with `override`, a written justification, by a user"
              + " allowed to override it. An If-Match that names an older version gets 412.")
  ResponseEntity<CaseResponse> transition(
      @PathVariable String id,
      @RequestBody TransitionRequest request,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor)
      throws ConflictException {
    Violations v = new Violations();
    CaseStatus to = null;
    if (v.check(!blank(request.to()), "to", "required", "the status to move to is required")) {
      to = parse(v, "to", request.to(), CaseStatus.class);
    }
    v.throwIfAny();
    OptionalLong expected = ETags.version(ifMatch);
    Long version = expected.isPresent() ? expected.getAsLong() : null;
    return switch (lifecycle.transition(
        caseId(id), version, to, request.reason(), request.override(), actor)) {
      case TransitionResult.Transitioned moved -> respond(moved.updated());
      case TransitionResult.Refused refused -> throw refusal(refused);
    };
  }

  @Requires(Permission.CASE_UPDATE)
  @PutMapping("/{id}/consent")
  @Operation(
      operationId = "recordConsent",
      summary = "Record the migrant's consent to a voluntary return",
      description =
          "The signed declaration: its date, the counsellor, the language it was explained in."
              + " Once consent is withdrawn it cannot be recorded again (`consent-withdrawn`). An"
              + " If-Match that names an older version gets 412.")
  ResponseEntity<CaseResponse> consent(
      @PathVariable String id,
      @RequestBody CaseDetails.ConsentDetails consent,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor)
      throws ConflictException {
    OptionalLong expected = ETags.version(ifMatch);
    return respond(
        cases.recordConsent(
            caseId(id), expected.isPresent() ? expected.getAsLong() : null, consent, actor));
  }

  @Requires(Permission.CASE_TRANSITION)
  @PostMapping("/{id}/consent/withdrawal")
  @Operation(
      operationId = "withdrawConsent",
      summary = "The migrant withdraws consent: the case becomes WITHDRAWN",
      description =
          "{\"reason\":\"…\"}: a return is voluntary, so this is possible before departure;"
              + " 409 with the allowed next states when the case's status has no such step.")
  ResponseEntity<CaseResponse> withdraw(
      @PathVariable String id, @RequestBody WithdrawalRequest request, Actor actor)
      throws ConflictException {
    return switch (lifecycle.transition(
        caseId(id), CaseStatus.WITHDRAWN, request.reason(), actor)) {
      case TransitionResult.Transitioned moved -> respond(moved.updated());
      case TransitionResult.Refused refused -> throw refusal(refused);
    };
  }

  @Requires(Permission.CASE_READ)
  @GetMapping("/{id}/history")
  @Operation(
      operationId = "getCaseHistory",
      summary = "Everything that happened to a case, oldest first",
      description = "Who did what and when, why, and each field before and after.")
  List<HistoryEntryResponse> history(@PathVariable String id, Actor actor) {
    return cases.history(caseId(id), actor).stream().map(HistoryEntryResponse::of).toList();
  }

  private ResponseEntity<CaseResponse> respond(Case c) {
    return ResponseEntity.ok()
        .eTag(ETags.of(c.version()))
        .body(CaseResponse.of(c, LocalDate.now(clock)));
  }

  static ConflictException refusal(TransitionResult.Refused refused) {
    boolean illegal =
        refused.refusals().stream().anyMatch(r -> r.code().equals(ProblemCode.ILLEGAL_STEP.code()));
    return new ConflictException(
        illegal ? ProblemCode.ILLEGAL_TRANSITION : ProblemCode.TRANSITION_REFUSED,
        String.join("; ", refused.refusals().stream().map(r -> r.reason()).toList()),
        Map.of(
            "from",
            refused.from().name(),
            "to",
            refused.to().name(),
            "allowed",
            refused.allowed().stream().map(Enum::name).toList(),
            "refusals",
            refused.refusals().stream()
                .map(r ->
                    Map.of("code", r.code(), "reason", r.reason(), "overridable", r.overridable()))
                .toList()));
  }

  private static CaseId caseId(String id) {
    return CaseId.parse(id).orElseThrow(() -> new NotFoundException("case", id));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static <E extends Enum<E>> E parse(
      Violations v, String field, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      v.add(field, "unknown-value", "'" + value + "' is not one of " + EnumSet.allOf(type));
      return null;
    }
  }

  private static LocalDate date(Violations v, String field, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      v.add(field, "malformed-date", "'" + value + "' is not a date in the form YYYY-MM-DD");
      return null;
    }
  }

  private static int number(Violations v, String field, String value, int fallback) {
    if (blank(value)) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      v.add(field, "malformed", "'" + value + "' is not a whole number");
      return fallback;
    }
  }

  private static CaseSearch.SortOrder sortOrder(Violations v, String sort) {
    if (blank(sort)) {
      return CaseSearch.SortOrder.PRIORITY;
    }
    String key = sort.strip();
    boolean descending = key.startsWith("-") || key.toLowerCase(Locale.ROOT).endsWith(",desc");
    key = key.replaceFirst("^-", "").replaceFirst("(?i),(asc|desc)$", "");
    return switch (key) {
      case "priority" -> CaseSearch.SortOrder.PRIORITY;
      case "registrationDate" ->
          descending
              ? CaseSearch.SortOrder.REGISTRATION_DATE_DESC
              : CaseSearch.SortOrder.REGISTRATION_DATE;
      case "caseNumber" -> CaseSearch.SortOrder.CASE_NUMBER;
      case "status" -> CaseSearch.SortOrder.STATUS;
      case "name" -> CaseSearch.SortOrder.NAME;
      default -> {
        v.add(
            "sort",
            "unknown-value",
            "sort by priority, registrationDate, -registrationDate, caseNumber, status or name");
        yield CaseSearch.SortOrder.PRIORITY;
      }
    };
  }
}
