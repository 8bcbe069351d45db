package org.homeward.registry.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.CaseDetails.ConsentDetails;
import org.homeward.registry.CaseDetails.DocumentDetails;
import org.homeward.registry.CaseDetails.MemberDetails;
import org.homeward.registry.DocumentType;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.CleanText;
import org.homeward.shared.CountryCode;
import org.homeward.shared.LanguageCode;
import org.homeward.shared.Violations;

/**
 * The rules a household's details must satisfy, checked all at once: every broken rule is reported
 * at its own field. What passes comes out typed.
 */
public final class CaseRules {

  public static final int MAX_MEMBERS = 30;
  static final int MAX_NAME = 100;
  static final int MAX_TEXT = 200;
  static final int MAX_NOTES = 2000;

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  /** The household's details, checked and typed; consent is {@code null} when none was given. */
  public record Checked(
      String missionCode,
      String destinationCountry,
      String finalDestination,
      String registrationSite,
      LocalDate registrationDate,
      List<Person> members,
      CheckedConsent consent) {}

  public record CheckedConsent(
      LocalDate declaredOn, String counsellor, String language, boolean signed) {}

  private CaseRules() {}

  /**
   * Checks {@code details}; {@code existingMembers} are the members of the case being edited (empty
   * for a new one), so that a member sent back with its id keeps it.
   */
  public static Checked check(
      CaseDetails details,
      Set<PersonId> existingMembers,
      Function<String, Boolean> missionExists,
      LocalDate today) {
    Violations violations = new Violations();
    if (details == null) {
      violations.add("", "required", "the case details are missing");
      violations.throwIfAny();
    }
    String mission = trim(details.missionCode());
    if (required(violations, mission, "missionCode")) {
      violations.check(
          missionExists.apply(mission),
          "missionCode",
          "unknown-mission",
          "no mission has the code '" + mission + "'");
    }
    String destination =
        country(violations, details.destinationCountry(), "destinationCountry", true);
    String finalDestination =
        text(violations, details.finalDestination(), "finalDestination", MAX_TEXT);
    String site = text(violations, details.registrationSite(), "registrationSite", MAX_TEXT);
    LocalDate registered = date(violations, details.registrationDate(), "registrationDate");
    if (registered == null) {
      registered = today;
    } else {
      violations.check(
          !registered.isAfter(today),
          "registrationDate",
          "in-future",
          "the registration date cannot be in the future");
    }

    List<Person> members = new ArrayList<>();
    List<MemberDetails> typed = details.members();
    if (typed == null || typed.isEmpty()) {
      violations.add("members", "required", "a case needs at least its principal applicant");
    } else if (typed.size() > MAX_MEMBERS) {
      violations.add("members", "too-many", "a case has at most " + MAX_MEMBERS + " members");
    } else {
      for (int i = 0; i < typed.size(); i++) {
        Person person =
            member(violations.at("members[" + i + "]"), typed.get(i), existingMembers, today);
        if (person != null) {
          members.add(person);
        }
      }
      long principals =
          typed.stream()
              .filter(m -> m != null && "PRINCIPAL".equalsIgnoreCase(trim(m.relationship())))
              .count();
      if (principals == 0) {
        violations.add(
            "members", "missing-principal", "one member must have the relationship PRINCIPAL");
      } else if (principals > 1) {
        violations.add("members", "several-principals", "only one member can be the PRINCIPAL");
      }
      Set<String> ids = new java.util.HashSet<>();
      for (int i = 0; i < typed.size(); i++) {
        MemberDetails m = typed.get(i);
        if (m != null && m.id() != null && !ids.add(m.id())) {
          violations.add("members[" + i + "].id", "duplicate", "this member appears twice");
        }
      }
    }
    CheckedConsent consent = consent(violations.at("consent"), details.consent(), today);
    violations.throwIfAny();
    return new Checked(mission, destination, finalDestination, site, registered, members, consent);
  }

  public static CheckedConsent consent(
      Violations violations, ConsentDetails consent, LocalDate today) {
    if (consent == null) {
      return null;
    }
    LocalDate declaredOn = date(violations, consent.declaredOn(), "declaredOn");
    if (declaredOn == null) {
      required(violations, consent.declaredOn(), "declaredOn");
    } else {
      violations.check(
          !declaredOn.isAfter(today),
          "declaredOn",
          "in-future",
          "consent cannot be declared in the future");
    }
    String counsellor = text(violations, consent.counsellor(), "counsellor", MAX_NAME);
    required(violations, counsellor, "counsellor");
    String language = trim(consent.language());
    if (required(violations, language, "language")) {
      language = language.toLowerCase(Locale.ROOT);
      violations.check(
          LanguageCode.isValid(language),
          "language",
          "unknown-language",
          "'" + consent.language() + "' is not an ISO 639 language code");
    }
    return new CheckedConsent(
        declaredOn, counsellor, language, Boolean.TRUE.equals(consent.signed()));
  }

  private static Person member(
      Violations v, MemberDetails m, Set<PersonId> existingMembers, LocalDate today) {
    if (m == null) {
      v.add("", "required", "a member cannot be empty");
      return null;
    }
    PersonId id = PersonId.random();
    if (m.id() != null) {
      try {
        PersonId given = new PersonId(UUID.fromString(m.id()));
        if (v.check(
            existingMembers.contains(given),
            "id",
            "unknown-member",
            "this case has no member with this id")) {
          id = given;
        }
      } catch (IllegalArgumentException e) {
        v.add("id", "malformed", "not a member id");
      }
    }
    Relationship relationship =
        choice(v, m.relationship(), "relationship", Relationship.class, true);
    String given = name(v, m.givenName(), "givenName");
    String family = name(v, m.familyName(), "familyName");
    List<String> otherNames = new ArrayList<>();
    if (m.otherNames() != null) {
      for (int i = 0; i < m.otherNames().size(); i++) {
        String other = text(v, m.otherNames().get(i), "otherNames[" + i + "]", MAX_NAME);
        if (other != null) {
          otherNames.add(other);
        }
      }
    }
    Sex sex = choice(v, m.sex(), "sex", Sex.class, false);
    LocalDate born = date(v, m.dateOfBirth(), "dateOfBirth");
    if (born != null) {
      v.check(
          !born.isAfter(today),
          "dateOfBirth",
          "in-future",
          "the date of birth cannot be in the future");
      v.check(
          born.isAfter(today.minusYears(120)),
          "dateOfBirth",
          "implausible",
          "the date of birth is more than 120 years ago");
    }
    boolean estimated = Boolean.TRUE.equals(m.dobEstimated());
    if (estimated && born == null) {
      v.add(
          "dateOfBirth",
          "required",
          "an estimated date of birth still needs at least the year (use YYYY-01-01)");
    }
    String nationality = country(v, m.nationality(), "nationality", true);
    String placeOfBirth = text(v, m.placeOfBirth(), "placeOfBirth", MAX_TEXT);
    List<String> languages = new ArrayList<>();
    if (m.languages() != null) {
      for (int i = 0; i < m.languages().size(); i++) {
        String language = trim(m.languages().get(i));
        if (language == null) {
          continue;
        }
        language = language.toLowerCase(Locale.ROOT);
        if (v.check(
            LanguageCode.isValid(language),
            "languages[" + i + "]",
            "unknown-language",
            "'" + m.languages().get(i) + "' is not an ISO 639 language code")) {
          languages.add(language);
        }
      }
    }
    String phone = phone(v, m.phone(), "phone");
    String city = text(v, m.currentCity(), "currentCity", MAX_TEXT);
    List<IdentityDocument> documents = new ArrayList<>();
    if (m.documents() != null) {
      for (int i = 0; i < m.documents().size(); i++) {
        IdentityDocument document = document(v.at("documents[" + i + "]"), m.documents().get(i));
        if (document != null) {
          documents.add(document);
        }
      }
    }
    EnumSet<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);
    if (m.vulnerabilities() != null) {
      for (int i = 0; i < m.vulnerabilities().size(); i++) {
        Vulnerability vulnerability =
            choice(
                v,
                m.vulnerabilities().get(i),
                "vulnerabilities[" + i + "]",
                Vulnerability.class,
                true);
        if (vulnerability != null) {
          vulnerabilities.add(vulnerability);
        }
      }
    }
    if (vulnerabilities.contains(Vulnerability.PREGNANT) && sex == Sex.M) {
      v.add(
          "vulnerabilities",
          "inconsistent",
          "a person recorded as male cannot be recorded as pregnant");
    }
    String notes = text(v, m.vulnerabilityNotes(), "vulnerabilityNotes", MAX_NOTES);
    if (relationship == null || given == null || family == null || nationality == null) {
      return null;
    }
    return new Person(
        id,
        relationship,
        given,
        family,
        otherNames,
        sex,
        born,
        estimated,
        nationality,
        placeOfBirth,
        languages,
        phone,
        city,
        documents,
        vulnerabilities,
        Set.of(),
        notes,
        false);
  }

  private static IdentityDocument document(Violations v, DocumentDetails d) {
    if (d == null) {
      v.add("", "required", "a document cannot be empty");
      return null;
    }
    DocumentType type = choice(v, d.type(), "type", DocumentType.class, true);
    String number = text(v, d.number(), "number", 50);
    required(v, number, "number");
    String issuer = country(v, d.issuingCountry(), "issuingCountry", false);
    LocalDate expires = date(v, d.expiresOn(), "expiresOn");
    if (type == null || number == null) {
      return null;
    }
    return new IdentityDocument(type, number.toUpperCase(Locale.ROOT), issuer, expires);
  }

  private static String name(Violations v, String value, String field) {
    String name = text(v, value, field, MAX_NAME);
    if (!required(v, name, field)) {
      return null;
    }
    if (name.codePoints().noneMatch(Character::isLetter)) {
      v.add(field, "malformed", "a name needs at least one letter");
      return null;
    }
    return name;
  }

  private static String phone(Violations v, String value, String field) {
    String phone = trim(value);
    if (phone == null) {
      return null;
    }
    String compact = phone.replaceAll("[\\s().-]", "");
    if (!compact.matches("\\+[1-9]\\d{6,14}")) {
      v.add(
          field,
          "malformed-phone",
          "a phone number must be in international form, e.g. +212612345678");
      return null;
    }
    try {
      // possible rather than valid: numbering plans change faster than any bundled metadata
      if (!PHONES.isPossibleNumber(PHONES.parse(compact, null))) {
        v.add(field, "malformed-phone", "'" + phone + "' is not a valid phone number");
        return null;
      }
    } catch (NumberParseException e) {
      v.add(field, "malformed-phone", "'" + phone + "' is not a valid phone number");
      return null;
    }
    return compact;
  }

  static String country(Violations v, String value, String field, boolean required) {
    String code = trim(value);
    if (code == null) {
      if (required) {
        v.add(field, "required", "this field is required");
      }
      return null;
    }
    code = code.toUpperCase(Locale.ROOT);
    if (!CountryCode.isNationality(code)) {
      v.add(
          field,
          "unknown-country",
          "'" + value + "' is not an ISO 3166-1 alpha-3 country code (e.g. CMR, NGA, SEN, CIV)");
      return null;
    }
    return code;
  }

  static LocalDate date(Violations v, String value, String field) {
    String text = trim(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      v.add(field, "malformed-date", "'" + value + "' is not a date in the form YYYY-MM-DD");
      return null;
    }
  }

  static <E extends Enum<E>> E choice(
      Violations v, String value, String field, Class<E> type, boolean required) {
    String text = trim(value);
    if (text == null) {
      if (required) {
        v.add(field, "required", "this field is required");
      }
      return null;
    }
    Map<String, E> values =
        Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(Enum::name, e -> e));
    E chosen = values.get(text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    if (chosen == null) {
      v.add(
          field,
          "unknown-value",
          "'"
              + value
              + "' is not one of "
              + String.join(", ", values.keySet().stream().sorted().toList()));
    }
    return chosen;
  }

  static String text(Violations v, String value, String field, int max) {
    // refused before it is stored; the value goes on so that one field gets one message
    CleanText.check(v, field, value);
    String text = trim(value);
    if (text != null && text.length() > max) {
      v.add(field, "too-long", "at most " + max + " characters");
      return null;
    }
    return text;
  }

  static boolean required(Violations v, String value, String field) {
    if (value == null || value.isBlank()) {
      v.add(field, "required", "this field is required");
      return false;
    }
    return true;
  }

  static String trim(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
