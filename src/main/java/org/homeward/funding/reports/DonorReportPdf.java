package org.homeward.funding.reports;

import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.homeward.funding.reports.DonorReportContent.Field;
import org.homeward.funding.reports.DonorReportContent.Row;
import org.homeward.funding.reports.DonorReportContent.Table;
import org.homeward.shared.files.PdfCells;
import org.homeward.shared.files.PdfFile;
import org.homeward.shared.files.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A donor report as a PDF in the reader's language. Arabic is shaped and laid out right to left;
 * the fonts (Noto Sans and Noto Sans Arabic) are embedded, so the file reads the same anywhere.
 */
public final class DonorReportPdf {

  public static final String MEDIA_TYPE = "application/pdf";

  private static final Color HEADER_FILL = new Color(0xD9, 0xE2, 0xF3);
  private static final float TEXT = 9.5f;

  private DonorReportPdf() {}

  /**
   * Writes the report for a reader of {@code reader}'s language; leaves {@code out} open.
   *
   * @throws IllegalStateException when the fonts are not installed (Debian's fonts-noto-core)
   */
  public static void write(DonorReport report, Locale reader, OutputStream out) {
    write(report, reader, out, PdfFonts.find());
  }

  static void write(DonorReport report, Locale reader, OutputStream out, PdfFonts fonts) {
    DonorReportContent content = DonorReportContent.of(report, ReportLabels.of(reader));
    PdfFile.write(
        new Document(PageSize.A4, 42, 42, 48, 48),
        content.title() + " – " + report.projectCode(),
        content.labels().locale(),
        out,
        document -> new Pages(document, content, fonts).fill());
  }

  private static final class Pages {

    private final Document document;
    private final DonorReportContent content;
    private final PdfCells cells;

    Pages(Document document, DonorReportContent content, PdfFonts fonts) {
      this.document = document;
      this.content = content;
      this.cells = PdfCells.of(fonts, content.labels().rightToLeft(), 4);
    }

    void fill() {
      PdfPTable title = cells.table(new float[] {1});
      PdfPCell heading = cells.cell(content.title(), true, 16, Element.ALIGN_LEFT);
      heading.setBorder(Rectangle.NO_BORDER);
      heading.setPaddingBottom(10);
      title.addCell(heading);
      document.add(title);

      PdfPTable fields = cells.table(new float[] {1.3f, 3f});
      for (Field field : content.fields()) {
        fields.addCell(cells.cell(field.label(), true, TEXT, Element.ALIGN_LEFT));
        fields.addCell(cells.cell(field.value(), false, TEXT, Element.ALIGN_LEFT));
      }
      document.add(fields);

      for (Table table : content.tables()) {
        table(table);
      }
    }

    private void table(Table table) {
      List<String> headers = table.headers();
      float[] widths = new float[headers.size()];
      widths[0] = 3;
      for (int i = 1; i < widths.length; i++) {
        widths[i] = 1.4f;
      }
      PdfPTable pdf = cells.table(widths);
      pdf.setSpacingBefore(16);
      pdf.setHeaderRows(2);
      pdf.setKeepTogether(table.rows().size() <= 25);

      PdfPCell title = cells.cell(table.title(), true, 11.5f, Element.ALIGN_LEFT);
      title.setColspan(headers.size());
      title.setBorder(Rectangle.NO_BORDER);
      title.setPaddingBottom(6);
      pdf.addCell(title);
      for (int i = 0; i < headers.size(); i++) {
        PdfPCell header =
            cells.cell(
                headers.get(i), true, TEXT, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        header.setBackgroundColor(HEADER_FILL);
        pdf.addCell(header);
      }

      int decimals = content.decimals(table);
      for (Row row : table.rows()) {
        row(pdf, row, decimals, false);
      }
      row(pdf, table.total(), decimals, true);

      if (table.note() != null) {
        PdfPCell note = cells.cell(table.note(), false, 8, Element.ALIGN_LEFT);
        note.setColspan(headers.size());
        note.setBorder(Rectangle.NO_BORDER);
        pdf.addCell(note);
      }
      document.add(pdf);
    }

    private void row(PdfPTable pdf, Row row, int decimals, boolean total) {
      pdf.addCell(emphasised(cells.cell(row.label(), total, TEXT, Element.ALIGN_LEFT), total));
      for (BigDecimal value : row.values()) {
        pdf.addCell(
            emphasised(
                cells.cell(content.format(value, decimals), total, TEXT, Element.ALIGN_RIGHT),
                total));
      }
    }

    private static PdfPCell emphasised(PdfPCell cell, boolean total) {
      if (total) {
        cell.setBorderWidthTop(1.2f);
      }
      return cell;
    }
  }
}
