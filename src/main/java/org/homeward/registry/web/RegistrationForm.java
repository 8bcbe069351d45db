package org.homeward.registry.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.registry.CaseDetails;
import org.homeward.shared.web.Formats;
import org.springframework.util.MultiValueMap;

/**
 * The registration form exactly as typed, so that a form sent back with errors shows everything the
 * user entered. Field names follow the paths of {@link CaseDetails} ({@code members[0].givenName},
 * {@code consent.declaredOn}), so each reported violation finds its input.
 *
 * @param idempotencyKey one per form: a form sent twice over a slow link registers one case
 * @param consentGiven whether the consent part of the form applies; unticked, no consent is sent
 */
record RegistrationForm(
    String idempotencyKey,
    String missionCode,
    String registrationSite,
    String registrationDate,
    String destinationCountry,
    String finalDestination,
    List<MemberForm> members,
    boolean consentGiven,
    String consentDeclaredOn,
    String consentCounsellor,
    String consentLanguage,
    boolean consentSigned) {

  private static final Pattern MEMBER_FIELD =
      Pattern.compile("members\\[(\\d{1,3})]\\.\\w+(?:\\[\\d{1,3}]\\.\\w+)?");
  private static final Pattern DOCUMENT_FIELD = Pattern.compile("documents\\[(\\d{1,2})]\\.\\w+");
  private static final Pattern LANGUAGE_SEPARATORS = Pattern.compile("[\\s,;]+");

  RegistrationForm {
    members = List.copyOf(members);
  }

  /**
   * One member row as typed.
   *
   * @param otherNames the lines of the other names' box that hold something, as typed
   * @param languages the languages ticked, then the codes typed in the box for the others
   * @param documents the document rows in their order, empty ones included
   */
  record MemberForm(
      String relationship,
      String givenName,
      String familyName,
      List<String> otherNames,
      String sex,
      String dateOfBirth,
      boolean dobEstimated,
      String nationality,
      String placeOfBirth,
      List<String> languages,
      String phone,
      String currentCity,
      List<DocumentForm> documents,
      List<String> vulnerabilities,
      String vulnerabilityNotes) {

    MemberForm {
      otherNames = List.copyOf(otherNames);
      languages = List.copyOf(languages);
      documents = List.copyOf(documents);
      vulnerabilities = List.copyOf(vulnerabilities);
    }

    /** An empty row, with one empty document to fill in. */
    static MemberForm blank(String relationship) {
      return new MemberForm(
          relationship,
          "",
          "",
          List.of(),
          "",
          "",
          false,
          "",
          "",
          List.of(),
          "",
          "",
          List.of(DocumentForm.blank()),
          List.of(),
          "");
    }

    public boolean has(String vulnerability) {
      return vulnerabilities.contains(vulnerability);
    }

    public boolean speaks(String language) {
      return languages.contains(language);
    }

    /** The other names' box as typed, one name a line. */
    public String otherNamesText() {
      return String.join("\n", otherNames);
    }

    /** The languages that are not among those {@code offered} as boxes to tick, as typed. */
    public String otherLanguages(List<Formats.Choice> offered) {
      List<String> ticked = offered.stream().map(Formats.Choice::value).toList();
      return String.join(" ", languages.stream().filter(l -> !ticked.contains(l)).toList());
    }

    MemberForm withDocuments(List<DocumentForm> rows) {
      return new MemberForm(
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
          rows,
          vulnerabilities,
          vulnerabilityNotes);
    }

    /**
     * The documents filled in, numbered as the rules number them, or one empty document when none
     * is: a form sent back with errors shows each document's errors at its own row.
     */
    MemberForm compacted() {
      List<DocumentForm> filled = documents.stream().filter(d -> !d.isEmpty()).toList();
      return withDocuments(filled.isEmpty() ? List.of(DocumentForm.blank()) : filled);
    }

    CaseDetails.MemberDetails details() {
      return new CaseDetails.MemberDetails(
          null,
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
          // an empty row is a document not recorded, not a document without a number
          documents.stream().filter(d -> !d.isEmpty()).map(DocumentForm::details).toList(),
          vulnerabilities,
          vulnerabilityNotes);
    }
  }

  /** One identity document row as typed. */
  record DocumentForm(String type, String number, String issuingCountry, String expiresOn) {

    static DocumentForm blank() {
      return new DocumentForm("", "", "", "");
    }

    boolean isEmpty() {
      return type.isBlank() && number.isBlank() && issuingCountry.isBlank() && expiresOn.isBlank();
    }

    CaseDetails.DocumentDetails details() {
      return new CaseDetails.DocumentDetails(type, number, issuingCountry, expiresOn);
    }
  }

  /** A new form for the user's mission: one row, the principal applicant, registered today. */
  static RegistrationForm blank(String missionCode, LocalDate today) {
    return new RegistrationForm(
        UUID.randomUUID().toString(),
        missionCode,
        "",
        today.toString(),
        "",
        "",
        List.of(MemberForm.blank("PRINCIPAL")),
        false,
        today.toString(),
        "",
        "",
        false);
  }

  /** Reads the form as posted; member rows come in the order of their numbers. */
  static RegistrationForm from(MultiValueMap<String, String> params) {
    return new RegistrationForm(
        orNew(params.getFirst("idempotencyKey")),
        text(params, "missionCode"),
        text(params, "registrationSite"),
        text(params, "registrationDate"),
        text(params, "destinationCountry"),
        text(params, "finalDestination"),
        List.copyOf(rows(params).values()),
        params.containsKey("consent.given"),
        text(params, "consent.declaredOn"),
        text(params, "consent.counsellor"),
        text(params, "consent.language"),
        params.containsKey("consent.signed"));
  }

  /**
   * The row numbers present in the post, highest last. Rows added in the browser are numbered after
   * the highest, so they may leave gaps; a form sent back is numbered again from 0.
   */
  static TreeMap<Integer, MemberForm> rows(MultiValueMap<String, String> params) {
    TreeMap<Integer, MemberForm> rows = new TreeMap<>();
    for (String name : params.keySet()) {
      Matcher m = MEMBER_FIELD.matcher(name);
      if (m.matches()) {
        int index = Integer.parseInt(m.group(1));
        rows.computeIfAbsent(index, i -> member(params, "members[" + i + "]."));
      }
    }
    return rows;
  }

  private static MemberForm member(MultiValueMap<String, String> params, String prefix) {
    List<String> vulnerabilities = params.get(prefix + "vulnerabilities");
    return new MemberForm(
        text(params, prefix + "relationship"),
        text(params, prefix + "givenName"),
        text(params, prefix + "familyName"),
        text(params, prefix + "otherNames").lines().filter(l -> !l.isBlank()).toList(),
        text(params, prefix + "sex"),
        text(params, prefix + "dateOfBirth"),
        params.containsKey(prefix + "dobEstimated"),
        text(params, prefix + "nationality"),
        text(params, prefix + "placeOfBirth"),
        languages(params.get(prefix + "languages")),
        text(params, prefix + "phone"),
        text(params, prefix + "currentCity"),
        documents(params, prefix).values().stream().toList(),
        vulnerabilities == null ? List.of() : vulnerabilities,
        text(params, prefix + "vulnerabilityNotes"));
  }

  /** The boxes ticked and the codes typed for the others, each once, in the order sent. */
  private static List<String> languages(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream()
        .filter(v -> v != null)
        .flatMap(LANGUAGE_SEPARATORS::splitAsStream)
        .filter(code -> !code.isEmpty())
        .distinct()
        .toList();
  }

  /** A member's document rows by their numbers, as for the member rows. */
  private static TreeMap<Integer, DocumentForm> documents(
      MultiValueMap<String, String> params, String prefix) {
    TreeMap<Integer, DocumentForm> rows = new TreeMap<>();
    for (String name : params.keySet()) {
      if (!name.startsWith(prefix)) {
        continue;
      }
      Matcher m = DOCUMENT_FIELD.matcher(name.substring(prefix.length()));
      if (m.matches()) {
        int index = Integer.parseInt(m.group(1));
        String at = prefix + "documents[" + index + "].";
        rows.computeIfAbsent(
            index,
            i ->
                new DocumentForm(
                    text(params, at + "type"),
                    text(params, at + "number"),
                    text(params, at + "issuingCountry"),
                    text(params, at + "expiresOn")));
      }
    }
    return rows;
  }

  /**
   * The number for a document row added in the browser to the member row numbered {@code row}:
   * after the highest sent, as for member rows.
   */
  static int nextDocument(MultiValueMap<String, String> params, int row) {
    TreeMap<Integer, DocumentForm> rows = documents(params, "members[" + row + "].");
    return rows.isEmpty() ? 0 : rows.lastKey() + 1;
  }

  RegistrationForm withMembers(List<MemberForm> rows) {
    return new RegistrationForm(
        idempotencyKey,
        missionCode,
        registrationSite,
        registrationDate,
        destinationCountry,
        finalDestination,
        rows,
        consentGiven,
        consentDeclaredOn,
        consentCounsellor,
        consentLanguage,
        consentSigned);
  }

  /** The form as it goes back with errors: see {@link MemberForm#compacted()}. */
  RegistrationForm compacted() {
    return withMembers(members.stream().map(MemberForm::compacted).toList());
  }

  /** The same form with a new idempotency key: for a second, different household. */
  RegistrationForm withNewKey() {
    return new RegistrationForm(
        UUID.randomUUID().toString(),
        missionCode,
        registrationSite,
        registrationDate,
        destinationCountry,
        finalDestination,
        members,
        consentGiven,
        consentDeclaredOn,
        consentCounsellor,
        consentLanguage,
        consentSigned);
  }

  CaseDetails details() {
    return new CaseDetails(
        missionCode,
        destinationCountry,
        finalDestination,
        registrationSite,
        registrationDate,
        members.stream().map(MemberForm::details).toList(),
        consentGiven
            ? new CaseDetails.ConsentDetails(
                consentDeclaredOn, consentCounsellor, consentLanguage, consentSigned)
            : null);
  }

  private static String text(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
  }

  private static String orNew(String key) {
    return key == null || key.isBlank() || key.length() > 200 ? UUID.randomUUID().toString() : key;
  }
}
