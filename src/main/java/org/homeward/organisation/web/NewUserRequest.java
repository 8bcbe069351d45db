package org.homeward.organisation.web;

import java.util.Set;
import org.homeward.organisation.Role;

/** A new account; {@code password} is the initial one, to be changed by its owner. */
record NewUserRequest(
    String username,
    String displayName,
    String missionCode,
    Set<Role> roles,
    String language,
    String email,
    String password) {

  @Override
  public String toString() {
    // never a password in a log line
    return "NewUserRequest[" + username + ", " + missionCode + ", " + roles + "]";
  }
}
