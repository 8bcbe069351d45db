package org.homeward.reporting.exports;

import java.awt.Color;
import java.util.List;
import org.homeward.shared.files.PdfCells;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A horizontal bar chart drawn in the PDF itself: a row per bar, its label at the start of the
 * line, the bar, then its value. The bars are rectangles drawn with OpenPDF's own drawing
 * operators, as long as the largest value makes the longest; in Arabic they grow from the right, as
 * the line reads. The labels are text, so Arabic is shaped and a reader can copy them.
 */
final class BarChart {

  /** One bar: what it is, how long it is, and how its value reads. */
  record Bar(String label, double value, String shown) {}

  static final Color BAR = new Color(0x2F, 0x5C, 0x9E);
  static final Color TRACK = new Color(0xEE, 0xF1, 0xF6);

  private BarChart() {}

  /** The chart as a table the width of the page; an empty chart says {@code none}. */
  static PdfPTable of(String title, List<Bar> bars, String none, PdfCells cells) {
    PdfPTable table = cells.table(3.2f, 5f, 3.2f);
    table.setSpacingBefore(10);
    table.setKeepTogether(true);
    PdfPCell heading = cells.cell(title, true, 11, Element.ALIGN_LEFT);
    heading.setColspan(3);
    heading.setBorder(Rectangle.NO_BORDER);
    heading.setPaddingBottom(4);
    table.addCell(heading);
    if (bars.isEmpty()) {
      PdfPCell empty = cells.cell(none, false, 9, Element.ALIGN_LEFT);
      empty.setColspan(3);
      empty.setBorder(Rectangle.NO_BORDER);
      table.addCell(empty);
      return table;
    }
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    boolean rightToLeft = cells.direction() == org.openpdf.text.pdf.PdfWriter.RUN_DIRECTION_RTL;
    for (Bar bar : bars) {
      PdfPCell label = cells.cell(bar.label(), false, 9, Element.ALIGN_LEFT);
      label.setBorder(Rectangle.NO_BORDER);
      table.addCell(label);
      PdfPCell drawn = cells.cell("", false, 9, Element.ALIGN_LEFT);
      drawn.setBorder(Rectangle.NO_BORDER);
      drawn.setMinimumHeight(16);
      drawn.setCellEvent(new Drawn(max == 0 ? 0 : bar.value() / max, rightToLeft));
      table.addCell(drawn);
      PdfPCell value = cells.cell(bar.shown(), true, 9, Element.ALIGN_LEFT);
      value.setBorder(Rectangle.NO_BORDER);
      table.addCell(value);
    }
    return table;
  }

  /** Draws the bar, {@code share} of the cell's width, from the start of the line. */
  private record Drawn(double share, boolean rightToLeft) implements PdfPCellEvent {
    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
      PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
      float inset = 3;
      float left = position.getLeft() + inset;
      float width = position.getWidth() - 2 * inset;
      float bottom = position.getBottom() + inset;
      float height = position.getHeight() - 2 * inset;
      canvas.saveState();
      canvas.setColorFill(TRACK);
      canvas.rectangle(left, bottom, width, height);
      canvas.fill();
      float length = (float) (width * Math.max(0, Math.min(1, share)));
      if (length > 0) {
        canvas.setColorFill(BAR);
        canvas.rectangle(rightToLeft ? left + width - length : left, bottom, length, height);
        canvas.fill();
      }
      canvas.restoreState();
    }
  }
}
