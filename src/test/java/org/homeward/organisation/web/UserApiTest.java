package org.homeward.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.organisation.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Administrators create accounts (with a proper first password), change roles, disable. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserApiTest {

  @LocalServerPort int port;

  private static List<String> errors(Response response, String field) {
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    return response
        .json()
        .get("errors")
        .valueStream()
        .filter(e -> e.get("field").asString().equals(field))
        .map(e -> e.get("code").asString())
        .toList();
  }

  private Response create(String username, String password) {
    return ApiClient.as(port, "admin")
        .post(
            "/api/v1/users",
            Map.of(
                "username",
                username,
                "displayName",
                "Nadia Alaoui",
                "missionCode",
                "MAR-OUJ",
                "roles",
                List.of("CASEWORKER"),
                "language",
                "ar",
                "password",
                password));
  }

  @Test
  void refusesAShortCommonOrSelfNamedFirstPasswordNamingTheField() {
    assertThat(errors(create("nadia.short", "Nadia-2024"), "password")).contains("too-short");
    assertThat(errors(create("nadia.common", "azertyuiop123456"), "password"))
        .containsExactly("too-common");
    assertThat(errors(create("nadia.self", "i am nadia.self and proud"), "password"))
        .containsExactly("contains-username");
    assertThat(ApiClient.as(port, "nadia.short", "Nadia-2024").get("/api/v1/me").status())
        .isEqualTo(401);
  }

  @Test
  void listsEveryFieldThatIsWrongInOneAnswer() {
    Response response =
        ApiClient.as(port, "admin")
            .post(
                "/api/v1/users",
                Map.of(
                    "username", "Not Valid",
                    "displayName", " ",
                    "missionCode", "XYZ",
                    "roles", List.of(),
                    "password", "short"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
        .contains("username", "displayName", "missionCode", "roles", "password");
  }

  @Test
  void aNewUserSignsInWithTheFirstPasswordAndHasTheRolesGiven() {
    Response created = create("nadia.alaoui", "Oujda office, second floor");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/v1/users/nadia.alaoui");
    assertThat(created.text()).doesNotContain("Oujda office");

    JsonNode me =
        ApiClient.as(port, "nadia.alaoui", "Oujda office, second floor").get("/api/v1/me").json();
    assertThat(me.get("missionCode").asString()).isEqualTo("MAR-OUJ");
    assertThat(me.get("roles").valueStream().map(JsonNode::asString)).containsExactly("CASEWORKER");
    assertThat(me.get("permissions").valueStream().map(JsonNode::asString))
        .contains("CASE_REGISTER");

    assertThat(
            ApiClient.as(port, "admin")
                .get("/api/v1/users")
                .json()
                .valueStream()
                .map(u -> u.get("username").asString()))
        .contains("nadia.alaoui", "caseworker.mar");
    assertThat(create("nadia.alaoui", "Oujda office, second floor").status()).isEqualTo(409);
  }

  @Test
  void onlyAdministratorsManageUsers() {
    assertThat(ApiClient.as(port, "caseworker.mar").get("/api/v1/users").status()).isEqualTo(403);
    assertThat(ApiClient.as(port, "chief.mar").post("/api/v1/users", Map.of()).status())
        .isEqualTo(403);
  }

  @Test
  void aDisabledUserCannotSignInAndNewRolesApplyAtOnce() {
    String username = TestAccounts.create(port, "disabled", "CASEWORKER");
    ApiClient user = ApiClient.as(port, username, TestAccounts.PASSWORD);
    assertThat(user.get("/api/v1/cases").status()).isEqualTo(200);

    Response demoted =
        ApiClient.as(port, "admin")
            .patch("/api/v1/users/" + username, Map.of("roles", List.of("DONOR_VIEWER")));
    assertThat(demoted.status()).as(demoted.text()).isEqualTo(200);
    assertThat(user.get("/api/v1/cases").status()).isEqualTo(403);

    ApiClient.as(port, "admin").patch("/api/v1/users/" + username, Map.of("enabled", false));
    assertThat(user.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(
            ApiClient.as(port, "admin")
                .get("/api/v1/users/" + username)
                .json()
                .get("enabled")
                .asBoolean())
        .isFalse();
  }

  @Test
  void theLastAdministratorCannotBeRemoved() {
    Response response =
        ApiClient.as(port, "admin").patch("/api/v1/users/admin", Map.of("enabled", false));
    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().get("code").asString()).isEqualTo("last-administrator");
    assertThat(ApiClient.as(port, "admin").get("/api/v1/me").status()).isEqualTo(200);
  }
}
