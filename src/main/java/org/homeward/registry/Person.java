package org.homeward.registry;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * A member of a household as registered. {@code vulnerabilities} are those recorded by the
 * assessment; {@code derivedVulnerabilities} are those the household itself shows (see {@link
 * Vulnerability}). When {@code sensitiveWithheld} is true, the sensitive categories and the notes
 * were left out because the reader has no need to know them.
 */
public record Person(
    PersonId id,
    Relationship relationship,
    String givenName,
    String familyName,
    List<String> otherNames,
    Sex sex,
    LocalDate dateOfBirth,
    boolean dobEstimated,
    String nationality,
    String placeOfBirth,
    List<String> languages,
    String phone,
    String currentCity,
    List<IdentityDocument> documents,
    Set<Vulnerability> vulnerabilities,
    Set<Vulnerability> derivedVulnerabilities,
    String vulnerabilityNotes,
    boolean sensitiveWithheld) {

  public Person {
    otherNames = List.copyOf(otherNames);
    languages = List.copyOf(languages);
    documents = List.copyOf(documents);
    vulnerabilities = Set.copyOf(vulnerabilities);
    derivedVulnerabilities = Set.copyOf(derivedVulnerabilities);
  }

  /** Age in whole years on {@code day}, or {@code null} when the date of birth is unknown. */
  public Integer ageOn(LocalDate day) {
    return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
  }

  public String fullName() {
    return givenName + " " + familyName;
  }

  /** Recorded and derived vulnerabilities together. */
  public Set<Vulnerability> allVulnerabilities() {
    java.util.EnumSet<Vulnerability> all = java.util.EnumSet.noneOf(Vulnerability.class);
    all.addAll(vulnerabilities);
    all.addAll(derivedVulnerabilities);
    return all;
  }

  /** True when anything sensitive is recorded: medical or protection categories, notes. */
  public boolean hasSensitiveData() {
    return vulnerabilityNotes != null
        || vulnerabilities.stream().anyMatch(Vulnerability::isSensitive);
  }

  /** This person as seen by someone with no need to know the sensitive part. */
  public Person withoutSensitiveData() {
    if (!hasSensitiveData()) {
      return this;
    }
    return withSensitivePart(openPart(vulnerabilities), null, true);
  }

  /** This person with the sensitive part of {@code stored}, for a reader who could not see it. */
  public Person withSensitiveDataOf(Person stored) {
    Set<Vulnerability> all = openPart(vulnerabilities);
    stored.vulnerabilities().stream().filter(Vulnerability::isSensitive).forEach(all::add);
    return withSensitivePart(all, stored.vulnerabilityNotes(), false);
  }

  private static Set<Vulnerability> openPart(Set<Vulnerability> recorded) {
    Set<Vulnerability> open = new java.util.HashSet<>(recorded);
    open.removeIf(Vulnerability::isSensitive);
    return open;
  }

  private Person withSensitivePart(Set<Vulnerability> recorded, String notes, boolean withheld) {
    return new Person(
        id,
        relationship,
        givenName,
        familyName,
        otherNames,
        sex,
        dateOfBirth,
        dobEstimated,
        nationality,
        placeOfBirth,
        languages,
        phone,
        currentCity,
        documents,
        recorded,
        derivedVulnerabilities,
        notes,
        withheld);
  }
}
