package org.homeward.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.binary.Base32;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.organisation.Browser;
import org.homeward.organisation.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The optional second factor, as a person with an authenticator app uses it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorTest {

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  /** What the authenticator app shows {@code stepsAhead} time steps from now. */
  private static String appCode(String secret, int stepsAhead) {
    return new OneTimeCodes()
        .code(new Base32().decode(secret), OneTimeCodes.step(Instant.now()) + stepsAhead);
  }

  private record Enrolled(String username, String secret, ApiClient password) {}

  /** A new user who enrolled and confirmed a second factor with the current code. */
  private Enrolled enrolled(String prefix) {
    String username = TestAccounts.create(port, prefix, "CASEWORKER");
    ApiClient user = ApiClient.as(port, username, TestAccounts.PASSWORD);
    Response enrolment = user.post("/api/v1/me/totp", null);
    assertThat(enrolment.status()).as(enrolment.text()).isEqualTo(201);
    String secret = enrolment.json().get("secret").asString();
    assertThat(enrolment.json().get("uri").asString())
        .startsWith("otpauth://totp/Homeward%3A" + username + "?secret=" + secret)
        .contains("issuer=Homeward");

    Response wrong = user.post("/api/v1/me/totp/confirmation", Map.of("code", "000000"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("code");

    Response confirmed =
        user.post("/api/v1/me/totp/confirmation", Map.of("code", appCode(secret, 0)));
    assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(204);
    return new Enrolled(username, secret, user);
  }

  @Test
  void onceConfirmedTheLoginFormAsksForTheCodeAndPasswordAloneIsRefused() {
    Enrolled person = enrolled("totp");

    assertThat(person.password().get("/api/v1/me").status()).isEqualTo(401);
    assertThat(
            Browser.succeeded(
                new Browser(port).signIn(person.username(), TestAccounts.PASSWORD, null)))
        .isFalse();
    assertThat(
            Browser.succeeded(
                new Browser(port).signIn(person.username(), TestAccounts.PASSWORD, "123456")))
        .isFalse();

    String code = appCode(person.secret(), 1);
    assertThat(
            Browser.succeeded(
                new Browser(port).signIn(person.username(), TestAccounts.PASSWORD, code)))
        .isTrue();
    // a code is good once: someone who saw it over a shoulder cannot use it again
    assertThat(
            Browser.succeeded(
                new Browser(port).signIn(person.username(), TestAccounts.PASSWORD, code)))
        .isFalse();
  }

  @Test
  void theSecretIsShownOnceAndStoredEncrypted() {
    Enrolled person = enrolled("sealed");

    String stored =
        jdbc.sql("SELECT totp_secret FROM organisation_user WHERE username = ?")
            .param(person.username())
            .query(String.class)
            .single();
    assertThat(stored).isNotBlank().doesNotContain(person.secret());
    assertThat(stored)
        .doesNotContain(
            new String(
                new Base32().decode(person.secret()),
                java.nio.charset.StandardCharsets.ISO_8859_1));

    // a token made before keeps scripts working, and shows the factor is on
    JsonNode me = ApiClient.as(port, "admin").get("/api/v1/users/" + person.username()).json();
    assertThat(me.get("secondFactor").asBoolean()).isTrue();
    assertThat(me.toString()).doesNotContain(person.secret());
    Response again = ApiClient.as(port, "admin").get("/api/v1/users/" + person.username());
    assertThat(again.text()).doesNotContain(person.secret());
  }

  @Test
  void turningItOffNeedsACurrentCodeAndBringsBackPasswordSignIn() {
    String username = TestAccounts.create(port, "off", "CASEWORKER");
    ApiClient user = ApiClient.as(port, username, TestAccounts.PASSWORD);
    String token =
        user.post(
                "/api/v1/me/tokens",
                Map.of("name", "account", "permissions", List.of("OWN_ACCOUNT")))
            .json()
            .get("token")
            .asString();
    String secret = user.post("/api/v1/me/totp", null).json().get("secret").asString();
    user.post("/api/v1/me/totp/confirmation", Map.of("code", appCode(secret, 0)));
    assertThat(user.get("/api/v1/me").status()).isEqualTo(401);

    ApiClient viaToken = ApiClient.anonymous(port);
    Response wrong =
        viaToken.send(
            "DELETE",
            "/api/v1/me/totp",
            Map.of("code", "999999"),
            "application/json",
            "Authorization",
            "Bearer " + token);
    assertThat(wrong.status()).isEqualTo(400);
    Response off =
        viaToken.send(
            "DELETE",
            "/api/v1/me/totp",
            Map.of("code", appCode(secret, 1)),
            "application/json",
            "Authorization",
            "Bearer " + token);
    assertThat(off.status()).as(off.text()).isEqualTo(204);

    assertThat(user.get("/api/v1/me").status()).isEqualTo(200);
    assertThat(user.get("/api/v1/me").json().get("secondFactor").asBoolean()).isFalse();
  }

  @Test
  void anAdministratorRemovesALostSecondFactor() {
    Enrolled person = enrolled("lostphone");
    Response reset =
        ApiClient.as(port, "admin")
            .patch("/api/v1/users/" + person.username(), Map.of("secondFactor", false));
    assertThat(reset.status()).as(reset.text()).isEqualTo(200);
    assertThat(person.password().get("/api/v1/me").status()).isEqualTo(200);
  }
}
