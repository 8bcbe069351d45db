package org.homeward.funding.reports;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.homeward.funding.reports.DonorReportContent.Field;
import org.homeward.funding.reports.DonorReportContent.Row;
import org.homeward.funding.reports.DonorReportContent.Table;
import org.homeward.shared.files.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

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
    Document document = new Document(PageSize.A4, 42, 42, 48, 48);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false);
    document.addTitle(content.title() + " – " + report.projectCode());
    document.addCreator("Homeward");
    document.setDocumentLanguage(content.labels().locale().toLanguageTag());
    document.open();
    new Pages(document, content, fonts).fill();
    document.close();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Pages {

    private final Document document;
    private final DonorReportContent content;
    private final PdfFonts fonts;
    private final int direction;

    Pages(Document document, DonorReportContent content, PdfFonts fonts) {
      this.document = document;
      this.content = content;
      this.fonts = fonts;
      this.direction =
          content.labels().rightToLeft()
              ? PdfWriter.RUN_DIRECTION_RTL
              // also left to right, so an Arabic name in a French report is shaped too
              : PdfWriter.RUN_DIRECTION_LTR;
    }

    void fill() {
      PdfPTable title = table(new float[] {1});
      PdfPCell heading = cell(content.title(), true, 16, Element.ALIGN_LEFT);
      heading.setBorder(Rectangle.NO_BORDER);
      heading.setPaddingBottom(10);
      title.addCell(heading);
      document.add(title);

      PdfPTable fields = table(new float[] {1.3f, 3f});
      for (Field field : content.fields()) {
        fields.addCell(cell(field.label(), true, TEXT, Element.ALIGN_LEFT));
        fields.addCell(cell(field.value(), false, TEXT, Element.ALIGN_LEFT));
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
      PdfPTable pdf = table(widths);
      pdf.setSpacingBefore(16);
      pdf.setHeaderRows(2);
      pdf.setKeepTogether(table.rows().size() <= 25);

      PdfPCell title = cell(table.title(), true, 11.5f, Element.ALIGN_LEFT);
      title.setColspan(headers.size());
      title.setBorder(Rectangle.NO_BORDER);
      title.setPaddingBottom(6);
      pdf.addCell(title);
      for (int i = 0; i < headers.size(); i++) {
        PdfPCell header =
            cell(headers.get(i), true, TEXT, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        header.setBackgroundColor(HEADER_FILL);
        pdf.addCell(header);
      }

      int decimals = content.decimals(table);
      for (Row row : table.rows()) {
        row(pdf, row, decimals, false);
      }
      row(pdf, table.total(), decimals, true);

      if (table.note() != null) {
        PdfPCell note = cell(table.note(), false, 8, Element.ALIGN_LEFT);
        note.setColspan(headers.size());
        note.setBorder(Rectangle.NO_BORDER);
        pdf.addCell(note);
      }
      document.add(pdf);
    }

    private void row(PdfPTable pdf, Row row, int decimals, boolean total) {
      pdf.addCell(emphasised(cell(row.label(), total, TEXT, Element.ALIGN_LEFT), total));
      for (BigDecimal value : row.values()) {
        pdf.addCell(
            emphasised(
                cell(content.format(value, decimals), total, TEXT, Element.ALIGN_RIGHT), total));
      }
    }

    private static PdfPCell emphasised(PdfPCell cell, boolean total) {
      if (total) {
        cell.setBorderWidthTop(1.2f);
      }
      return cell;
    }

    private PdfPTable table(float[] widths) {
      PdfPTable table = new PdfPTable(widths);
      table.setWidthPercentage(100);
      // right to left: the first column on the right, and each cell's start on its right side
      table.setRunDirection(direction);
      return table;
    }

    /**
     * A cell whose text takes each character from the font that has it: Noto Sans for Latin
     * letters, digits and punctuation, Noto Sans Arabic for Arabic. Alignment is by reading order:
     * {@code ALIGN_LEFT} is the start of the line, on the right in Arabic.
     */
    private PdfPCell cell(String text, boolean bold, float size, int alignment) {
      PdfPCell cell = new PdfPCell(fonts.phrase(text, bold, size));
      cell.setRunDirection(direction);
      cell.setHorizontalAlignment(alignment);
      cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
      cell.setPadding(4);
      cell.setBorderColor(Color.GRAY);
      return cell;
    }
  }
}
