package org.homeward.reporting.exports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.web.ReaderLanguage;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reporting/missions")
@Tag(
    name = "Monthly report",
    description =
        "A mission's monthly operational report as PDF: key figures and charts, never a person")
class MonthlyReportController {

  private final MonthlyReportFiles files;

  MonthlyReportController(MonthlyReportFiles files) {
    this.files = files;
  }

  @Requires(Permission.OPERATIONS_REPORT_READ)
  @GetMapping(path = "/{code}/monthly/{month}.pdf", produces = MonthlyReportFiles.PDF)
  @Operation(
      operationId = "getMonthlyReportPdf",
      summary = "A mission's monthly operational report, as PDF",
      description =
          "The month's key figures of the mission `code` and its sub-offices (households and"
              + " people registered, made eligible, departed by destination, arrived; the"
              + " reintegration plans approved; each project's money received, committed and"
              + " spent and the forecast day it runs out) and bar charts drawn in the file, in"
              + " `lang` (fr, en or ar; else Accept-Language; else fr), Arabic shaped and right"
              + " to left. `month` is YYYY-MM, not after this one (`malformed`, `in-future`). For"
              + " the chief of mission and the monitoring and evaluation officers of that"
              + " mission; any other mission is not found. Audited as"
              + " `reporting.monthly-report-read`.")
  @ApiResponse(
      responseCode = "200",
      description = "The report",
      content =
          @Content(
              mediaType = MonthlyReportFiles.PDF,
              schema = @Schema(type = "string", format = "binary")))
  void pdf(
      @PathVariable String code,
      @Parameter(description = "YYYY-MM") @PathVariable String month,
      @Parameter(description = "fr, en or ar; else Accept-Language") @RequestParam(required = false)
          String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
      Actor actor,
      HttpServletResponse response) {
    if (lang != null && !ReaderLanguage.known(lang)) {
      throw InvalidInputException.of("lang", "unknown-value", "fr, en or ar, not " + lang.strip());
    }
    files.pdf(
        code, month, ReaderLanguage.pick(lang, acceptLanguage, Locale.FRENCH), actor, response);
  }
}
