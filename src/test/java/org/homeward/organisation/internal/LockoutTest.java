package org.homeward.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.organisation.Browser;
import org.homeward.organisation.TestAccounts;
import org.homeward.organisation.WithShortLockoutAndOpenIdProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Five wrong passwords lock the account for a while (two seconds here, 15 minutes by default). */
@WithShortLockoutAndOpenIdProvider
class LockoutTest {

  @LocalServerPort int port;

  private Response signIn(String username, String password) {
    return ApiClient.as(port, username, password).get("/api/v1/me");
  }

  /** The body apart from the request id, which differs on every response by design. */
  private static String withoutRequestId(Response response) {
    return response.text().replaceAll("\"requestId\":\"[^\"]*\"", "");
  }

  @Test
  void fiveWrongPasswordsLockTheAccountUntilThePeriodEnds() throws InterruptedException {
    String username = TestAccounts.create(port, "guessed", "CASEWORKER");
    Response wrong = null;
    for (int i = 0; i < 5; i++) {
      wrong = signIn(username, "wrong guess number " + i);
      assertThat(wrong.status()).isEqualTo(401);
    }

    Response locked = signIn(username, TestAccounts.PASSWORD);
    assertThat(locked.status()).isEqualTo(401);
    // exactly as a wrong password: nothing tells a guesser the account exists or is locked
    assertThat(withoutRequestId(locked)).isEqualTo(withoutRequestId(wrong));
    assertThat(withoutRequestId(locked))
        .isEqualTo(withoutRequestId(signIn("nobody.at.all", "whatever it is")));
    assertThat(
            ApiClient.as(port, "admin")
                .get("/api/v1/users/" + username)
                .json()
                .get("locked")
                .asBoolean())
        .isTrue();

    Thread.sleep(2_200);
    assertThat(signIn(username, TestAccounts.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void aSuccessfulSignInStartsTheCountAfresh() {
    String username = TestAccounts.create(port, "forgetful", "CASEWORKER");
    for (int i = 0; i < 4; i++) {
      signIn(username, "not quite right " + i);
    }
    assertThat(signIn(username, TestAccounts.PASSWORD).status()).isEqualTo(200);
    for (int i = 0; i < 4; i++) {
      signIn(username, "still not right " + i);
    }
    assertThat(signIn(username, TestAccounts.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void failuresOnTheLoginFormCountAndAnAdministratorCanUnlock() {
    String username = TestAccounts.create(port, "formguess", "CASEWORKER");
    for (int i = 0; i < 5; i++) {
      assertThat(Browser.succeeded(new Browser(port).signIn(username, "form guess " + i, null)))
          .isFalse();
    }
    assertThat(Browser.succeeded(new Browser(port).signIn(username, TestAccounts.PASSWORD, null)))
        .isFalse();
    assertThat(signIn(username, TestAccounts.PASSWORD).status()).isEqualTo(401);

    Response unlocked =
        ApiClient.as(port, "admin").patch("/api/v1/users/" + username, Map.of("locked", false));
    assertThat(unlocked.status()).as(unlocked.text()).isEqualTo(200);
    assertThat(signIn(username, TestAccounts.PASSWORD).status()).isEqualTo(200);
  }
}
