package org.homeward.matching;

import java.time.LocalDate;

/**
 * The fields of one registered person that duplicate detection compares. Every field but the id may
 * be missing ({@code null} or blank): a missing value weighs neither for nor against a match.
 *
 * @param id the record's identifier, echoed back in candidates and pairs
 * @param sex {@code F}, {@code M}, or missing
 * @param dobEstimated true when only the year of birth is known (the date is then 1 January)
 * @param nationality ISO 3166-1 alpha-3
 * @param documentType {@code passport}, {@code national_id}, {@code consular_card}, …
 */
public record PersonRecord(
    String id,
    String givenName,
    String familyName,
    String sex,
    LocalDate dateOfBirth,
    boolean dobEstimated,
    String nationality,
    String placeOfBirth,
    String phone,
    String documentType,
    String documentNumber) {

  public PersonRecord {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a record needs an id");
    }
  }
}
