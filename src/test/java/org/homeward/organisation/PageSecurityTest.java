package org.homeward.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** The web pages: a session from the login form, forms protected against cross-site requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageSecurityTest {

  @LocalServerPort int port;

  @Autowired ApplicationContext context;

  @Test
  void theLoginFormSignsInWithUsernameAndPassword() {
    Browser browser = new Browser(port);
    assertThat(Browser.succeeded(browser.signIn("caseworker.mar", "homeward-demo", null))).isTrue();
    assertThat(Browser.succeeded(new Browser(port).signIn("caseworker.mar", "wrong", null)))
        .isFalse();
  }

  @Test
  void aFormPostedWithoutItsCsrfTokenIsRefused() {
    Browser browser = new Browser(port);
    assertThat(
            browser
                .post("/login", Map.of("username", "caseworker.mar", "password", "homeward-demo"))
                .status())
        .isEqualTo(403);

    assertThat(Browser.succeeded(browser.signIn("caseworker.mar", "homeward-demo", null))).isTrue();
    // signed in, a forged form (another site cannot read the token) is still refused
    assertThat(browser.post("/logout", Map.of()).status()).isEqualTo(403);
  }

  @Test
  void startsWithoutAnOpenIdProviderAndOffersNone() {
    assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable())
        .isNull();
    // no redirect to a provider: just a visitor who has not signed in
    Browser.Page page = new Browser(port).get("/oauth2/authorization/keycloak");
    assertThat(page)
        .satisfiesAnyOf(
            p -> assertThat(p.status()).isEqualTo(401),
            p -> assertThat(p.location()).endsWith("/login"));
    assertThat(new Browser(port).get("/login").body()).doesNotContain("/oauth2/authorization");
  }
}
