package org.homeward.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.CaseDetails.MemberDetails;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Violation;
import org.junit.jupiter.api.Test;

class CaseRulesTest {

  static final LocalDate TODAY = LocalDate.of(2012, 6, 1);

  @Test
  void acceptsAHouseholdAndTypesItsFields() {
    CaseRules.Checked checked =
        check(details(member("PRINCIPAL", "cmr", "+212 612 345 678", "pregnant")));
    assertThat(checked.destinationCountry()).isEqualTo("CMR");
    assertThat(checked.registrationDate()).isEqualTo(TODAY);
    assertThat(checked.members().getFirst().nationality()).isEqualTo("CMR");
    assertThat(checked.members().getFirst().phone()).isEqualTo("+212612345678");
  }

  @Test
  void keepsNamesInArabicScriptAsTyped() {
    MemberDetails member =
        new MemberDetails(
            null,
            "PRINCIPAL",
            "محمد",
            "بن علي",
            List.of(),
            "M",
            "1990-01-01",
            false,
            "MAR",
            null,
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            null);
    assertThat(check(details(member)).members().getFirst().familyName()).isEqualTo("بن علي");
  }

  @Test
  void acceptsStatelessPersons() {
    assertThat(check(details(member("PRINCIPAL", "XXA", null))).members().getFirst().nationality())
        .isEqualTo("XXA");
  }

  @Test
  void reportsEveryBrokenRuleAtItsField() {
    CaseDetails details =
        new CaseDetails(
            "ZZZ",
            "Cameroon",
            null,
            null,
            "2012-13-01",
            List.of(member("PRINCIPAL", "CMR", "+1"), member("PRINCIPAL", "NGA", null, "BRAVE")),
            new CaseDetails.ConsentDetails(null, "", "french", true));
    assertThatThrownBy(() -> check(details))
        .isInstanceOf(InvalidInputException.class)
        .extracting(
            e -> ((InvalidInputException) e).violations().stream().map(Violation::field).toList())
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactlyInAnyOrder(
            "missionCode",
            "destinationCountry",
            "registrationDate",
            "members[0].phone",
            "members[1].vulnerabilities[0]",
            "members",
            "consent.declaredOn",
            "consent.counsellor",
            "consent.language");
  }

  @Test
  void aManCannotBeRecordedAsPregnant() {
    MemberDetails man =
        new MemberDetails(
            null,
            "PRINCIPAL",
            "Paul",
            "Eto'o",
            List.of(),
            "M",
            null,
            false,
            "CMR",
            null,
            List.of(),
            null,
            null,
            List.of(),
            List.of("PREGNANT"),
            null);
    assertThatThrownBy(() -> check(details(man)))
        .hasMessageContaining("members[0].vulnerabilities");
  }

  @Test
  void anEstimatedBirthDateStillNeedsTheYear() {
    MemberDetails member =
        new MemberDetails(
            null,
            "PRINCIPAL",
            "Awa",
            "Ba",
            List.of(),
            "F",
            null,
            true,
            "SEN",
            null,
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            null);
    assertThatThrownBy(() -> check(details(member))).hasMessageContaining("members[0].dateOfBirth");
  }

  private static CaseRules.Checked check(CaseDetails details) {
    return CaseRules.check(details, Set.of(), code -> code.equals("MAR"), TODAY);
  }

  private static CaseDetails details(MemberDetails... members) {
    return new CaseDetails("MAR", "cmr", "Douala", "Oujda", null, List.of(members), null);
  }

  private static MemberDetails member(
      String relationship, String nationality, String phone, String... vulnerabilities) {
    return new MemberDetails(
        null,
        relationship,
        "Marie",
        "Mbarga",
        List.of(),
        "F",
        "1990-05-01",
        false,
        nationality,
        null,
        List.of("fr"),
        phone,
        null,
        List.of(),
        List.of(vulnerabilities),
        null);
  }
}
