package org.homeward.registry.internal;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.homeward.audit.AuditEntry;
import org.homeward.registry.Case;
import org.homeward.registry.Person;
import org.homeward.registry.PersonExport;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** A person's record as a printable PDF, to hand to them on request. */
public final class PersonExportPdf {

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
  private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
  private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private PersonExportPdf() {}

  public static byte[] render(PersonExport record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    PdfWriter.getInstance(document, out);
    document.addTitle("Personal record");
    document.open();
    Person p = record.person();
    Case c = record.household();
    document.add(new Paragraph("Personal record: " + p.fullName(), TITLE));
    document.add(
        new Paragraph(
            "Exported "
                + WHEN.format(record.exportedAt())
                + " by "
                + record.exportedBy()
                + " for: "
                + record.purpose(),
            TEXT));

    document.add(heading("Person"));
    PdfPTable person = table();
    row(person, "Given name", p.givenName());
    row(person, "Family name", p.familyName());
    row(person, "Other names", String.join(", ", p.otherNames()));
    row(person, "Sex", p.sex());
    row(
        person,
        "Date of birth",
        p.dateOfBirth() == null
            ? null
            : p.dateOfBirth() + (p.dobEstimated() ? " (estimated)" : ""));
    row(person, "Nationality", p.nationality());
    row(person, "Place of birth", p.placeOfBirth());
    row(person, "Languages", String.join(", ", p.languages()));
    row(person, "Phone", p.phone());
    row(person, "Current city", p.currentCity());
    row(
        person,
        "Documents",
        p.documents().stream()
            .map(d ->
                d.type()
                    + " "
                    + d.number()
                    + (d.issuingCountry() == null ? "" : " (" + d.issuingCountry() + ")"))
            .collect(Collectors.joining("; ")));
    row(
        person,
        "Vulnerabilities",
        p.allVulnerabilities().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
    row(person, "Assessment notes", p.sensitiveWithheld() ? "restricted" : p.vulnerabilityNotes());
    document.add(person);

    document.add(heading("Case"));
    PdfPTable household = table();
    row(household, "Case number", c.caseNumber());
    row(household, "Status", c.status());
    row(household, "Mission", c.missionCode());
    row(
        household,
        "Destination",
        c.destinationCountry() + (c.finalDestination() == null ? "" : ", " + c.finalDestination()));
    row(
        household,
        "Registered",
        c.registrationDate() + (c.registrationSite() == null ? "" : ", " + c.registrationSite()));
    row(
        household,
        "Household",
        c.members().stream()
            .map(m -> m.fullName() + " (" + m.relationship() + ")")
            .collect(Collectors.joining("; ")));
    if (c.consent() != null) {
      row(
          household,
          "Consent",
          c.consent().declaredOn()
              + ", "
              + c.consent().counsellor()
              + ", in "
              + c.consent().language()
              + (c.consent().signed() ? ", signed" : ", not signed")
              + (c.consent().isWithdrawn()
                  ? "; withdrawn: " + c.consent().withdrawalReason()
                  : ""));
    }
    document.add(household);

    document.add(heading("History"));
    PdfPTable history = new PdfPTable(new float[] {2.2f, 1.8f, 2.2f, 4f});
    history.setWidthPercentage(100);
    for (String title : new String[] {"When", "Who", "What", "Details"}) {
      history.addCell(cell(title, LABEL));
    }
    for (AuditEntry e : record.history()) {
      history.addCell(cell(WHEN.format(e.at()), TEXT));
      history.addCell(cell(e.actor(), TEXT));
      history.addCell(cell(e.action(), TEXT));
      String details =
          e.changes().stream()
              .map(ch -> ch.field() + ": " + ch.before() + " -> " + ch.after())
              .collect(Collectors.joining("; "));
      history.addCell(cell((e.reason() == null ? "" : e.reason() + " ") + details, TEXT));
    }
    document.add(history);
    document.close();
    return out.toByteArray();
  }

  private static Paragraph heading(String text) {
    Paragraph heading = new Paragraph(text, HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(6);
    return heading;
  }

  private static PdfPTable table() {
    PdfPTable table = new PdfPTable(new float[] {1.4f, 4f});
    table.setWidthPercentage(100);
    return table;
  }

  private static void row(PdfPTable table, String label, Object value) {
    table.addCell(cell(label, LABEL));
    table.addCell(cell(value == null ? "" : value.toString(), TEXT));
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setPadding(4);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    return cell;
  }
}
