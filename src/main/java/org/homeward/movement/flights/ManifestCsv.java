package org.homeward.movement.flights;

import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.files.Csv;

/**
 * A manifest as CSV (RFC 4180, UTF-8, lines ended by CRLF, written by {@link Csv}): a header row,
 * then one row per passenger in booking order. Codes stay codes ({@code F}, {@code CMR}, {@code
 * PASSPORT}, {@code LAP_INFANT}, {@code PREGNANT}), for any program to read; several special needs
 * are separated by a semicolon.
 */
public final class ManifestCsv {

  public static final String MEDIA_TYPE = Csv.MEDIA_TYPE;

  static final List<String> HEADER =
      List.of(
          "flight",
          "case_number",
          "family_name",
          "given_name",
          "sex",
          "date_of_birth",
          "date_of_birth_estimated",
          "nationality",
          "document_type",
          "document_number",
          "seat",
          "medical_escort",
          "special_needs",
          "boarding");

  private ManifestCsv() {}

  /** Writes the manifest to {@code out} as UTF-8, flushed and left open. */
  public static void write(Manifest manifest, OutputStream out) {
    Csv csv = Csv.to(out);
    csv.row(HEADER);
    for (Manifest.Line line : manifest.lines()) {
      csv.row(
          List.of(
              manifest.flight().id().toString(),
              line.caseNumber(),
              Csv.text(line.familyName()),
              Csv.text(line.givenName()),
              line.sex() == null ? "" : line.sex().name(),
              line.dateOfBirth() == null ? "" : line.dateOfBirth().toString(),
              Boolean.toString(line.dobEstimated()),
              Csv.text(line.nationality()),
              line.documentType() == null ? "" : line.documentType().name(),
              Csv.text(line.documentNumber()),
              line.seat(),
              Boolean.toString(line.medicalEscort()),
              line.specialNeeds().stream()
                  .map(Vulnerability::name)
                  .sorted()
                  .collect(Collectors.joining(";")),
              line.boarding().name()));
    }
    csv.flush();
  }
}
