package org.homeward.organisation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user as Spring Security holds them for a session or a request. A request made with a personal
 * API token carries the token's permissions as a scope: the {@link Actor} it yields may do only
 * those.
 */
class SignedInUser implements UserDetails {

  private final Users.StoredUser user;
  private final boolean locked;
  private final Set<Permission> scope;

  SignedInUser(Users.StoredUser user, Instant now) {
    this(user, now, null);
  }

  SignedInUser(Users.StoredUser user, Instant now, Set<Permission> scope) {
    this.user = user;
    this.locked = user.lockedAt(now);
    this.scope = scope == null ? null : Set.copyOf(scope);
  }

  Actor actor() {
    Actor actor = new Actor(user.username(), user.missionCode(), user.roles());
    return scope == null ? actor : actor.scopedTo(scope);
  }

  String displayName() {
    return user.displayName();
  }

  String language() {
    return user.language();
  }

  boolean hasSecondFactor() {
    return user.secondFactor();
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
  public boolean isAccountNonLocked() {
    return !locked;
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
