package org.homeward.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields that say who a person is, as duplicate detection compares them and a merge chooses
 * them: the rest of a member's record (relationship, vulnerabilities, languages) stays as it is.
 *
 * @param dobEstimated true when only the year of birth is known
 */
public record PersonIdentity(
    String givenName,
    String familyName,
    Sex sex,
    LocalDate dateOfBirth,
    boolean dobEstimated,
    String nationality,
    String placeOfBirth,
    String phone,
    List<IdentityDocument> documents) {

  /** The field names a merge chooses a value for, as they appear in the API. */
  public static final List<String> FIELDS =
      List.of(
          "givenName",
          "familyName",
          "sex",
          "dateOfBirth",
          "nationality",
          "placeOfBirth",
          "phone",
          "documents");

  public PersonIdentity {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  public static PersonIdentity of(Person p) {
    return new PersonIdentity(
        p.givenName(),
        p.familyName(),
        p.sex(),
        p.dateOfBirth(),
        p.dobEstimated(),
        p.nationality(),
        p.placeOfBirth(),
        p.phone(),
        p.documents());
  }

  /**
   * This identity with {@code field} taken from {@code other}; the date of birth brings whether it
   * was estimated with it.
   */
  public PersonIdentity with(String field, PersonIdentity other) {
    return switch (field) {
      case "givenName" ->
          new PersonIdentity(
              other.givenName,
              familyName,
              sex,
              dateOfBirth,
              dobEstimated,
              nationality,
              placeOfBirth,
              phone,
              documents);
      case "familyName" ->
          new PersonIdentity(
              givenName,
              other.familyName,
              sex,
              dateOfBirth,
              dobEstimated,
              nationality,
              placeOfBirth,
              phone,
              documents);
      case "sex" ->
          new PersonIdentity(
              givenName,
              familyName,
              other.sex,
              dateOfBirth,
              dobEstimated,
              nationality,
              placeOfBirth,
              phone,
              documents);
      case "dateOfBirth" ->
          new PersonIdentity(
              givenName,
              familyName,
              sex,
              other.dateOfBirth,
              other.dobEstimated,
              nationality,
              placeOfBirth,
              phone,
              documents);
      case "nationality" ->
          new PersonIdentity(
              givenName,
              familyName,
              sex,
              dateOfBirth,
              dobEstimated,
              other.nationality,
              placeOfBirth,
              phone,
              documents);
      case "placeOfBirth" ->
          new PersonIdentity(
              givenName,
              familyName,
              sex,
              dateOfBirth,
              dobEstimated,
              nationality,
              other.placeOfBirth,
              phone,
              documents);
      case "phone" ->
          new PersonIdentity(
              givenName,
              familyName,
              sex,
              dateOfBirth,
              dobEstimated,
              nationality,
              placeOfBirth,
              other.phone,
              documents);
      case "documents" ->
          new PersonIdentity(
              givenName,
              familyName,
              sex,
              dateOfBirth,
              dobEstimated,
              nationality,
              placeOfBirth,
              phone,
              other.documents);
      default -> throw new IllegalArgumentException("not an identity field: " + field);
    };
  }

  /** {@code person} carrying this identity, everything else unchanged. */
  Person applyTo(Person p) {
    return new Person(
        p.id(),
        p.relationship(),
        givenName,
        familyName,
        p.otherNames(),
        sex,
        dateOfBirth,
        dobEstimated,
        nationality,
        placeOfBirth,
        p.languages(),
        phone,
        p.currentCity(),
        documents,
        p.vulnerabilities(),
        p.derivedVulnerabilities(),
        p.vulnerabilityNotes(),
        p.sensitiveWithheld());
  }
}
