package org.homeward.matching;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homeward.matching.internal.RegistryIndex;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.DocumentType;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.PersonIdentity;
import org.homeward.registry.Sex;
import org.homeward.shared.CountryCode;
import org.homeward.shared.Violations;
import org.springframework.stereotype.Component;

/** Checks a person against the registry before they are registered; nothing is saved. */
@Component
class PreRegistrationCheck {

  private final RegistryIndex index;
  private final AccessPolicy access;

  PreRegistrationCheck(RegistryIndex index, AccessPolicy access) {
    this.index = index;
    this.access = access;
  }

  /**
   * The registered people who may be the person described, most likely first: for a caseworker
   * about to register them. Nothing is saved. Fields are those of a member in a registration.
   */
  public List<PossibleDuplicate> check(CaseDetails.MemberDetails person, Actor actor) {
    actor.require(Permission.CASE_REGISTER);
    PersonIdentity identity = identityOf(person);
    List<PossibleDuplicate> found = new ArrayList<>();
    for (RegistryIndex.Found f : index.check(RegistryIndex.recordOf("checked", identity))) {
      if (access.canRead(actor, f.person().holding())) {
        found.add(Screening.possible(f));
      }
      if (found.size() == Screening.MAX_CANDIDATES) {
        break;
      }
    }
    return found;
  }

  /** Reads a person as typed in a registration, reporting every mistake at its field. */
  static PersonIdentity identityOf(CaseDetails.MemberDetails person) {
    Violations v = new Violations();
    if (person == null) {
      v.add("", "required", "send the person's fields, as for a member of a registration");
      v.throwIfAny();
    }
    v.check(
        !blank(person.givenName()) || !blank(person.familyName()),
        "familyName",
        "required",
        "a name is needed to look for the person");
    LocalDate born = null;
    if (!blank(person.dateOfBirth())) {
      try {
        born = LocalDate.parse(person.dateOfBirth().strip());
      } catch (DateTimeParseException e) {
        v.add(
            "dateOfBirth",
            "malformed-date",
            "'" + person.dateOfBirth() + "' is not a date in the form YYYY-MM-DD");
      }
    }
    Sex sex = null;
    if (!blank(person.sex())) {
      try {
        sex = Sex.valueOf(person.sex().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        v.add("sex", "unknown-value", "sex is F, M or X");
      }
    }
    String nationality =
        blank(person.nationality()) ? null : person.nationality().strip().toUpperCase(Locale.ROOT);
    if (nationality != null) {
      v.check(
          CountryCode.isNationality(nationality),
          "nationality",
          "unknown-country",
          "'" + person.nationality() + "' is not an ISO 3166-1 alpha-3 country code");
    }
    List<IdentityDocument> documents = new ArrayList<>();
    if (person.documents() != null) {
      for (int i = 0; i < person.documents().size(); i++) {
        CaseDetails.DocumentDetails d = person.documents().get(i);
        if (d == null || blank(d.type()) || blank(d.number())) {
          continue;
        }
        try {
          documents.add(
              new IdentityDocument(
                  DocumentType.valueOf(d.type().strip().toUpperCase(Locale.ROOT)),
                  d.number().strip(),
                  d.issuingCountry(),
                  null));
        } catch (IllegalArgumentException e) {
          v.add(
              "documents[" + i + "].type",
              "unknown-value",
              "'" + d.type() + "' is not one of " + java.util.EnumSet.allOf(DocumentType.class));
        }
      }
    }
    v.throwIfAny();
    return new PersonIdentity(
        strip(person.givenName()),
        strip(person.familyName()),
        sex,
        born,
        Boolean.TRUE.equals(person.dobEstimated()),
        nationality,
        strip(person.placeOfBirth()),
        strip(person.phone()),
        documents);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String strip(String s) {
    return blank(s) ? null : s.strip();
  }
}
