package org.homeward.funding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.homeward.funding.Ledger;
import org.homeward.funding.Project;
import org.homeward.funding.internal.Fields;
import org.homeward.funding.reports.AppealCsv;
import org.homeward.funding.reports.DonorReport;
import org.homeward.funding.reports.DonorReportPdf;
import org.homeward.funding.reports.DonorReportXlsx;
import org.homeward.funding.reports.IatiActivities;
import org.homeward.funding.reports.IatiReport;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ReaderLanguage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/funding")
@Tag(
    name = "Funding reports",
    description = "The files funding hands out: IATI activities, donor reports, appeal figures")
class FundingReportController {

  static final String IATI_XML = "application/xml";
  static final Set<String> LANGUAGES = ReaderLanguage.CODES;

  private final FundingFiles files;
  private final Ledger ledger;

  FundingReportController(FundingFiles files, Ledger ledger) {
    this.files = files;
    this.ledger = ledger;
  }

  @Requires(Permission.AGGREGATE_READ)
  @GetMapping(path = "/iati-activities", produces = IATI_XML)
  @Operation(
      operationId = "getIatiActivities",
      summary = "The projects you may see, as an IATI 2.03 activity file",
      description =
          "One iati-activity per project: its donors (funding) and mission (implementing), its"
              + " budget one period per year of the project, and its transactions: each received"
              + " contribution as incoming funds (1), each case's commitment as an outgoing"
              + " commitment (2, a negative one when it is released unspent) and each"
              + " expenditure (4), in the project's currency. Not found when you see no project.")
  @ApiResponse(
      responseCode = "200",
      description = "The IATI activity file",
      content = @Content(mediaType = IATI_XML, schema = @Schema(type = "string")))
  ResponseEntity<byte[]> iati(Actor actor) {
    IatiReport report =
        files.iati(actor).orElseThrow(() -> new NotFoundException("project", "any"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IatiActivities.write(report, out);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_XML)
        .header(HttpHeaders.CONTENT_DISPOSITION, inline("iati-activities.xml"))
        .body(out.toByteArray());
  }

  @Requires(Permission.AGGREGATE_READ)
  @GetMapping(
      path = "/projects/{id}/report",
      produces = {DonorReportXlsx.MEDIA_TYPE, DonorReportPdf.MEDIA_TYPE})
  @Operation(
      operationId = "getDonorReport",
      summary = "A project's donor report for a period, as XLSX or PDF",
      description =
          "The people assisted (the members of the cases the project reserved money for or spent"
              + " on in the period) by nationality, sex, age group and vulnerability, and the"
              + " budget and expenditure by budget line in the project's currency, adding up to"
              + " the ledger to the cent. from and to default to the project's period; format is"
              + " xlsx (the default) or pdf; lang (fr, en or ar) or else Accept-Language picks"
              + " the language. A donor's viewer reads the reports of the projects its donor"
              + " funds.")
  @ApiResponse(
      responseCode = "200",
      description = "The report file",
      content = {
        @Content(
            mediaType = DonorReportXlsx.MEDIA_TYPE,
            schema = @Schema(type = "string", format = "binary")),
        @Content(
            mediaType = DonorReportPdf.MEDIA_TYPE,
            schema = @Schema(type = "string", format = "binary"))
      })
  ResponseEntity<byte[]> donorReport(
      @PathVariable String id,
      @Parameter(description = "YYYY-MM-DD; the project's start when left out")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "YYYY-MM-DD; the project's end when left out")
          @RequestParam(required = false)
          String to,
      @Parameter(description = "xlsx (default) or pdf") @RequestParam(required = false)
          String format,
      @Parameter(description = "fr, en or ar; else Accept-Language") @RequestParam(required = false)
          String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
      Actor actor) {
    Project project = files.visibleProject(Json.projectId(id), actor);
    Violations v = new Violations();
    LocalDate start = Fields.blank(from) ? project.startsOn() : Fields.date(v, "from", from);
    LocalDate end = Fields.blank(to) ? project.endsOn() : Fields.date(v, "to", to);
    String kind = Fields.blank(format) ? "xlsx" : format.trim().toLowerCase(Locale.ROOT);
    v.check(
        kind.equals("xlsx") || kind.equals("pdf"), "format", "invalid", "xlsx or pdf, not " + kind);
    if (!Fields.blank(lang)) {
      v.check(
          LANGUAGES.contains(lang.trim()), "lang", "invalid", "fr, en or ar, not " + lang.trim());
    }
    v.throwIfAny();
    if (end.isBefore(start)) {
      throw InvalidInputException.of("to", "out-of-range", "the period ends on or after " + start);
    }
    Locale reader = ReaderLanguage.pick(lang, acceptLanguage, Locale.ENGLISH);
    DonorReport report = files.donorReport(project.id(), start, end, actor);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String name = project.code() + "-" + start + "-" + end + "." + kind;
    if (kind.equals("pdf")) {
      DonorReportPdf.write(report, reader, out);
    } else {
      DonorReportXlsx.write(report, reader, out);
    }
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType(
                kind.equals("pdf") ? DonorReportPdf.MEDIA_TYPE : DonorReportXlsx.MEDIA_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .header(HttpHeaders.CONTENT_LANGUAGE, reader.getLanguage())
        .body(out.toByteArray());
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping(path = "/appeals.csv", produces = "text/csv")
  @Operation(
      operationId = "getAppealFiguresCsv",
      summary = "The appeals you oversee, as CSV",
      description =
          "RFC 4180, UTF-8: each appeal's title, mission, currency, target, pledged, received,"
              + " gap, progress, target people and people assisted (the people committed on the"
              + " projects its contributions went to), on asOf (default today), newest launch"
              + " first.")
  @ApiResponse(
      responseCode = "200",
      description = "The appeal figures",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  ResponseEntity<byte[]> appealsCsv(
      @Parameter(description = "YYYY-MM-DD; today when left out") @RequestParam(required = false)
          String asOf,
      Actor actor) {
    LocalDate day = Json.asOf(asOf, ledger.today());
    List<org.homeward.funding.reports.AppealFigures> figures = files.appealFigures(day, actor);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AppealCsv.write(figures, out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(AppealCsv.MEDIA_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("appeals-" + day + ".csv").build().toString())
        .body(out.toByteArray());
  }

  private static String inline(String filename) {
    return ContentDisposition.inline().filename(filename).build().toString();
  }
}
