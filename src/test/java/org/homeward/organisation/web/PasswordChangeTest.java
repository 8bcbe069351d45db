package org.homeward.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.organisation.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordChangeTest {

  @LocalServerPort int port;

  private static String firstError(Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    var error = response.json().get("errors").get(0);
    return error.get("field").asString() + ":" + error.get("code").asString();
  }

  @Test
  void changesThePasswordWhenTheCurrentOneIsGivenAndTheNewOneIsStrong() {
    String username = TestAccounts.create(port, "changer", "FINANCE_OFFICER");
    ApiClient user = ApiClient.as(port, username, TestAccounts.PASSWORD);

    Response changed =
        user.post(
            "/api/v1/me/password",
            Map.of(
                "currentPassword", TestAccounts.PASSWORD, "newPassword", "a brand new passphrase"));

    assertThat(changed.status()).as(changed.text()).isEqualTo(204);
    assertThat(user.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(ApiClient.as(port, username, "a brand new passphrase").get("/api/v1/me").status())
        .isEqualTo(200);
  }

  @Test
  void refusesAWeakNewPasswordOrAWrongCurrentOneNamingTheField() {
    String username = TestAccounts.create(port, "weak", "FINANCE_OFFICER");
    ApiClient user = ApiClient.as(port, username, TestAccounts.PASSWORD);

    assertThat(
            firstError(
                user.post(
                    "/api/v1/me/password",
                    Map.of(
                        "currentPassword", TestAccounts.PASSWORD, "newPassword", "motdepasse1"))))
        .isEqualTo("newPassword:too-short");
    assertThat(
            firstError(
                user.post(
                    "/api/v1/me/password",
                    Map.of(
                        "currentPassword",
                        TestAccounts.PASSWORD,
                        "newPassword",
                        "qwertyuiop12345"))))
        .isEqualTo("newPassword:too-common");
    assertThat(
            firstError(
                user.post(
                    "/api/v1/me/password",
                    Map.of("currentPassword", "not it at all", "newPassword", "a fine new one!!"))))
        .isEqualTo("currentPassword:wrong-password");
    assertThat(user.get("/api/v1/me").status()).isEqualTo(200);
  }
}
