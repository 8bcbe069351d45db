package org.homeward.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * A household's details as a user typed them, in the API or a form: every field is raw text so that
 * all mistakes can be reported together, each at its own field, rather than the first one stopping
 * the rest. {@link Cases} checks them.
 *
 * @param consent optional on registration; afterwards consent has its own requests
 */
public record CaseDetails(
    String missionCode,
    String destinationCountry,
    String finalDestination,
    String registrationSite,
    String registrationDate,
    List<MemberDetails> members,
    ConsentDetails consent) {

  /** The case's editable details in the shape of a registration, members with their ids. */
  public static CaseDetails of(Case c) {
    List<MemberDetails> members = new ArrayList<>();
    for (Person p : c.members()) {
      members.add(
          new MemberDetails(
              p.id().toString(),
              p.relationship().name(),
              p.givenName(),
              p.familyName(),
              p.otherNames(),
              p.sex() == null ? null : p.sex().name(),
              p.dateOfBirth() == null ? null : p.dateOfBirth().toString(),
              p.dobEstimated(),
              p.nationality(),
              p.placeOfBirth(),
              p.languages(),
              p.phone(),
              p.currentCity(),
              p.documents().stream()
                  .map(d ->
                      new DocumentDetails(
                          d.type().name(),
                          d.number(),
                          d.issuingCountry(),
                          d.expiresOn() == null ? null : d.expiresOn().toString()))
                  .toList(),
              p.vulnerabilities().stream().map(Enum::name).sorted().toList(),
              p.vulnerabilityNotes()));
    }
    return new CaseDetails(
        c.missionCode(),
        c.destinationCountry(),
        c.finalDestination(),
        c.registrationSite(),
        c.registrationDate().toString(),
        members,
        null);
  }

  /** One member as typed. {@code id} is set when an existing member is being edited. */
  public record MemberDetails(
      String id,
      String relationship,
      String givenName,
      String familyName,
      List<String> otherNames,
      String sex,
      String dateOfBirth,
      Boolean dobEstimated,
      String nationality,
      String placeOfBirth,
      List<String> languages,
      String phone,
      String currentCity,
      List<DocumentDetails> documents,
      List<String> vulnerabilities,
      String vulnerabilityNotes) {}

  /** An identity document as typed. */
  public record DocumentDetails(
      String type, String number, String issuingCountry, String expiresOn) {}

  /** The consent declaration as typed. */
  public record ConsentDetails(
      String declaredOn, String counsellor, String language, Boolean signed) {}
}
