package org.homeward.movement.flights;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.homeward.registry.Vulnerability;

/**
 * A manifest as CSV (RFC 4180, UTF-8, lines ended by CRLF): a header row, then one row per
 * passenger in booking order. Codes stay codes ({@code F}, {@code CMR}, {@code PASSPORT}, {@code
 * LAP_INFANT}, {@code PREGNANT}), for any program to read; several special needs are separated by a
 * semicolon.
 */
public final class ManifestCsv {

  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

  static final List<String> HEADER =
      List.of(
          "flight",
          "case_number",
          "family_name",
          "given_name",
          "sex",
          "date_of_birth",
          "date_of_birth_estimated",
          "nationality",
          "document_type",
          "document_number",
          "seat",
          "medical_escort",
          "special_needs",
          "boarding");

  private static final String LINE_END = "\r\n";

  private ManifestCsv() {}

  /** Writes the manifest to {@code out} as UTF-8, flushed and left open. */
  public static void write(Manifest manifest, OutputStream out) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      row(writer, HEADER);
      for (Manifest.Line line : manifest.lines()) {
        row(
            writer,
            List.of(
                manifest.flight().id().toString(),
                line.caseNumber(),
                text(line.familyName()),
                text(line.givenName()),
                line.sex() == null ? "" : line.sex().name(),
                line.dateOfBirth() == null ? "" : line.dateOfBirth().toString(),
                Boolean.toString(line.dobEstimated()),
                text(line.nationality()),
                line.documentType() == null ? "" : line.documentType().name(),
                text(line.documentNumber()),
                line.seat(),
                Boolean.toString(line.medicalEscort()),
                line.specialNeeds().stream()
                    .map(Vulnerability::name)
                    .sorted()
                    .collect(Collectors.joining(";")),
                line.boarding().name()));
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quoted(fields.get(i)));
    }
    out.write(LINE_END);
  }

  /** A field with a comma, a quote or a line break is quoted, its quotes doubled. */
  static String quoted(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /**
   * A text a person typed. One that begins like a formula gets a leading apostrophe, so that a
   * spreadsheet opening the file shows it rather than runs it.
   */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
