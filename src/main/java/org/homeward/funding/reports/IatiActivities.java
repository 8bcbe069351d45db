package org.homeward.funding.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javax.money.MonetaryAmount;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes projects as an IATI activity file, standard 2.03: one {@code iati-activity} per project,
 * its donors (funding) and the mission (implementing), its budgets and its transactions with IATI's
 * transaction-type codes. Elements follow the order the schema fixes.
 */
public final class IatiActivities {

  public static final String VERSION = "2.03";

  private static final String INDENT = "  ";

  private IatiActivities() {}

  /** Writes {@code report} to {@code out} as UTF-8 XML; leaves {@code out} open. */
  public static void write(IatiReport report, OutputStream out) {
    try {
      // the JDK's own writer: a StAX library on the class path must not change the output
      XMLStreamWriter xml =
          XMLOutputFactory.newDefaultFactory()
              .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      new IatiActivities.Writer(xml).report(report);
      xml.flush();
      xml.close();
      out.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the IATI file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The elements of the file, with the indentation that makes it readable by a person. */
  private static final class Writer {

    private final XMLStreamWriter xml;
    private int depth;

    Writer(XMLStreamWriter xml) {
      this.xml = xml;
    }

    void report(IatiReport report) throws XMLStreamException {
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      open("iati-activities");
      attribute("version", VERSION);
      attribute(
          "generated-datetime", report.generatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
      for (IatiActivity activity : report.activities()) {
        activity(activity, report.reportingOrg());
      }
      close();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
    }

    private void activity(IatiActivity activity, IatiOrganisation reportingOrg)
        throws XMLStreamException {
      open("iati-activity");
      xml.writeAttribute(
          XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", activity.language().code());
      attribute("default-currency", activity.defaultCurrency().getCurrencyCode());
      text("iati-identifier", activity.identifier(reportingOrg));

      open("reporting-org");
      attribute("ref", reportingOrg.ref());
      attribute("type", reportingOrg.type().code());
      narrative(reportingOrg.name());
      close();

      open("title");
      narrative(activity.title());
      close();
      open("description");
      attribute("type", "1"); // general
      narrative(activity.description());
      close();

      for (IatiParticipant participant : activity.participants()) {
        open("participating-org");
        optionalAttribute("ref", participant.organisation().ref());
        optionalType(participant.organisation());
        attribute("role", participant.role().code());
        narrative(participant.organisation().name());
        close();
      }

      empty("activity-status", "code", activity.status().code());
      IatiActivity.Dates dates = activity.dates();
      activityDate("1", dates.plannedStart());
      activityDate("2", dates.actualStart());
      activityDate("3", dates.plannedEnd());
      activityDate("4", dates.actualEnd());

      for (IatiRecipientCountry country : activity.recipientCountries()) {
        empty("recipient-country", "code", country.iso2());
        if (country.percentage() != null) {
          attribute("percentage", country.percentage().toPlainString());
        }
      }

      for (IatiBudget budget : activity.budgets()) {
        open("budget");
        attribute("type", budget.revised() ? "2" : "1");
        attribute("status", "2"); // committed: agreed with the donors
        empty("period-start", "iso-date", budget.periodStart().toString());
        empty("period-end", "iso-date", budget.periodEnd().toString());
        value(budget.value(), budget.valueDate());
        close();
      }

      for (IatiTransaction transaction : activity.transactions()) {
        transaction(transaction);
      }
      close();
    }

    private void transaction(IatiTransaction transaction) throws XMLStreamException {
      open("transaction");
      optionalAttribute("ref", transaction.ref());
      empty("transaction-type", "code", transaction.type().code());
      empty("transaction-date", "iso-date", transaction.date().toString());
      value(transaction.value(), transaction.valueDate());
      if (transaction.description() != null) {
        open("description");
        narrative(transaction.description());
        close();
      }
      party("provider-org", transaction.provider());
      party("receiver-org", transaction.receiver());
      close();
    }

    private void party(String element, IatiOrganisation organisation) throws XMLStreamException {
      if (organisation == null) {
        return;
      }
      open(element);
      optionalAttribute("ref", organisation.ref());
      optionalType(organisation);
      narrative(organisation.name());
      close();
    }

    private void activityDate(String type, LocalDate date) throws XMLStreamException {
      if (date != null) {
        empty("activity-date", "type", type);
        attribute("iso-date", date.toString());
      }
    }

    private void value(MonetaryAmount amount, LocalDate valueDate) throws XMLStreamException {
      indent();
      xml.writeStartElement("value");
      attribute("currency", amount.getCurrency().getCurrencyCode());
      attribute("value-date", valueDate.toString());
      xml.writeCharacters(ReportText.plain(amount));
      xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
      text("narrative", text);
    }

    private void text(String element, String text) throws XMLStreamException {
      indent();
      xml.writeStartElement(element);
      xml.writeCharacters(text);
      xml.writeEndElement();
    }

    /** An element with no content; more attributes may follow at once. */
    private void empty(String element, String attribute, String value) throws XMLStreamException {
      indent();
      xml.writeEmptyElement(element);
      attribute(attribute, value);
    }

    private void optionalType(IatiOrganisation organisation) throws XMLStreamException {
      if (organisation.type() != null) {
        attribute("type", organisation.type().code());
      }
    }

    private void attribute(String name, String value) throws XMLStreamException {
      xml.writeAttribute(name, value);
    }

    private void optionalAttribute(String name, String value) throws XMLStreamException {
      if (value != null) {
        attribute(name, value);
      }
    }

    /** Starts an element that holds elements; {@link #close()} ends it on a line of its own. */
    private void open(String element) throws XMLStreamException {
      indent();
      xml.writeStartElement(element);
      depth++;
    }

    private void close() throws XMLStreamException {
      depth--;
      indent();
      xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
      xml.writeCharacters("\n" + INDENT.repeat(depth));
    }
  }
}
