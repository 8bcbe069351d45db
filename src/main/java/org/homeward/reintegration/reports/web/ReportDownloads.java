package org.homeward.reintegration.reports.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.homeward.reintegration.reports.ReintegrationReports.Kind;
import org.homeward.reintegration.reports.ReintegrationReports.Report;
import org.homeward.reintegration.reports.ReportFiles;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.files.Csv;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The reports' files as the API and the pages send them. */
@Component
class ReportDownloads {

  private final MessageSource messages;

  ReportDownloads(MessageSource messages) {
    this.messages = messages;
  }

  static Kind kind(String slug) {
    return Kind.of(slug).orElseThrow(() -> new NotFoundException("reintegration report", slug));
  }

  ResponseEntity<byte[]> xlsx(Report report, Locale reader) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFiles.xlsx(
        report,
        "ar".equals(reader.getLanguage()),
        key -> messages.getMessage(key, null, key, reader),
        out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ReportFiles.XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment("reintegration-reports.xlsx"))
        .header(HttpHeaders.CONTENT_LANGUAGE, reader.getLanguage())
        .body(out.toByteArray());
  }

  ResponseEntity<byte[]> csv(Report report, Kind kind) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFiles.csv(report, kind, out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION, attachment("reintegration-" + kind.slug() + ".csv"))
        .body(out.toByteArray());
  }

  private static String attachment(String name) {
    return ContentDisposition.attachment().filename(name).build().toString();
  }
}
