package org.homeward.movement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The travel document a person holds that is valid on a given day: the one of theirs that expires
 * last.
 *
 * @param recordedAtRegistration the document is one of the person's identity documents in the
 *     registry (a passport recorded with its number and expiry), not one movement obtained
 */
public record ValidTravelDocument(
    TravelDocumentType type, String number, LocalDate expiresOn, boolean recordedAtRegistration) {

  public ValidTravelDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(expiresOn, "expiresOn");
  }
}
