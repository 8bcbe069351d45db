package org.homeward.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.organisation.TestAccounts;
import org.homeward.organisation.WithShortLockoutAndOpenIdProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HTTP Basic verifies a password with Argon2id once and then remembers it briefly; every change to
 * the account is seen on the very next request all the same.
 */
@WithShortLockoutAndOpenIdProvider
class VerifiedPasswordsTest {

  @LocalServerPort int port;

  @Autowired VerifiedPasswords verifiedPasswords;

  private ApiClient basic(String username, String password) {
    return ApiClient.as(port, username, password);
  }

  /** Signs in twice, so the second request was answered from the cache. */
  private ApiClient signedInAndRemembered(String username) {
    ApiClient user = basic(username, TestAccounts.PASSWORD);
    assertThat(user.get("/api/v1/me").status()).isEqualTo(200);
    assertThat(
            verifiedPasswords.recentlyVerified(
                username, TestAccounts.PASSWORD, storedHash(username)))
        .isTrue();
    assertThat(user.get("/api/v1/me").status()).isEqualTo(200);
    return user;
  }

  @Autowired Users users;

  private String storedHash(String username) {
    return users.find(username).orElseThrow().passwordHash();
  }

  @Test
  void remembersAVerifiedPasswordOnlyAsAKeyedHash() {
    String username = TestAccounts.create(port, "remembered", "CASEWORKER");
    signedInAndRemembered(username);

    assertThat(
            verifiedPasswords.recentlyVerified(username, "another password", storedHash(username)))
        .isFalse();
    assertThat(
            verifiedPasswords.recentlyVerified(
                username + "x", TestAccounts.PASSWORD, storedHash(username)))
        .isFalse();
  }

  @Test
  void theOldPasswordStopsWorkingAtOnceAfterAChange() {
    String username = TestAccounts.create(port, "rotating", "CASEWORKER");
    ApiClient user = signedInAndRemembered(username);

    Response changed =
        user.post(
            "/api/v1/me/password",
            Map.of(
                "currentPassword", TestAccounts.PASSWORD, "newPassword", "a new long passphrase"));
    assertThat(changed.status()).as(changed.text()).isEqualTo(204);

    assertThat(user.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(basic(username, "a new long passphrase").get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void aDisabledUserIsRefusedAtOnce() {
    String username = TestAccounts.create(port, "leaving", "CASEWORKER");
    ApiClient user = signedInAndRemembered(username);

    Response disabled =
        ApiClient.as(port, "admin").patch("/api/v1/users/" + username, Map.of("enabled", false));
    assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);

    assertThat(user.get("/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void wrongPasswordsStillCountAndTheLockRefusesTheRememberedOneAtOnce() {
    String username = TestAccounts.create(port, "besieged", "CASEWORKER");
    ApiClient user = signedInAndRemembered(username);

    for (int i = 0; i < 5; i++) {
      assertThat(basic(username, "guess number " + i).get("/api/v1/me").status()).isEqualTo(401);
    }

    assertThat(user.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(
            ApiClient.as(port, "admin")
                .get("/api/v1/users/" + username)
                .json()
                .get("locked")
                .asBoolean())
        .isTrue();
  }

  @Test
  void aRoleChangeTakesEffectOnTheNextRequest() {
    String username = TestAccounts.create(port, "moved", "CASEWORKER");
    ApiClient user = signedInAndRemembered(username);
    assertThat(user.get("/api/v1/cases").status()).isEqualTo(200);

    Response demoted =
        ApiClient.as(port, "admin")
            .patch("/api/v1/users/" + username, Map.of("roles", List.of("DONOR_VIEWER")));
    assertThat(demoted.status()).as(demoted.text()).isEqualTo(200);

    assertThat(user.get("/api/v1/cases").status()).isEqualTo(403);
    assertThat(user.get("/api/v1/me").json().get("roles").get(0).asString())
        .isEqualTo("DONOR_VIEWER");
  }
}
