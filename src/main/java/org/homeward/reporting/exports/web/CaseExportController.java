package org.homeward.reporting.exports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reporting.exports.CaseListFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reporting/exports")
@Tag(
    name = "Exports",
    description =
        "Whole case lists as CSV or XLSX, with an optional row of HXL hashtags; every export is"
            + " audited (docs/exports.md)")
class CaseExportController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final CaseListFiles files;

  CaseExportController(CaseListFiles files) {
    this.files = files;
  }

  @Requires(Permission.CASE_READ)
  @GetMapping(
      path = "/cases",
      produces = {"text/csv", XLSX})
  @Operation(
      operationId = "exportCases",
      summary = "The case list, whole, as CSV or XLSX",
      description =
          "Every case that searchCases finds with the same filters (`q`, `status`,"
              + " `nationality`, `vulnerability`, `registrationSite`, `registeredFrom`,"
              + " `registeredTo`, `sort`), all pages, in the same order, streamed. A row per case: case_number,"
              + " mission, status, status_since, priority, principal_applicant, nationality,"
              + " members, girls, boys, women, men, destination_country, final_destination,"
              + " registration_site, registered_on, vulnerabilities, protection_needs (filled"
              + " only where you have a need to know). With `hxl=true` the second row holds the"
              + " HXL hashtags. A filter that cannot be used is refused, naming it (`status`,"
              + " `nationality`, `vulnerability`, `from`, `to`, `sort`, `format`, `hxl`); a"
              + " medical or protection category only for those with a need to know"
              + " (`restricted`). Audited as `reporting.case-list-exported` with the filters and"
              + " the number of rows.")
  @ApiResponse(
      responseCode = "200",
      description = "The list",
      content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))
      })
  void cases(
      @Parameter(description = "csv (the default) or xlsx") @RequestParam(required = false)
          String format,
      @Parameter(description = "true for a second row of HXL hashtags")
          @RequestParam(required = false)
          String hxl,
      @Parameter(description = "names, a case number or a phone number")
          @RequestParam(required = false)
          String q,
      @Parameter(description = "one or several statuses, comma-separated or repeated")
          @RequestParam(required = false)
          List<String> status,
      @Parameter(description = "ISO 3166-1 alpha-3") @RequestParam(required = false)
          String nationality,
      @Parameter(description = "a vulnerability category") @RequestParam(required = false)
          String vulnerability,
      @Parameter(description = "the registration site") @RequestParam(required = false)
          String registrationSite,
      @Parameter(description = "registered on or after, YYYY-MM-DD") @RequestParam(required = false)
          String registeredFrom,
      @Parameter(description = "registered on or before, YYYY-MM-DD")
          @RequestParam(required = false)
          String registeredTo,
      @Parameter(
              description =
                  "priority (default), registrationDate, -registrationDate, caseNumber, status, name")
          @RequestParam(required = false)
          String sort,
      Actor actor,
      HttpServletResponse response) {
    files.cases(
        new CaseListFilter(
            q,
            status == null ? null : String.join(",", status),
            nationality,
            vulnerability,
            registrationSite,
            registeredFrom,
            registeredTo,
            sort,
            CaseListFilter.Spelling.API),
        format,
        hxl,
        actor,
        response);
  }

  @Requires(Permission.CASE_READ)
  @GetMapping(
      path = "/pending-work",
      produces = {"text/csv", XLSX})
  @Operation(
      operationId = "exportPendingWork",
      summary = "Your pending work, whole, as CSV or XLSX",
      description =
          "Every case of yours waiting for your next step (registered, counselled or deferred),"
              + " waiting longest first, in the columns of exportCases. Audited as"
              + " `reporting.case-list-exported`.")
  @ApiResponse(
      responseCode = "200",
      description = "The list",
      content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))
      })
  void pendingWork(
      @Parameter(description = "csv (the default) or xlsx") @RequestParam(required = false)
          String format,
      @Parameter(description = "true for a second row of HXL hashtags")
          @RequestParam(required = false)
          String hxl,
      Actor actor,
      HttpServletResponse response) {
    files.pendingWork(format, hxl, actor, response);
  }
}
