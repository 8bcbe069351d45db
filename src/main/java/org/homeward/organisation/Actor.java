package org.homeward.organisation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: a signed-in user with their mission and roles, or the system itself (scheduled
 * jobs, demo data). Every service method that reads or changes a record takes one.
 *
 * <p>The {@code scope} narrows what the roles grant: a request made with a personal API token
 * carries only the permissions the token was given, so a script holding a read-only token cannot
 * change anything even though its owner could. A signed-in person is not narrowed (every permission
 * is in scope, the roles alone decide).
 */
public record Actor(String username, String missionCode, Set<Role> roles, Set<Permission> scope) {

  public static final String SYSTEM_USERNAME = "system";

  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(missionCode, "missionCode");
    roles = Set.copyOf(roles);
    scope = Set.copyOf(scope);
  }

  /** A person acting with everything their roles grant. */
  public Actor(String username, String missionCode, Set<Role> roles) {
    this(username, missionCode, roles, EnumSet.allOf(Permission.class));
  }

  /** The application acting on its own behalf (scheduled jobs); never a person. */
  public static Actor system() {
    return new Actor(SYSTEM_USERNAME, "HQ", Set.of(Role.ADMINISTRATOR));
  }

  /** The same person, limited to {@code permissions} (and still to what their roles grant). */
  public Actor scopedTo(Collection<Permission> permissions) {
    EnumSet<Permission> narrowed = EnumSet.noneOf(Permission.class);
    narrowed.addAll(permissions);
    narrowed.retainAll(scope);
    return new Actor(username, missionCode, roles, narrowed);
  }

  public boolean isSystem() {
    return SYSTEM_USERNAME.equals(username);
  }

  /** True when this actor acts with less than their roles grant (a personal API token). */
  public boolean isScoped() {
    return !scope.containsAll(PermissionMatrix.of(roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean may(Permission permission) {
    return isSystem() || (scope.contains(permission) && PermissionMatrix.allows(roles, permission));
  }

  /**
   * Refuses, as a 403, an actor who may not do this: the check every service makes before it reads
   * or changes anything, whichever page or endpoint called it.
   */
  public void require(Permission permission) {
    if (!may(permission)) {
      throw new org.springframework.security.access.AccessDeniedException(
          "your roles do not include " + permission);
    }
  }

  /** Everything this actor may do: what the roles grant, within the scope. */
  public Set<Permission> permissions() {
    EnumSet<Permission> granted = EnumSet.noneOf(Permission.class);
    granted.addAll(PermissionMatrix.of(roles));
    granted.retainAll(scope);
    return granted;
  }
}
