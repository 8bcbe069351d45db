package org.homeward.organisation.web;

import java.util.Set;
import org.homeward.organisation.Role;
import org.homeward.organisation.internal.Accounts;

record UserResponse(
    String username,
    String displayName,
    String missionCode,
    Set<Role> roles,
    String language,
    String email,
    boolean enabled,
    boolean locked,
    boolean secondFactor) {

  static UserResponse of(Accounts.Account account) {
    return new UserResponse(
        account.username(),
        account.displayName(),
        account.missionCode(),
        account.roles(),
        account.language(),
        account.email(),
        account.enabled(),
        account.locked(),
        account.secondFactor());
  }
}
