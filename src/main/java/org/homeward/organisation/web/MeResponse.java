package org.homeward.organisation.web;

import java.util.Set;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Role;
import org.homeward.organisation.internal.Accounts;

/** The signed-in account and what this request may do. */
record MeResponse(
    String username,
    String displayName,
    String missionCode,
    Set<Role> roles,
    Set<Permission> permissions,
    String language,
    String email,
    boolean secondFactor) {

  static MeResponse of(Accounts.Account account, Actor actor) {
    return new MeResponse(
        account.username(),
        account.displayName(),
        account.missionCode(),
        account.roles(),
        actor.permissions(),
        account.language(),
        account.email(),
        account.secondFactor());
  }
}
