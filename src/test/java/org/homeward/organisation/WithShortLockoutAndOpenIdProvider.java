package org.homeward.organisation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application with a two-second lockout (so a test sees it end) and a Keycloak client
 * registration (with the provider's addresses given, so nothing is fetched at start). Test classes
 * that carry it share one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "homeward.sign-in.lock-duration=2s",
      "spring.security.oauth2.client.registration.keycloak.client-id=homeward",
      "spring.security.oauth2.client.registration.keycloak.client-secret=not-a-real-secret",
      "spring.security.oauth2.client.registration.keycloak.scope=openid,profile,email",
      "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
      "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
      "spring.security.oauth2.client.provider.keycloak.authorization-uri="
          + WithShortLockoutAndOpenIdProvider.REALM
          + "/protocol/openid-connect/auth",
      "spring.security.oauth2.client.provider.keycloak.token-uri="
          + WithShortLockoutAndOpenIdProvider.REALM
          + "/protocol/openid-connect/token",
      "spring.security.oauth2.client.provider.keycloak.jwk-set-uri="
          + WithShortLockoutAndOpenIdProvider.REALM
          + "/protocol/openid-connect/certs",
      "spring.security.oauth2.client.provider.keycloak.user-info-uri="
          + WithShortLockoutAndOpenIdProvider.REALM
          + "/protocol/openid-connect/userinfo",
      "spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username"
    })
public @interface WithShortLockoutAndOpenIdProvider {

  String REALM = "http://keycloak.invalid/realms/homeward";
}
