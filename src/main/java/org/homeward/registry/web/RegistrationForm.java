package org.homeward.registry.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.registry.CaseDetails;
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

  private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d{1,3})]\\.(\\w+)");

  RegistrationForm {
    members = List.copyOf(members);
  }

  /** One member row as typed. */
  record MemberForm(
      String relationship,
      String givenName,
      String familyName,
      String sex,
      String dateOfBirth,
      boolean dobEstimated,
      String nationality,
      String phone,
      List<String> vulnerabilities,
      String vulnerabilityNotes) {

    MemberForm {
      vulnerabilities = List.copyOf(vulnerabilities);
    }

    static MemberForm blank(String relationship) {
      return new MemberForm(relationship, "", "", "", "", false, "", "", List.of(), "");
    }

    public boolean has(String vulnerability) {
      return vulnerabilities.contains(vulnerability);
    }

    CaseDetails.MemberDetails details() {
      return new CaseDetails.MemberDetails(
          null,
          relationship,
          givenName,
          familyName,
          List.of(),
          sex,
          dateOfBirth,
          dobEstimated,
          nationality,
          null,
          List.of(),
          phone,
          null,
          List.of(),
          vulnerabilities,
          vulnerabilityNotes);
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
        text(params, prefix + "sex"),
        text(params, prefix + "dateOfBirth"),
        params.containsKey(prefix + "dobEstimated"),
        text(params, prefix + "nationality"),
        text(params, prefix + "phone"),
        vulnerabilities == null ? List.of() : vulnerabilities,
        text(params, prefix + "vulnerabilityNotes"));
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
