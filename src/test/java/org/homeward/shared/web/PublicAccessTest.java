package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Only health, the API description and public pages answer without signing in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicAccessTest {

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  @Test
  void healthAndTheApiDescriptionArePublic() {
    ApiClient anonymous = ApiClient.anonymous(port);
    Response health = anonymous.get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asString()).isEqualTo("UP");

    Response openApi = anonymous.get("/v3/api-docs");
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.json().get("paths").propertyNames())
        .contains(
            "/api/v1/cases",
            "/api/v1/cases/{id}",
            "/api/v1/cases/{id}/transitions",
            "/api/v1/cases/{id}/history");
    assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
  }

  @Test
  void theDirectoryOfOfficesAndTheirContactsIsPublic() {
    Response directory = ApiClient.anonymous(port).get("/public/missions.json");
    assertThat(directory.status()).isEqualTo(200);
    java.util.Map<String, tools.jackson.databind.JsonNode> byCode = new java.util.HashMap<>();
    directory.json().forEach(m -> byCode.put(m.get("code").asString(), m));
    assertThat(byCode)
        .containsKeys("HQ", "RMN", "RWC", "MAR", "MAR-OUJ", "MAR-TNG", "CMR", "NGA", "SEN", "CIV");
    assertThat(byCode.get("MAR").get("chiefOfMission").asString()).isNotBlank();
    assertThat(byCode.get("MAR").get("email").asString()).contains("@");
    assertThat(byCode.get("MAR-OUJ").get("parentCode").asString()).isEqualTo("MAR");
  }

  @Test
  void theApiAsksForCredentialsWithAProblem() {
    Response response = ApiClient.anonymous(port).get("/api/v1/cases");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void aWrongPasswordIsRefused() {
    assertThat(ApiClient.as(port, "caseworker.mar", "guess").get("/api/v1/cases").status())
        .isEqualTo(401);
    assertThat(ApiClient.as(port, "nobody", "homeward-demo").get("/api/v1/cases").status())
        .isEqualTo(401);
  }

  @Test
  void storesPasswordsOnlyAsModernHashes() {
    assertThat(jdbc.sql("SELECT password_hash FROM organisation_user").query(String.class).list())
        .isNotEmpty()
        .allSatisfy(hash ->
            assertThat(hash)
                .startsWith("{argon2@SpringSecurity_v5_8}$argon2id$")
                .doesNotContain("homeward"));
  }
}
