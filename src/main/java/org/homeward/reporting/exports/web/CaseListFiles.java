package org.homeward.reporting.exports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseSearch;
import org.homeward.reporting.exports.CaseListExport;
import org.homeward.reporting.exports.CaseListFilter;
import org.homeward.reporting.exports.ExportFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * A case list as a file, for the API and the pages alike. Everything that can be refused (the
 * format, the HXL switch, each filter) is checked before the first byte is sent, so that a refusal
 * is a problem response and never a file cut short; then the rows go straight to the response.
 */
@Component("reportingCaseListFiles")
class CaseListFiles {

  private final CaseListExport export;

  CaseListFiles(CaseListExport export) {
    this.export = export;
  }

  void cases(
      CaseListFilter filter, String format, String hxl, Actor actor, HttpServletResponse response) {
    ExportFormat chosen = ExportFormat.parse(format);
    boolean tagged = ExportFormat.parseHxl(hxl);
    CaseSearch search = filter.search(actor);
    prepare(response, chosen, "cases");
    try {
      export.cases(filter, search, chosen, tagged, actor, response.getOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void pendingWork(String format, String hxl, Actor actor, HttpServletResponse response) {
    ExportFormat chosen = ExportFormat.parse(format);
    boolean tagged = ExportFormat.parseHxl(hxl);
    prepare(response, chosen, "pending-work");
    try {
      export.pendingWork(chosen, tagged, actor, response.getOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void prepare(HttpServletResponse response, ExportFormat format, String list) {
    response.setContentType(format.mediaType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(list + "-" + export.today() + "." + format.extension())
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
