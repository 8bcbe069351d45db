package org.homeward.movement.documents;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.homeward.registry.PersonIdentity;
import org.homeward.shared.files.Csv;

/**
 * A consulate's list of requests as CSV (RFC 4180, UTF-8, written by {@link Csv}): a header row,
 * then one row per request, oldest first; fields quoted when they hold a comma, a quote or a line
 * break; lines ended by CRLF. Dates are {@code YYYY-MM-DD}, countries ISO 3166-1 alpha-3; a name
 * that begins like a formula gets a leading apostrophe, so that a spreadsheet shows it rather than
 * runs it.
 */
public final class ConsulateListCsv {

  public static final String MEDIA_TYPE = Csv.MEDIA_TYPE;

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
    Csv csv = Csv.to(out);
    csv.row(HEADER);
    for (ConsulateRequests.Line line : consulate.lines()) {
      PersonIdentity who = line.person().identity();
      TravelDocument d = line.document();
      List<String> fields = new ArrayList<>();
      fields.add(Csv.text(who.familyName()));
      fields.add(Csv.text(who.givenName()));
      fields.add(who.sex() == null ? "" : who.sex().name());
      fields.add(who.dateOfBirth() == null ? "" : who.dateOfBirth().toString());
      fields.add(Boolean.toString(who.dobEstimated()));
      fields.add(Csv.text(who.placeOfBirth()));
      fields.add(Csv.text(who.nationality()));
      fields.add(d.type().name());
      fields.add(d.consulate());
      fields.add(d.requestedOn().toString());
      fields.add(d.sentOn() == null ? "" : d.sentOn().toString());
      fields.add(line.person().caseNumber());
      fields.add(line.person().personId().toString());
      fields.add(d.id().toString());
      csv.row(fields);
    }
    csv.flush();
  }
}
