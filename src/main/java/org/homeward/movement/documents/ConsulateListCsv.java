package org.homeward.movement.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.homeward.registry.PersonIdentity;

/**
 * A consulate's list of requests as CSV (RFC 4180, UTF-8): a header row, then one row per request,
 * oldest first; fields quoted when they hold a comma, a quote or a line break; lines ended by CRLF.
 * Dates are {@code YYYY-MM-DD}, countries ISO 3166-1 alpha-3; a name that begins like a formula
 * gets a leading apostrophe, so that a spreadsheet shows it rather than runs it.
 */
public final class ConsulateListCsv {

  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

  public static final List<String> HEADER =
      List.of(
          "family_name",
          "given_name",
          "sex",
          "date_of_birth",
          "date_of_birth_estimated",
          "place_of_birth",
          "nationality",
          "document_type",
          "consulate",
          "requested_on",
          "sent_on",
          "case_number",
          "person_id",
          "request_id");

  private ConsulateListCsv() {}

  /** Writes the list to {@code out}; leaves it open. */
  public static void write(ConsulateRequests.Consulate consulate, OutputStream out) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      row(writer, HEADER);
      for (ConsulateRequests.Line line : consulate.lines()) {
        PersonIdentity who = line.person().identity();
        TravelDocument d = line.document();
        List<String> fields = new ArrayList<>();
        fields.add(text(who.familyName()));
        fields.add(text(who.givenName()));
        fields.add(who.sex() == null ? "" : who.sex().name());
        fields.add(who.dateOfBirth() == null ? "" : who.dateOfBirth().toString());
        fields.add(Boolean.toString(who.dobEstimated()));
        fields.add(text(who.placeOfBirth()));
        fields.add(text(who.nationality()));
        fields.add(d.type().name());
        fields.add(d.consulate());
        fields.add(d.requestedOn().toString());
        fields.add(d.sentOn() == null ? "" : d.sentOn().toString());
        fields.add(line.person().caseNumber());
        fields.add(line.person().personId().toString());
        fields.add(d.id().toString());
        row(writer, fields);
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quoted(fields.get(i)));
    }
    out.write("\r\n");
  }

  static String quoted(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /** A text a person typed; empty for none. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
