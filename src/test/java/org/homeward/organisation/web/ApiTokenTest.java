package org.homeward.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.organisation.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Personal API tokens: shown once, stored hashed, limited to what they were given, revocable. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenTest {

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  private Response withToken(String method, String path, String token, Object body) {
    return ApiClient.anonymous(port)
        .send(method, path, body, "application/json", "Authorization", "Bearer " + token);
  }

  private JsonNode createToken(ApiClient owner, List<String> permissions) {
    Response created =
        owner.post(
            "/api/v1/me/tokens",
            Map.of("name", "nightly export", "permissions", permissions, "expiresInDays", 90));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json();
  }

  @Test
  void aReadOnlyTokenReadsCasesButCannotRegisterOne() {
    JsonNode token = createToken(ApiClient.as(port, "caseworker.mar"), List.of("CASE_READ"));
    String secret = token.get("token").asString();
    assertThat(secret).startsWith("hw_").hasSizeGreaterThanOrEqualTo(46);

    assertThat(withToken("GET", "/api/v1/cases", secret, null).status()).isEqualTo(200);
    // the caseworker may register a household, the token may not
    Response register = withToken("POST", "/api/v1/cases", secret, Map.of());
    assertThat(register.status()).isEqualTo(403);
    assertThat(withToken("GET", "/api/v1/me/tokens", secret, null).status()).isEqualTo(403);

    JsonNode me =
        withToken(
                "GET",
                "/api/v1/me",
                createToken(
                        ApiClient.as(port, "caseworker.mar"), List.of("CASE_READ", "OWN_ACCOUNT"))
                    .get("token")
                    .asString(),
                null)
            .json();
    assertThat(me.get("permissions").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrder("CASE_READ", "OWN_ACCOUNT");
  }

  @Test
  void aTokenCannotCarryMoreThanItsOwnerMay() {
    Response response =
        ApiClient.as(port, "finance.mar")
            .post(
                "/api/v1/me/tokens",
                Map.of("name", "too much", "permissions", List.of("CASE_READ", "CASE_UPDATE")));
    assertThat(response.status()).isEqualTo(400);
    JsonNode error = response.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("permissions");
    assertThat(error.get("code").asString()).isEqualTo("beyond-your-rights");
    assertThat(error.get("message").asString()).contains("CASE_UPDATE");
  }

  @Test
  void isStoredOnlyAsAHashAndNeverListedAgain() throws Exception {
    ApiClient owner = ApiClient.as(port, "medical.mar");
    JsonNode token = createToken(owner, List.of("CASE_READ"));
    String secret = token.get("token").asString();

    List<String> stored =
        jdbc.sql("SELECT row_to_json(t)::text FROM organisation_api_token t")
            .query(String.class)
            .list();
    assertThat(stored).noneMatch(row -> row.contains(secret.substring(3)));
    String sha256 =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes("UTF-8")));
    assertThat(
            jdbc.sql("SELECT count(*) FROM organisation_api_token WHERE token_hash = ?")
                .param(sha256)
                .query(Long.class)
                .single())
        .isOne();

    Response listed = owner.get("/api/v1/me/tokens");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.text()).doesNotContain(secret).doesNotContain(sha256);
    assertThat(listed.json().valueStream().map(t -> t.get("id").asString()))
        .contains(token.get("id").asString());
  }

  @Test
  void recordsWhenATokenWasLastUsed() {
    ApiClient owner = ApiClient.as(port, "movement.mar");
    JsonNode token = createToken(owner, List.of("CASE_READ"));
    withToken("GET", "/api/v1/cases", token.get("token").asString(), null);

    JsonNode listed =
        owner
            .get("/api/v1/me/tokens")
            .json()
            .valueStream()
            .filter(t -> t.get("id").asString().equals(token.get("id").asString()))
            .findFirst()
            .orElseThrow();
    assertThat(listed.get("lastUsedAt")).isNotNull();
  }

  @Test
  void aRevokedTokenIsRefusedAtOnce() {
    ApiClient owner = ApiClient.as(port, "chief.mar");
    JsonNode token = createToken(owner, List.of("CASE_READ"));
    String secret = token.get("token").asString();
    assertThat(withToken("GET", "/api/v1/cases", secret, null).status()).isEqualTo(200);

    Response revoked =
        owner.send("DELETE", "/api/v1/me/tokens/" + token.get("id").asString(), null, null);
    assertThat(revoked.status()).isEqualTo(204);

    Response refused = withToken("GET", "/api/v1/cases", secret, null);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("code").asString()).isEqualTo("invalid-token");
  }

  @Test
  void someoneElsesTokenCannotBeRevoked() {
    JsonNode token = createToken(ApiClient.as(port, "caseworker.cmr"), List.of("CASE_READ"));
    Response response =
        ApiClient.as(port, "caseworker.mar")
            .send("DELETE", "/api/v1/me/tokens/" + token.get("id").asString(), null, null);
    assertThat(response.status()).isEqualTo(404);
    assertThat(withToken("GET", "/api/v1/cases", token.get("token").asString(), null).status())
        .isEqualTo(200);
  }

  @Test
  void unknownAndExpiredTokensAreRefusedWithAProblem() {
    Response unknown = withToken("GET", "/api/v1/cases", "hw_" + "A".repeat(43), null);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    assertThat(withToken("GET", "/api/v1/cases", "not-even-ours", null).status()).isEqualTo(401);

    JsonNode token = createToken(ApiClient.as(port, "me.mar"), List.of("CASE_READ"));
    // ninety days later
    jdbc.sql(
            "UPDATE organisation_api_token SET expires_at = now() - interval '1 second' WHERE id = ?")
        .param(java.util.UUID.fromString(token.get("id").asString()))
        .update();
    assertThat(withToken("GET", "/api/v1/cases", token.get("token").asString(), null).status())
        .isEqualTo(401);
  }

  @Test
  void aTokenStopsWorkingWhenItsOwnerIsDisabled() {
    String username = TestAccounts.create(port, "leaver", "CASEWORKER");
    JsonNode token =
        createToken(ApiClient.as(port, username, TestAccounts.PASSWORD), List.of("CASE_READ"));
    ApiClient.as(port, "admin").patch("/api/v1/users/" + username, Map.of("enabled", false));
    assertThat(withToken("GET", "/api/v1/cases", token.get("token").asString(), null).status())
        .isEqualTo(401);
  }
}
