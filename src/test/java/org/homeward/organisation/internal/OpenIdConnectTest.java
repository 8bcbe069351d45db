package org.homeward.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.organisation.Browser;
import org.homeward.organisation.Role;
import org.homeward.organisation.WithShortLockoutAndOpenIdProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Sign-in through an OpenID Connect provider, when one is configured. */
@WithShortLockoutAndOpenIdProvider
class OpenIdConnectTest {

  @LocalServerPort int port;

  @Autowired Users users;

  @Autowired Clock clock;

  private static OidcUser identity(Map<String, Object> claims) {
    OidcIdToken.Builder token =
        OidcIdToken.withTokenValue("id-token")
            .subject("f3a9c1")
            .issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(300));
    claims.forEach(token::claim);
    // whatever roles the provider claims, Homeward does not take them
    return new DefaultOidcUser(
        List.of(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR")), token.build());
  }

  @Test
  void theLoginSendsPeopleToTheProvider() {
    Browser.Page page = new Browser(port).get("/oauth2/authorization/keycloak");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location())
        .startsWith(WithShortLockoutAndOpenIdProvider.REALM + "/protocol/openid-connect/auth")
        .contains("client_id=homeward")
        .contains("openid");
  }

  @Test
  void aKnownUsernameSignsInWithHomewardsRolesOnly() {
    OidcUser signedIn =
        new FederatedSignIn(users, clock)
            .toHomeward(identity(Map.of("preferred_username", "Caseworker.MAR")));

    assertThat(signedIn).isInstanceOf(SignedInUser.class);
    SignedInUser user = (SignedInUser) signedIn;
    assertThat(user.actor().username()).isEqualTo("caseworker.mar");
    assertThat(user.actor().roles()).containsExactly(Role.CASEWORKER);
    assertThat(user.getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_CASEWORKER");
  }

  @Test
  void aVerifiedEmailFindsTheAccountWhenTheUsernameDiffers() {
    ApiClient.as(port, "admin")
        .post(
            "/api/v1/users",
            Map.of(
                "username", "oidc.mail",
                "displayName", "Fatou Diop",
                "missionCode", "SEN",
                "roles", List.of("REINTEGRATION_OFFICER"),
                "email", "fatou.diop@example.org",
                "password", "a long password for fatou"));

    OidcUser verified =
        new FederatedSignIn(users, clock)
            .toHomeward(
                identity(
                    Map.of(
                        "preferred_username", "fdiop",
                        "email", "Fatou.Diop@example.org",
                        "email_verified", true)));
    assertThat(((SignedInUser) verified).actor().username()).isEqualTo("oidc.mail");

    assertThatThrownBy(() ->
            new FederatedSignIn(users, clock)
                .toHomeward(
                    identity(
                        Map.of(
                            "preferred_username", "fdiop",
                            "email", "fatou.diop@example.org",
                            "email_verified", false))))
        .isInstanceOf(OAuth2AuthenticationException.class);
  }

  @Test
  void someoneUnknownToHomewardIsRefused() {
    assertThatThrownBy(() ->
            new FederatedSignIn(users, clock)
                .toHomeward(identity(Map.of("preferred_username", "stranger"))))
        .isInstanceOf(OAuth2AuthenticationException.class);
  }
}
