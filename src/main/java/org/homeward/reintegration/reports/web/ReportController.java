package org.homeward.reintegration.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reintegration.ReintegrationFigures.PlanCount;
import org.homeward.reintegration.ReintegrationFigures.PlannedAgainstDisbursed;
import org.homeward.reintegration.ReintegrationFigures.ScoreAverage;
import org.homeward.reintegration.ReintegrationFigures.StillOperating;
import org.homeward.reintegration.reports.ReintegrationReports;
import org.homeward.reintegration.reports.ReintegrationReports.Query;
import org.homeward.reintegration.reports.ReintegrationReports.Report;
import org.homeward.reintegration.reports.ReportFiles;
import org.homeward.shared.web.ReaderLanguage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reintegration")
@Tag(
    name = "Reintegration reports",
    description =
        "Reintegration's figures in aggregate, never naming a person: plans by type and status,"
            + " planned against disbursed by project and currency, businesses still operating at"
            + " each visit, average sustainability scores by cohort. Only the missions you"
            + " oversee count.")
class ReportController {

  private static final String FILTER =
      " Filter: `mission` (a mission code), `projectId`, `from` and `to` (days of arrival,"
          + " YYYY-MM-DD) and `nationality` (ISO 3166-1 alpha-3); a mission you do not oversee"
          + " gives empty reports.";

  private final ReintegrationReports reports;
  private final ReportDownloads downloads;

  ReportController(ReintegrationReports reports, ReportDownloads downloads) {
    this.reports = reports;
    this.downloads = downloads;
  }

  record PlanRow(String planType, String status, long plans, long returnees) {
    static PlanRow of(PlanCount p) {
      return new PlanRow(p.type().name(), p.status().name(), p.plans(), p.returnees());
    }
  }

  record FundsRow(
      Long projectId,
      String project,
      String currency,
      BigDecimal planned,
      BigDecimal paid,
      BigDecimal remaining) {
    static FundsRow of(PlannedAgainstDisbursed f) {
      return new FundsRow(
          f.project() == null ? null : f.project().value(),
          f.projectName(),
          f.currency(),
          f.planned(),
          f.paid(),
          f.planned().subtract(f.paid()));
    }
  }

  record BusinessRow(int months, long visited, long operating, BigDecimal operatingShare) {
    static BusinessRow of(StillOperating s) {
      return new BusinessRow(s.months(), s.visited(), s.operating(), ReportFiles.share(s));
    }
  }

  record ScoreRow(
      String cohortBy,
      String cohort,
      int months,
      long visits,
      BigDecimal economic,
      BigDecimal social,
      BigDecimal psychosocial,
      BigDecimal composite) {
    static ScoreRow of(ScoreAverage a) {
      return new ScoreRow(
          a.cohortBy(),
          a.cohort(),
          a.months(),
          a.visits(),
          a.economic(),
          a.social(),
          a.psychosocial(),
          a.composite());
    }
  }

  record ReportsResponse(
      List<PlanRow> plans,
      List<FundsRow> funds,
      List<BusinessRow> businesses,
      List<ScoreRow> scores) {
    static ReportsResponse of(Report r) {
      return new ReportsResponse(
          r.plans().stream().map(PlanRow::of).toList(),
          r.funds().stream().map(FundsRow::of).toList(),
          r.businesses().stream().map(BusinessRow::of).toList(),
          r.scores().stream().map(ScoreRow::of).toList());
    }
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reports")
  @Operation(
      operationId = "getReintegrationReports",
      summary = "The four reintegration reports",
      description =
          "`plans`: plans by type and status (cancelled ones too) and the returnees they are"
              + " for; `funds`: what approved and completed plans budget against what their paid"
              + " purchase orders cost, per project and currency (a collective plan shared by its"
              + " members' caps); `businesses`: of the microbusinesses visited at 3, 6 and 12"
              + " months, how many still operate; `scores`: average economic, social,"
              + " psychosocial and composite scores per step, over everyone (`all`) and per"
              + " nationality, sex and plan type."
              + FILTER)
  ReportsResponse reports(
      @Parameter(description = "a mission code") @RequestParam(required = false) String mission,
      @Parameter(description = "a project's id") @RequestParam(required = false) String projectId,
      @Parameter(description = "first day of arrival, YYYY-MM-DD") @RequestParam(required = false)
          String from,
      @Parameter(description = "last day of arrival, YYYY-MM-DD") @RequestParam(required = false)
          String to,
      @Parameter(description = "ISO 3166-1 alpha-3") @RequestParam(required = false)
          String nationality,
      Actor actor) {
    return ReportsResponse.of(
        reports.report(Query.parse(mission, projectId, from, to, nationality), actor));
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping(path = "/reports.xlsx", produces = ReportFiles.XLSX)
  @Operation(
      operationId = "getReintegrationReportsXlsx",
      summary = "The four reintegration reports as a spreadsheet",
      description =
          "A sheet per report, headed in the reader's language (lang fr, en or ar, else"
              + " Accept-Language), counts, amounts and scores as number cells. The download is"
              + " audited."
              + FILTER)
  @ApiResponse(
      responseCode = "200",
      description = "The spreadsheet",
      content =
          @Content(
              mediaType = ReportFiles.XLSX,
              schema = @Schema(type = "string", format = "binary")))
  ResponseEntity<byte[]> xlsx(
      @Parameter(description = "a mission code") @RequestParam(required = false) String mission,
      @Parameter(description = "a project's id") @RequestParam(required = false) String projectId,
      @Parameter(description = "first day of arrival, YYYY-MM-DD") @RequestParam(required = false)
          String from,
      @Parameter(description = "last day of arrival, YYYY-MM-DD") @RequestParam(required = false)
          String to,
      @Parameter(description = "ISO 3166-1 alpha-3") @RequestParam(required = false)
          String nationality,
      @Parameter(description = "fr, en or ar; else Accept-Language") @RequestParam(required = false)
          String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
      Actor actor) {
    Locale reader = ReaderLanguage.pick(lang, acceptLanguage, Locale.ENGLISH);
    Report report =
        reports.export(Query.parse(mission, projectId, from, to, nationality), "xlsx", actor);
    return downloads.xlsx(report, reader);
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping(path = "/reports/{report}.csv", produces = "text/csv")
  @Operation(
      operationId = "getReintegrationReportCsv",
      summary = "One reintegration report as CSV",
      description =
          "RFC 4180, UTF-8. `report` is plans (plan_type, status, plans, returnees), funds"
              + " (project_id, project, currency, planned, paid, remaining), businesses (months,"
              + " visited, operating, operating_share) or scores (cohort_by, cohort, months,"
              + " visits, economic, social, psychosocial, composite). The download is audited."
              + FILTER)
  @ApiResponse(
      responseCode = "200",
      description = "The report",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  ResponseEntity<byte[]> csv(
      @Parameter(description = "plans, funds, businesses or scores") @PathVariable String report,
      @Parameter(description = "a mission code") @RequestParam(required = false) String mission,
      @Parameter(description = "a project's id") @RequestParam(required = false) String projectId,
      @Parameter(description = "first day of arrival, YYYY-MM-DD") @RequestParam(required = false)
          String from,
      @Parameter(description = "last day of arrival, YYYY-MM-DD") @RequestParam(required = false)
          String to,
      @Parameter(description = "ISO 3166-1 alpha-3") @RequestParam(required = false)
          String nationality,
      Actor actor) {
    var kind = ReportDownloads.kind(report);
    Report r =
        reports.export(
            Query.parse(mission, projectId, from, to, nationality), kind.slug() + ".csv", actor);
    return downloads.csv(r, kind);
  }
}
