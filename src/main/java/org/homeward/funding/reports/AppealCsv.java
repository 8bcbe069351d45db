package org.homeward.funding.reports;

import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.homeward.shared.files.Csv;

/**
 * The appeals' figures as CSV (RFC 4180, written by {@link Csv}): a header row, then one row per
 * appeal; fields separated by commas, quoted when they hold a comma, a quote or a line break, lines
 * ended by CRLF. Amounts are plain decimals with a point ({@code 800000.00}) in the appeal's
 * currency, for any program to read.
 */
public final class AppealCsv {

  public static final String MEDIA_TYPE = Csv.MEDIA_TYPE;

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

  private AppealCsv() {}

  /** Writes the figures to {@code out} as UTF-8; leaves {@code out} open. */
  public static void write(List<AppealFigures> appeals, OutputStream out) {
    write(appeals, Csv.to(out));
  }

  /** Writes the figures to {@code out}, flushed and left open. */
  public static void write(List<AppealFigures> appeals, Writer out) {
    write(appeals, Csv.to(out));
  }

  private static void write(List<AppealFigures> appeals, Csv csv) {
    csv.row(HEADER);
    for (AppealFigures appeal : appeals) {
      csv.row(
          List.of(
              Csv.text(appeal.title()),
              Csv.text(appeal.mission()),
              appeal.currency().getCurrencyCode(),
              ReportText.plain(appeal.target()),
              ReportText.plain(appeal.pledged()),
              ReportText.plain(appeal.received()),
              ReportText.plain(appeal.gap()),
              Long.toString(appeal.targetPeople()),
              Long.toString(appeal.peopleAssisted()),
              appeal.progressPercent().toPlainString()));
    }
    csv.flush();
  }
}
