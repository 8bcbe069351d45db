package org.homeward.funding.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.homeward.funding.reports.DonorReportContent.Field;
import org.homeward.funding.reports.DonorReportContent.Row;
import org.homeward.funding.reports.DonorReportContent.Table;

/**
 * A donor report as a spreadsheet, one sheet in the reader's language (right to left in Arabic).
 * Counts and amounts are number cells holding the exact values, so the donor can add them up again.
 */
public final class DonorReportXlsx {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final String HEADER_FILL = "D9E2F3";

  private DonorReportXlsx() {}

  /** Writes the report for a reader of {@code reader}'s language; leaves {@code out} open. */
  public static void write(DonorReport report, Locale reader, OutputStream out) {
    DonorReportContent content = DonorReportContent.of(report, ReportLabels.of(reader));
    try {
      Workbook workbook = new Workbook(out, "Homeward", "1.0");
      Worksheet sheet = workbook.newWorksheet(sheetName(content.title()));
      if (content.labels().rightToLeft()) {
        sheet.rightToLeft();
      }
      sheet.width(0, 48);
      sheet.width(1, 22);
      sheet.width(2, 22);
      new Sheet(sheet, content).fill();
      workbook.finish();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sheet name has at most 31 characters and none of {@code : \ / ? * [ ]}. */
  static String sheetName(String title) {
    String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
    return name.length() > 31 ? name.substring(0, 31) : name;
  }

  private static final class Sheet {

    private final Worksheet sheet;
    private final DonorReportContent content;
    private int row;

    Sheet(Worksheet sheet, DonorReportContent content) {
      this.sheet = sheet;
      this.content = content;
    }

    void fill() {
      sheet.value(row, 0, content.title());
      sheet.style(row, 0).bold().fontSize(14).set();
      row += 2;
      for (Field field : content.fields()) {
        sheet.value(row, 0, field.label());
        sheet.style(row, 0).bold().set();
        sheet.value(row, 1, field.value());
        sheet.range(row, 1, row, 2).merge();
        row++;
      }
      for (Table table : content.tables()) {
        row++;
        table(table);
      }
    }

    private void table(Table table) {
      sheet.value(row, 0, table.title());
      sheet.style(row, 0).bold().fontSize(12).set();
      row++;
      List<String> headers = table.headers();
      for (int column = 0; column < headers.size(); column++) {
        sheet.value(row, column, headers.get(column));
        sheet
            .style(row, column)
            .bold()
            .fillColor(HEADER_FILL)
            .horizontalAlignment(column == 0 ? "general" : "right")
            .wrapText(true)
            .set();
      }
      row++;
      String format = numberFormat(content.decimals(table));
      for (Row line : table.rows()) {
        line(line, format, false);
      }
      line(table.total(), format, true);
      if (table.note() != null) {
        sheet.value(row, 0, table.note());
        sheet.style(row, 0).italic().set();
        row++;
      }
    }

    private void line(Row line, String format, boolean total) {
      sheet.value(row, 0, line.label());
      if (total) {
        sheet
            .style(row, 0)
            .bold()
            .borderStyle(BorderSide.TOP, BorderStyle.THIN)
            .wrapText(true)
            .set();
      } else {
        sheet.style(row, 0).wrapText(true).set();
      }
      List<BigDecimal> values = line.values();
      for (int i = 0; i < values.size(); i++) {
        sheet.value(row, i + 1, values.get(i));
        if (total) {
          sheet
              .style(row, i + 1)
              .format(format)
              .bold()
              .borderStyle(BorderSide.TOP, BorderStyle.THIN)
              .set();
        } else {
          sheet.style(row, i + 1).format(format).set();
        }
      }
      row++;
    }

    private static String numberFormat(int decimals) {
      return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }
  }
}
