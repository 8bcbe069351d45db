package org.homeward.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.internal.CaseRules;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Violation;
import org.homeward.shared.web.FieldErrors;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The registration form as posted, read into a household's details and sent back with errors. */
class RegistrationFormTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

  @Test
  void readsOtherNamesLanguagesAndDocumentsAsTheApiTakesThem() {
    MultiValueMap<String, String> params = household();
    params.add("members[0].otherNames", "Klarisse Ndongmo\r\n\r\n  \nClarisse Tchoupo\n");
    params.add("members[0].languages", "fr");
    params.add("members[0].languages", "ff");
    params.add("members[0].languages", " dua, bbj;fr ");
    // rows added in the browser leave gaps and may stay empty
    document(params, 3, "CONSULAR_CARD", "rbt-2019-0412", "", "2024-01-31");
    document(params, 0, "PASSPORT", "ab1234567", "CMR", "2031-06-30");
    document(params, 1, "", "", "", "");

    RegistrationForm form = RegistrationForm.from(params);
    CaseDetails.MemberDetails member = form.details().members().getFirst();

    assertThat(member.otherNames()).containsExactly("Klarisse Ndongmo", "Clarisse Tchoupo");
    assertThat(member.languages()).containsExactly("fr", "ff", "dua", "bbj");
    assertThat(member.placeOfBirth()).isEqualTo("Dschang");
    assertThat(member.currentCity()).isEqualTo("Oujda");
    assertThat(member.documents())
        .containsExactly(
            new CaseDetails.DocumentDetails("PASSPORT", "ab1234567", "CMR", "2031-06-30"),
            new CaseDetails.DocumentDetails("CONSULAR_CARD", "rbt-2019-0412", "", "2024-01-31"));
    assertThat(RegistrationForm.nextDocument(params, 0)).isEqualTo(4);
    assertThat(RegistrationForm.nextDocument(params, 5)).isZero();

    var person = CaseRules.check(form.details(), java.util.Set.of(), m -> true, TODAY).members();
    assertThat(person.getFirst().documents().getFirst().number()).isEqualTo("AB1234567");
    assertThat(person.getFirst().documents().get(1).expiresOn())
        .isEqualTo(LocalDate.of(2024, 1, 31));
  }

  @Test
  void aFormSentBackKeepsTheFilledDocumentsNumberedAsTheRulesNumberThem() {
    MultiValueMap<String, String> params = household();
    document(params, 0, "", "", "", "");
    document(params, 2, "PASSPORT", "", "CMR", "");

    RegistrationForm form = RegistrationForm.from(params);
    InvalidInputException refused = refused(form);

    assertThat(refused.violations())
        .extracting(Violation::field)
        .containsExactly("members[0].documents[0].number");
    RegistrationForm.MemberForm back = form.compacted().members().getFirst();
    assertThat(back.documents())
        .containsExactly(new RegistrationForm.DocumentForm("PASSPORT", "", "CMR", ""));
    // a member without any document still has an empty one to fill in
    RegistrationForm none = RegistrationForm.from(household()).compacted();
    assertThat(none.members().getFirst().documents())
        .containsExactly(RegistrationForm.DocumentForm.blank());
  }

  @Test
  void placesEachErrorAtItsInputAndNamesTheDocumentInTheSummary() {
    MultiValueMap<String, String> params = household();
    params.add("members[0].otherNames", "Klarisse\nClar\u0007isse");
    params.add("members[0].languages", "pcm 7x");
    document(params, 0, "PASSPORT", "A1", "CMR", "");
    document(params, 1, "OTHER", "X-77", "", "31/01/2024");

    RegistrationForm form = RegistrationForm.from(params);
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("i18n/messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    FieldErrors errors =
        RegistrationErrors.of(refused(form).violations(), messages, Locale.ENGLISH);

    assertThat(errors.all())
        .extracting(FieldErrors.Shown::anchor, FieldErrors.Shown::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("members-0-otherNames", "Member 1 – Other names"),
            org.assertj.core.groups.Tuple.tuple("members-0-languages", "Member 1 – Languages"),
            org.assertj.core.groups.Tuple.tuple(
                "members-0-documents-1-expiresOn", "Member 1 – Document 2 – Expiry date"));
    assertThat(errors.has("members[0].otherNames")).isTrue();
    assertThat(errors.of("members[0].languages"))
        .isEqualTo("Enter ISO 639 codes such as kr or fuv, separated by spaces.");
    assertThat(errors.of("members[0].documents[1].expiresOn"))
        .isEqualTo("Enter a date such as 2026-03-14.");
  }

  private static InvalidInputException refused(RegistrationForm form) {
    try {
      CaseRules.check(form.details(), java.util.Set.of(), m -> true, TODAY);
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("the form was accepted");
  }

  private static MultiValueMap<String, String> household() {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.add("missionCode", "MAR");
    params.add("registrationDate", "2026-03-01");
    params.add("destinationCountry", "CMR");
    params.add("members[0].relationship", "PRINCIPAL");
    params.add("members[0].givenName", "Clarisse");
    params.add("members[0].familyName", "Ndongmo");
    params.add("members[0].nationality", "CMR");
    params.add("members[0].placeOfBirth", "Dschang");
    params.add("members[0].currentCity", "Oujda");
    return params;
  }

  private static void document(
      MultiValueMap<String, String> params,
      int row,
      String type,
      String number,
      String country,
      String expires) {
    String at = "members[0].documents[" + row + "].";
    params.add(at + "type", type);
    params.add(at + "number", number);
    params.add(at + "issuingCountry", country);
    params.add(at + "expiresOn", expires);
  }
}
