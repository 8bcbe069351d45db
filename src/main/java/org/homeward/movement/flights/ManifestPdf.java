package org.homeward.movement.flights;

import java.awt.Color;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.movement.FlightDetails;
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
 * A flight's manifest as a printable PDF, one per flight, A4 landscape: the flight, the manifest's
 * revision, the seats and escorts, then one line per passenger with a box to tick at the gate.
 * Written in the reader's language (Arabic right to left); Noto Sans and Noto Sans Arabic are
 * embedded so that names in either script print the same anywhere.
 */
public final class ManifestPdf {

  public static final String MEDIA_TYPE = "application/pdf";

  private static final Color HEADER_FILL = new Color(0xD9, 0xE2, 0xF3);
  private static final float TEXT = 8.5f;

  private ManifestPdf() {}

  /**
   * Writes the manifest; {@code labels} gives the words of the reader's language for a key ({@code
   * manifest.*}, {@code sex.*}, {@code vulnerability.*}, {@code document-type.*}).
   *
   * @throws IllegalStateException when the fonts are not installed (Debian's fonts-noto-core)
   */
  public static void write(
      Manifest manifest, Locale reader, Function<String, String> labels, OutputStream out) {
    FlightDetails d = manifest.flight().details();
    String title =
        labels.apply("manifest.title")
            + " – "
            + (d.flightNumber() == null ? "" : d.flightNumber() + " ")
            + d.departureAirport()
            + " → "
            + d.arrivalAirport();
    PdfFile.write(
        new Document(PageSize.A4.rotate(), 30, 30, 36, 36),
        title,
        reader,
        out,
        document -> new Pages(document, manifest, reader, labels).fill(title));
  }

  private static final class Pages {

    private final Document document;
    private final Manifest manifest;
    private final Locale reader;
    private final Function<String, String> labels;
    private final PdfCells cells;

    Pages(Document document, Manifest manifest, Locale reader, Function<String, String> labels) {
      this.document = document;
      this.manifest = manifest;
      this.reader = reader;
      this.labels = labels;
      this.cells = PdfCells.of(PdfFonts.find(), reader.getLanguage().equals("ar"), 3);
    }

    void fill(String title) {
      FlightDetails d = manifest.flight().details();
      PdfPTable heading = cells.table(new float[] {1});
      PdfPCell name = cells.cell(title, true, 15, Element.ALIGN_LEFT);
      name.setBorder(Rectangle.NO_BORDER);
      name.setPaddingBottom(8);
      heading.addCell(name);
      document.add(heading);

      DateTimeFormatter when =
          DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
              .withLocale(reader);
      PdfPTable facts = cells.table(new float[] {1.2f, 3f, 1.2f, 3f});
      fact(
          facts,
          "manifest.departure",
          when.format(d.departure()) + " (" + d.timeZone().getId() + ")");
      fact(facts, "manifest.arrival-country", d.arrivalCountry());
      fact(
          facts,
          "manifest.kind",
          d.charterer() == null
              ? labels.apply("flight-kind." + d.kind())
              : labels.apply("flight-kind." + d.kind()) + " – " + d.charterer());
      fact(
          facts,
          "manifest.revision",
          manifest.revision()
              + " · "
              + labels.apply("manifest.printed")
              + " "
              + when.format(manifest.at().atZone(d.timeZone())));
      Manifest.Seats seats = manifest.seats();
      fact(
          facts,
          "manifest.seats",
          seats.taken()
              + " / "
              + seats.capacity()
              + " ("
              + labels.apply("manifest.left")
              + " "
              + seats.left()
              + ")"
              + (seats.overCapacity() ? " – " + labels.apply("manifest.over-capacity") : ""));
      fact(
          facts,
          "manifest.escorts",
          labels.apply("manifest.medical-escorts")
              + " "
              + seats.medicalEscorts()
              + " · "
              + labels.apply("manifest.minor-escorts")
              + " "
              + seats.minorEscorts());
      fact(facts, "manifest.households", Integer.toString(seats.households()));
      fact(
          facts,
          "manifest.passengers",
          seats.passengers()
              + " ("
              + labels.apply("manifest.lap-infants")
              + " "
              + seats.lapInfants()
              + ")");
      document.add(facts);

      String[] headers = {
        "#",
        "manifest.case",
        "manifest.family-name",
        "manifest.given-name",
        "manifest.sex",
        "manifest.date-of-birth",
        "manifest.nationality",
        "manifest.document",
        "manifest.seat",
        "manifest.medical-escort",
        "manifest.special-needs",
        "manifest.boarded"
      };
      PdfPTable passengers =
          cells.table(
              new float[] {0.4f, 1.5f, 1.5f, 1.5f, 0.7f, 1.1f, 0.9f, 1.6f, 0.9f, 0.8f, 1.9f, 0.7f});
      passengers.setSpacingBefore(12);
      passengers.setHeaderRows(1);
      for (String header : headers) {
        PdfPCell cell =
            cells.cell(
                header.equals("#") ? "#" : labels.apply(header), true, TEXT, Element.ALIGN_LEFT);
        cell.setBackgroundColor(HEADER_FILL);
        passengers.addCell(cell);
      }
      int n = 1;
      for (Manifest.Line line : manifest.lines()) {
        add(passengers, Integer.toString(n++));
        add(passengers, line.caseNumber());
        add(passengers, line.familyName());
        add(passengers, line.givenName());
        add(passengers, line.sex() == null ? "" : labels.apply("sex." + line.sex()));
        add(
            passengers,
            line.dateOfBirth() == null
                ? ""
                : line.dobEstimated()
                    ? line.dateOfBirth().getYear() + " (" + labels.apply("manifest.estimated") + ")"
                    : line.dateOfBirth().toString());
        add(passengers, line.nationality());
        add(
            passengers,
            line.documentNumber() == null
                ? labels.apply("manifest.no-document")
                : labels.apply("document-type." + line.documentType())
                    + " "
                    + line.documentNumber());
        add(
            passengers,
            labels.apply(line.lapInfant() ? "manifest.lap-infant" : "manifest.seat-taken"));
        add(passengers, line.medicalEscort() ? labels.apply("manifest.yes") : "");
        add(
            passengers,
            line.specialNeeds().stream()
                .map(v -> labels.apply("vulnerability." + v))
                .sorted()
                .collect(Collectors.joining(", ")));
        add(passengers, line.boarding() == Boarding.BOARDED ? labels.apply("manifest.yes") : "");
      }
      if (manifest.lines().isEmpty()) {
        PdfPCell empty =
            cells.cell(labels.apply("manifest.empty"), false, TEXT, Element.ALIGN_LEFT);
        empty.setColspan(headers.length);
        passengers.addCell(empty);
      }
      document.add(passengers);
    }

    private void fact(PdfPTable table, String key, String value) {
      PdfPCell label = cells.cell(labels.apply(key), true, TEXT, Element.ALIGN_LEFT);
      label.setBorder(Rectangle.NO_BORDER);
      table.addCell(label);
      PdfPCell text = cells.cell(value, false, TEXT, Element.ALIGN_LEFT);
      text.setBorder(Rectangle.NO_BORDER);
      table.addCell(text);
    }

    private void add(PdfPTable table, String text) {
      table.addCell(cells.cell(text == null ? "" : text, false, TEXT, Element.ALIGN_LEFT));
    }
  }
}
