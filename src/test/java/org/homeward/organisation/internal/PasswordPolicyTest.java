package org.homeward.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.homeward.shared.Violation;
import org.homeward.shared.Violations;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  private List<String> refusals(String username, String password) {
    Violations violations = new Violations();
    policy.check(violations, "password", username, password);
    assertThat(violations.list()).allSatisfy(v -> assertThat(v.field()).isEqualTo("password"));
    return violations.list().stream().map(Violation::code).toList();
  }

  @Test
  void acceptsALongUncommonPassphraseInAnyScript() {
    assertThat(refusals("amina", "the river at Oujda in spring")).isEmpty();
    assertThat(refusals("amina", "نهر وجدة في الربيع")).isEmpty();
  }

  @Test
  void refusesPasswordsShorterThanTwelveOrLongerThan128Characters() {
    assertThat(refusals("amina", "Xk9#mQ2$vL7")).containsExactly("too-short");
    assertThat(refusals("amina", "Xk9#mQ2$vL7!")).isEmpty();
    assertThat(refusals("amina", "a".repeat(60) + "b".repeat(69))).containsExactly("too-long");
  }

  @Test
  void refusesCommonPasswordsWhateverTheirCaseOrTheDigitsAdded() {
    assertThat(refusals("amina", "AZERTYUIOPQSDFGHJKLM")).contains("too-common");
    assertThat(refusals("amina", "Motdepasse2024!")).containsExactly("too-common");
    assertThat(refusals("amina", "password1234")).containsExactly("too-common");
    assertThat(refusals("amina", "bismillahirrahmanirrahim")).containsExactly("too-common");
    assertThat(refusals("amina", "alhamdulillah123")).containsExactly("too-common");
  }

  @Test
  void refusesPasswordsContainingTheUsernameEvenBackwards() {
    assertThat(refusals("caseworker.mar", "my caseworker.mar secret"))
        .contains("contains-username");
    assertThat(refusals("caseworker.mar", "ram.rekrowesac secret")).contains("contains-username");
  }

  @Test
  void refusesAMissingPassword() {
    assertThat(refusals("amina", null)).containsExactly("required");
    assertThat(refusals("amina", "")).containsExactly("required");
  }

  @Test
  void bundlesSeveralHundredCommonPasswords() {
    assertThat(policy.commonPasswords()).isGreaterThan(300);
  }
}
