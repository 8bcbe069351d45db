package org.homeward.shared.files;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The tables and cells of a PDF file laid out in its reader's direction: right to left for Arabic
 * (the first column on the right, each cell's start on its right side), otherwise left to right.
 * Either way the cells have a run direction, so that Arabic in them is shaped, even an Arabic name
 * in a French file.
 *
 * @param direction {@link PdfWriter#RUN_DIRECTION_RTL} or {@link PdfWriter#RUN_DIRECTION_LTR}
 * @param padding around a cell's text, in points
 */
public record PdfCells(PdfFonts fonts, int direction, float padding) {

  /** Right to left for a reader of Arabic, else left to right. */
  public static PdfCells of(PdfFonts fonts, boolean rightToLeft, float padding) {
    return new PdfCells(
        fonts, rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR, padding);
  }

  /** A table the width of the page, its columns as wide as {@code widths} says, relatively. */
  public PdfPTable table(float... widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setRunDirection(direction);
    return table;
  }

  /**
   * A cell with a grey border whose text takes each character from the font that has it ({@link
   * PdfFonts#phrase}), centred vertically. Alignment is by reading order: {@code ALIGN_LEFT} is the
   * start of the line, on the right in Arabic.
   */
  public PdfPCell cell(String text, boolean bold, float size, int alignment) {
    PdfPCell cell = new PdfPCell(fonts.phrase(text, bold, size));
    cell.setRunDirection(direction);
    cell.setHorizontalAlignment(alignment);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPadding(padding);
    cell.setBorderColor(Color.GRAY);
    return cell;
  }
}
