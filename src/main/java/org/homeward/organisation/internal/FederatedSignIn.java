package org.homeward.organisation.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Sign-in through an OpenID Connect provider (Keycloak, an organisation's identity service): the
 * provider says who the person is, Homeward alone says what they may do. The identity is matched to
 * an existing Homeward account by {@code preferred_username}, else by a verified e-mail address;
 * nobody unknown to Homeward gets in, and the provider's roles or groups are ignored.
 */
final class FederatedSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private static final Logger log = LoggerFactory.getLogger(FederatedSignIn.class);

  private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
  private final Users users;
  private final Clock clock;

  FederatedSignIn(Users users, Clock clock) {
    this(new OidcUserService(), users, clock);
  }

  FederatedSignIn(OAuth2UserService<OidcUserRequest, OidcUser> provider, Users users, Clock clock) {
    this.provider = provider;
    this.users = users;
    this.clock = clock;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    return toHomeward(provider.loadUser(request));
  }

  OidcUser toHomeward(OidcUser identity) {
    Optional<Users.StoredUser> account =
        Optional.ofNullable(identity.getPreferredUsername())
            .map(name -> name.toLowerCase(Locale.ROOT))
            .flatMap(users::find)
            .or(() ->
                Boolean.TRUE.equals(identity.getEmailVerified()) && identity.getEmail() != null
                    ? users.findByEmail(identity.getEmail())
                    : Optional.empty());
    if (account.isEmpty()) {
      log.warn(
          "refused sign-in through OpenID Connect: no account for '{}' (subject {})",
          identity.getPreferredUsername(),
          identity.getSubject());
      throw refused("unknown_user");
    }
    Users.StoredUser user = account.get();
    if (!user.enabled() || user.lockedAt(clock.instant())) {
      log.warn(
          "refused sign-in through OpenID Connect: '{}' is disabled or locked", user.username());
      throw refused("account_unavailable");
    }
    return new FederatedUser(user, clock, identity);
  }

  private static OAuth2AuthenticationException refused(String code) {
    // the same words for every refusal: the login page says only that it failed
    return new OAuth2AuthenticationException(
        new OAuth2Error(code, "this identity has no Homeward account", null));
  }

  /** A Homeward user signed in through the provider: Homeward's roles, the provider's claims. */
  static final class FederatedUser extends SignedInUser implements OidcUser {

    private final OidcUser identity;

    FederatedUser(Users.StoredUser user, Clock clock, OidcUser identity) {
      super(user, clock.instant());
      this.identity = identity;
    }

    @Override
    public Map<String, Object> getClaims() {
      return identity.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
      return identity.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
      return identity.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
      return identity.getAttributes();
    }

    @Override
    public String getName() {
      return getUsername();
    }
  }
}
