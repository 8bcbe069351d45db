package org.homeward.organisation;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: a signed-in user with their mission and roles, or the system itself (scheduled
 * jobs, demo data). Every service method that reads or changes a record takes one.
 */
public record Actor(String username, String missionCode, Set<Role> roles) {

  public static final String SYSTEM_USERNAME = "system";

  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(missionCode, "missionCode");
    roles = Set.copyOf(roles);
  }

  /** The application acting on its own behalf (scheduled jobs); never a person. */
  public static Actor system() {
    return new Actor(SYSTEM_USERNAME, "HQ", Set.of(Role.ADMINISTRATOR));
  }

  public boolean isSystem() {
    return SYSTEM_USERNAME.equals(username);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean may(Permission permission) {
    return isSystem() || PermissionMatrix.allows(roles, permission);
  }
}
