package org.homeward.reintegration.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reintegration.reports.ReintegrationReports;
import org.homeward.reintegration.reports.ReintegrationReports.Kind;
import org.homeward.reintegration.reports.ReintegrationReports.Query;
import org.homeward.reintegration.reports.ReintegrationReports.Report;
import org.homeward.reintegration.reports.ReportFiles;
import org.homeward.reintegration.web.Form;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.web.FieldErrors;
import org.homeward.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The reintegration reports page, with its filter, and its downloads. */
@PageController("reintegrationReportPages")
class ReportPages {

  private final ReintegrationReports reports;
  private final ReportDownloads downloads;
  private final MessageSource messages;

  ReportPages(ReintegrationReports reports, ReportDownloads downloads, MessageSource messages) {
    this.reports = reports;
    this.downloads = downloads;
    this.messages = messages;
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration/reports")
  String page(
      @RequestParam(required = false) String mission,
      @RequestParam(required = false) String projectId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String nationality,
      Actor actor,
      Model model,
      HttpServletResponse response) {
    Map<String, String> filters = new LinkedHashMap<>();
    put(filters, "mission", mission);
    put(filters, "projectId", projectId);
    put(filters, "from", from);
    put(filters, "to", to);
    put(filters, "nationality", nationality);
    model.addAttribute("filters", filters);
    model.addAttribute("missions", reports.missions(actor));
    model.addAttribute("projects", reports.projects(actor));
    model.addAttribute("kinds", Kind.values());
    try {
      Report report = reports.report(Query.parse(mission, projectId, from, to, nationality), actor);
      model.addAttribute("report", report);
      model.addAttribute("errors", FieldErrors.NONE);
      Map<String, Object> rows = new LinkedHashMap<>();
      for (Kind k : Kind.values()) {
        rows.put(k.slug(), ReportFiles.rows(report, k));
      }
      model.addAttribute("rows", rows);
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("report", null);
      model.addAttribute("errors", Form.errors(e, messages));
    }
    return "reintegration/reports";
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration/reports.xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) String mission,
      @RequestParam(required = false) String projectId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String nationality,
      Actor actor) {
    Report report =
        reports.export(Query.parse(mission, projectId, from, to, nationality), "xlsx", actor);
    return downloads.xlsx(report, Form.locale());
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration/reports/{report}.csv")
  ResponseEntity<byte[]> csv(
      @PathVariable String report,
      @RequestParam(required = false) String mission,
      @RequestParam(required = false) String projectId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String nationality,
      Actor actor) {
    Kind kind = ReportDownloads.kind(report);
    Report r =
        reports.export(
            Query.parse(mission, projectId, from, to, nationality), kind.slug() + ".csv", actor);
    return downloads.csv(r, kind);
  }

  private static void put(Map<String, String> filters, String name, String value) {
    if (value != null && !value.isBlank()) {
      filters.put(name, value.strip());
    }
  }
}
