package org.homeward.reintegration.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.homeward.reintegration.ReintegrationFigures.PlanCount;
import org.homeward.reintegration.ReintegrationFigures.PlannedAgainstDisbursed;
import org.homeward.reintegration.ReintegrationFigures.ScoreAverage;
import org.homeward.reintegration.ReintegrationFigures.StillOperating;
import org.homeward.reintegration.reports.ReintegrationReports.Kind;
import org.homeward.reintegration.reports.ReintegrationReports.Report;
import org.homeward.shared.files.Csv;

/**
 * The reports as files: a spreadsheet with a sheet per report, its headings in the reader's
 * language and its counts, amounts and scores as number cells holding the exact values; and each
 * report as CSV, with stable column names and codes for machines.
 */
public final class ReportFiles {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The CSV columns of each report. */
  public static List<String> columns(Kind kind) {
    return switch (kind) {
      case PLANS -> List.of("plan_type", "status", "plans", "returnees");
      case FUNDS -> List.of("project_id", "project", "currency", "planned", "paid", "remaining");
      case BUSINESSES -> List.of("months", "visited", "operating", "operating_share");
      case SCORES ->
          List.of(
              "cohort_by",
              "cohort",
              "months",
              "visits",
              "economic",
              "social",
              "psychosocial",
              "composite");
    };
  }

  private ReportFiles() {}

  /** One report as CSV; leaves {@code out} open. */
  public static void csv(Report report, Kind kind, OutputStream out) {
    Csv csv = Csv.to(out);
    csv.row(columns(kind));
    for (List<Object> row : rows(report, kind)) {
      csv.row(row.stream().map(ReportFiles::text).toList());
    }
    csv.flush();
  }

  /**
   * The four reports as a spreadsheet, headed in the reader's language ({@code label} reads a
   * message key); leaves {@code out} open.
   */
  public static void xlsx(
      Report report, boolean rightToLeft, UnaryOperator<String> label, OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "Homeward", "1.0");
      for (Kind kind : Kind.values()) {
        Worksheet sheet = workbook.newWorksheet(sheetName(label.apply(title(kind))));
        if (rightToLeft) {
          sheet.rightToLeft();
        }
        sheet.value(0, 0, label.apply(title(kind)));
        sheet.style(0, 0).bold().fontSize(14).set();
        List<String> columns = columns(kind);
        for (int c = 0; c < columns.size(); c++) {
          sheet.value(2, c, label.apply("reintegration.report.column." + columns.get(c)));
          sheet.style(2, c).bold().fillColor("D9E2F3").set();
          sheet.width(c, c == 1 && kind == Kind.FUNDS ? 36 : 18);
        }
        int r = 3;
        for (List<Object> row : rows(report, kind)) {
          for (int c = 0; c < row.size(); c++) {
            Object value = row.get(c);
            if (value instanceof Number n) {
              sheet.value(r, c, n);
            } else if (value != null) {
              sheet.value(r, c, shown(kind, c, value.toString(), label));
            }
          }
          r++;
        }
      }
      workbook.finish();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message key of a report's title. */
  public static String title(Kind kind) {
    return "reintegration.report." + kind.slug();
  }

  /** Each report's rows, values as they are (numbers stay numbers, codes stay codes). */
  public static List<List<Object>> rows(Report report, Kind kind) {
    List<List<Object>> rows = new ArrayList<>();
    switch (kind) {
      case PLANS -> {
        for (PlanCount p : report.plans()) {
          rows.add(List.of(p.type().name(), p.status().name(), p.plans(), p.returnees()));
        }
      }
      case FUNDS -> {
        for (PlannedAgainstDisbursed f : report.funds()) {
          List<Object> row = new ArrayList<>();
          row.add(f.project() == null ? null : f.project().value());
          row.add(f.projectName());
          row.add(f.currency());
          row.add(f.planned());
          row.add(f.paid());
          row.add(f.planned().subtract(f.paid()));
          rows.add(row);
        }
      }
      case BUSINESSES -> {
        for (StillOperating s : report.businesses()) {
          rows.add(List.of(s.months(), s.visited(), s.operating(), share(s)));
        }
      }
      case SCORES -> {
        for (ScoreAverage a : report.scores()) {
          List<Object> row = new ArrayList<>();
          row.add(a.cohortBy());
          row.add(a.cohort());
          row.add(a.months());
          row.add(a.visits());
          row.add(a.economic());
          row.add(a.social());
          row.add(a.psychosocial());
          row.add(a.composite());
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** The share of the visited businesses still operating, to 4 decimals. */
  public static BigDecimal share(StillOperating s) {
    return s.visited() == 0
        ? BigDecimal.ZERO
        : BigDecimal.valueOf(s.operating())
            .divide(BigDecimal.valueOf(s.visited()), 4, RoundingMode.HALF_UP);
  }

  /** A code in the reader's words, in the spreadsheet. */
  private static String shown(Kind kind, int column, String value, UnaryOperator<String> label) {
    if (kind == Kind.PLANS) {
      return label.apply((column == 0 ? "plan-type." : "plan-status.") + value);
    }
    if (kind == Kind.SCORES && column == 0) {
      return label.apply("reintegration.report.cohort." + value);
    }
    return value;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return value instanceof String s ? Csv.text(s) : value.toString();
  }

  private static String sheetName(String title) {
    String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
    return name.length() > 31 ? name.substring(0, 31) : name;
  }
}
