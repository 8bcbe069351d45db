package org.homeward.organisation.internal;

import java.util.Collection;
import java.util.List;
import org.homeward.organisation.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user as Spring Security holds them for a session or a request. */
final class SignedInUser implements UserDetails {

  private final Users.StoredUser user;

  SignedInUser(Users.StoredUser user) {
    this.user = user;
  }

  Actor actor() {
    return new Actor(user.username(), user.missionCode(), user.roles());
  }

  String displayName() {
    return user.displayName();
  }

  String language() {
    return user.language();
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
  }

  @Override
  public String getPassword() {
    return user.passwordHash();
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public boolean isEnabled() {
    return user.enabled();
  }

  @Override
  public String toString() {
    return "SignedInUser[" + user.username() + "]";
  }

  static List<String> roleNames(Actor actor) {
    return actor.roles().stream().map(Enum::name).sorted().toList();
  }
}
