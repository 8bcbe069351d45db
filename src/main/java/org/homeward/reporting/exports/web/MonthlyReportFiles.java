package org.homeward.reporting.exports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Locale;
import org.homeward.organisation.Actor;
import org.homeward.reporting.exports.MonthlyReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** The monthly report as a file, for the API and the pages alike. */
@Component("reportingMonthlyReportFiles")
class MonthlyReportFiles {

  static final String PDF = "application/pdf";

  private final MonthlyReport report;

  MonthlyReportFiles(MonthlyReport report) {
    this.report = report;
  }

  void pdf(
      String missionCode, String month, Locale reader, Actor actor, HttpServletResponse response) {
    YearMonth chosen = report.month(month);
    // a few pages: written whole first, so that a refusal is never a file cut short
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report.pdf(missionCode, chosen, reader, actor, out);
    response.setContentType(PDF);
    response.setHeader(HttpHeaders.CONTENT_LANGUAGE, reader.getLanguage());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.inline()
            .filename("monthly-report-" + missionCode + "-" + chosen + ".pdf")
            .build()
            .toString());
    response.setContentLength(out.size());
    try {
      out.writeTo(response.getOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
