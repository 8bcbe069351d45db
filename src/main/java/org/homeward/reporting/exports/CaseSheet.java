package org.homeward.reporting.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.homeward.shared.files.Csv;

/**
 * A case list being written out, row by row: CSV (RFC 4180, as every export) or an XLSX sheet,
 * whose rows go to the stream every {@link #FLUSH_EVERY} rows, so that neither holds the list.
 */
sealed interface CaseSheet {

  int FLUSH_EVERY = 1000;

  void row(List<?> values);

  /** Writes what is left; the stream stays open. */
  void finish();

  static CaseSheet of(ExportFormat format, String title, OutputStream out) {
    return switch (format) {
      case CSV -> new CsvSheet(Csv.to(out));
      case XLSX -> XlsxSheet.open(title, out);
    };
  }

  final class CsvSheet implements CaseSheet {
    private final Csv csv;
    private int rows;

    CsvSheet(Csv csv) {
      this.csv = csv;
    }

    @Override
    public void row(List<?> values) {
      csv.row(values.stream().map(v -> v == null ? "" : v.toString()).toList());
      if (++rows % FLUSH_EVERY == 0) {
        csv.flush();
      }
    }

    @Override
    public void finish() {
      csv.flush();
    }
  }

  final class XlsxSheet implements CaseSheet {
    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    private XlsxSheet(Workbook workbook, Worksheet sheet) {
      this.workbook = workbook;
      this.sheet = sheet;
    }

    static XlsxSheet open(String title, OutputStream out) {
      Workbook workbook = new Workbook(out, "Homeward", "1.0");
      return new XlsxSheet(workbook, workbook.newWorksheet(title));
    }

    @Override
    public void row(List<?> values) {
      for (int column = 0; column < values.size(); column++) {
        Object value = values.get(column);
        if (value instanceof Number number) {
          sheet.value(row, column, number);
        } else if (value != null && !value.toString().isEmpty()) {
          sheet.value(row, column, value.toString());
        }
      }
      if (row == 0) {
        sheet.range(row, 0, row, values.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
      }
      row++;
      if (row % FLUSH_EVERY == 0) {
        try {
          sheet.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    public void finish() {
      try {
        workbook.finish();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
