package org.homeward.movement.documents;

import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.homeward.registry.PersonIdentity;
import org.homeward.shared.CountryCode;
import org.homeward.shared.files.PdfCells;
import org.homeward.shared.files.PdfFile;
import org.homeward.shared.files.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.context.MessageSource;

/**
 * A consulate's list of requests as a printable PDF (A4 landscape), in the reader's language: the
 * consulate, the mission and the day, then one row per person. Names in Arabic script are shaped
 * and Arabic pages laid out right to left; the fonts are embedded, so the file reads the same at
 * the consulate.
 */
public final class ConsulateListPdf {

  public static final String MEDIA_TYPE = "application/pdf";

  private static final Color HEADER_FILL = new Color(0xD9, 0xE2, 0xF3);
  private static final float TEXT = 8.5f;

  /** The column headings, each a key of the message bundles. */
  static final List<String> COLUMNS =
      List.of(
          "consulate-list.number",
          "field.familyName",
          "field.givenName",
          "field.sex",
          "field.dateOfBirth",
          "field.placeOfBirth",
          "field.nationality",
          "consulate-list.document",
          "consulate-list.requested-on",
          "field.caseNumber");

  private ConsulateListPdf() {}

  /**
   * Writes the list for a reader of {@code reader}'s language; leaves {@code out} open.
   *
   * @param by who prints it, and for which mission
   */
  public static void write(
      ConsulateRequests.Consulate consulate,
      Locale reader,
      MessageSource messages,
      LocalDate today,
      String by,
      String mission,
      OutputStream out) {
    PdfFonts fonts = PdfFonts.find();
    boolean rtl = reader.getLanguage().equals("ar");
    String country = new CountryCode(consulate.country()).displayName(reader);
    String title = messages.getMessage("consulate-list.title", new Object[] {country}, reader);
    Cells cells = new Cells(PdfCells.of(fonts, rtl, 3));
    PdfFile.write(
        new Document(PageSize.A4.rotate(), 36, 36, 36, 36),
        title,
        reader,
        out,
        document -> {
          PdfPTable heading = cells.table(new float[] {1});
          heading.addCell(cells.plain(title, true, 14));
          heading.addCell(
              cells.plain(
                  messages.getMessage(
                      "consulate-list.subtitle",
                      new Object[] {mission, today.toString(), by, consulate.lines().size()},
                      reader),
                  false,
                  TEXT + 1));
          document.add(heading);

          float[] widths = {0.5f, 1.6f, 1.8f, 0.6f, 1.1f, 1.4f, 1.1f, 1.5f, 1.1f, 1.6f};
          PdfPTable table = cells.table(widths);
          table.setSpacingBefore(12);
          table.setHeaderRows(1);
          for (String column : COLUMNS) {
            PdfPCell cell = cells.cell(messages.getMessage(column, null, reader), true);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
          }
          int n = 0;
          for (ConsulateRequests.Line line : consulate.lines()) {
            PersonIdentity who = line.person().identity();
            TravelDocument d = line.document();
            table.addCell(cells.cell(Integer.toString(++n), false));
            table.addCell(cells.cell(who.familyName(), false));
            table.addCell(cells.cell(who.givenName(), false));
            table.addCell(
                cells.cell(
                    who.sex() == null ? "" : messages.getMessage("sex." + who.sex(), null, reader),
                    false));
            table.addCell(
                cells.cell(
                    who.dateOfBirth() == null
                        ? ""
                        : who.dobEstimated()
                            ? Integer.toString(who.dateOfBirth().getYear())
                            : who.dateOfBirth().toString(),
                    false));
            table.addCell(cells.cell(who.placeOfBirth(), false));
            table.addCell(
                cells.cell(
                    CountryCode.isValid(who.nationality())
                        ? new CountryCode(who.nationality()).displayName(reader)
                        : who.nationality(),
                    false));
            table.addCell(
                cells.cell(messages.getMessage("travel.type." + d.type(), null, reader), false));
            table.addCell(cells.cell(d.requestedOn().toString(), false));
            table.addCell(cells.cell(line.person().caseNumber(), false));
          }
          document.add(table);
        });
  }

  /** The list's cells: its text size, and headings without a border. */
  private record Cells(PdfCells cells) {

    PdfPTable table(float[] widths) {
      return cells.table(widths);
    }

    PdfPCell cell(String text, boolean bold) {
      return cells.cell(text, bold, TEXT, Element.ALIGN_LEFT);
    }

    PdfPCell plain(String text, boolean bold, float size) {
      PdfPCell cell = cells.cell(text, bold, size, Element.ALIGN_LEFT);
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPaddingBottom(6);
      return cell;
    }
  }
}
