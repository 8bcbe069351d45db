package org.homeward.funding.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The appeals' figures as CSV (RFC 4180): a header row, then one row per appeal; fields separated
 * by commas, quoted when they hold a comma, a quote or a line break, lines ended by CRLF. Amounts
 * are plain decimals with a point ({@code 800000.00}) in the appeal's currency, for any program to
 * read.
 */
public final class AppealCsv {

  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

  static final List<String> HEADER =
      List.of(
          "title",
          "mission",
          "currency",
          "target",
          "pledged",
          "received",
          "gap",
          "target_people",
          "people_assisted",
          "progress_percent");

  private static final String LINE_END = "\r\n";

  private AppealCsv() {}

  /** Writes the figures to {@code out} as UTF-8; leaves {@code out} open. */
  public static void write(List<AppealFigures> appeals, OutputStream out) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(appeals, writer);
  }

  /** Writes the figures to {@code out}, flushed and left open. */
  public static void write(List<AppealFigures> appeals, Writer out) {
    try {
      row(out, HEADER);
      for (AppealFigures appeal : appeals) {
        row(
            out,
            List.of(
                text(appeal.title()),
                text(appeal.mission()),
                appeal.currency().getCurrencyCode(),
                ReportText.plain(appeal.target()),
                ReportText.plain(appeal.pledged()),
                ReportText.plain(appeal.received()),
                ReportText.plain(appeal.gap()),
                Long.toString(appeal.targetPeople()),
                Long.toString(appeal.peopleAssisted()),
                appeal.progressPercent().toPlainString()));
      }
      out.flush();
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

  /** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
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
   * A text a person typed. One that begins like a formula ({@code = + - @}) gets a leading
   * apostrophe, so that a spreadsheet opening the file shows it rather than runs it.
   */
  static String text(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
