package org.homeward.reporting.exports.web;

import jakarta.servlet.http.HttpServletResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reporting.exports.CaseListFilter;
import org.homeward.shared.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The downloads the case list and the home page link to, with the list's own filters. */
@PageController("reportingCaseExportPages")
class CaseExportPages {

  private final CaseListFiles files;

  CaseExportPages(CaseListFiles files) {
    this.files = files;
  }

  @Requires(Permission.CASE_READ)
  @GetMapping("/reporting/exports/cases.{format}")
  void cases(
      @PathVariable String format,
      @RequestParam(required = false) String hxl,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String nationality,
      @RequestParam(required = false) String vulnerability,
      @RequestParam(required = false) String site,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String sort,
      Actor actor,
      HttpServletResponse response) {
    files.cases(
        new CaseListFilter(
            q,
            status,
            nationality,
            vulnerability,
            site,
            from,
            to,
            sort,
            CaseListFilter.Spelling.PAGE),
        format,
        hxl,
        actor,
        response);
  }

  @Requires(Permission.CASE_READ)
  @GetMapping("/reporting/exports/pending-work.{format}")
  void pendingWork(
      @PathVariable String format,
      @RequestParam(required = false) String hxl,
      Actor actor,
      HttpServletResponse response) {
    files.pendingWork(format, hxl, actor, response);
  }
}
