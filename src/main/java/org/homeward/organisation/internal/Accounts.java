package org.homeward.organisation.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Role;
import org.homeward.shared.ConflictException;
import org.homeward.shared.LanguageCode;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts as administrators and their owners manage them. */
@Service
public class Accounts {

  private static final Logger log = LoggerFactory.getLogger(Accounts.class);

  /** An account as shown to its owner and to administrators: never a password or a secret. */
  public record Account(
      String username,
      String displayName,
      String missionCode,
      Set<Role> roles,
      String language,
      String email,
      boolean enabled,
      boolean locked,
      boolean secondFactor) {}

  public record NewUser(
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
      return "NewUser[" + username + ", " + missionCode + ", " + roles + "]";
    }
  }

  /** What an administrator changes; a null field stays as it is. */
  public record UserChange(
      Set<Role> roles, Boolean enabled, Boolean locked, Boolean secondFactor) {}

  private final Users users;
  private final Missions missions;
  private final PasswordPolicy policy;
  private final PasswordEncoder encoder;
  private final LoginAttempts attempts;
  private final SecondFactor secondFactor;
  private final java.time.Clock clock;

  Accounts(
      Users users,
      Missions missions,
      PasswordPolicy policy,
      PasswordEncoder encoder,
      LoginAttempts attempts,
      SecondFactor secondFactor,
      java.time.Clock clock) {
    this.users = users;
    this.missions = missions;
    this.policy = policy;
    this.encoder = encoder;
    this.attempts = attempts;
    this.secondFactor = secondFactor;
    this.clock = clock;
  }

  public Account me(Actor actor) {
    return find(actor.username());
  }

  public Account find(String username) {
    return users
        .find(username)
        .map(this::account)
        .orElseThrow(() -> new NotFoundException("user", username));
  }

  public List<Account> all() {
    return users.all().stream().map(this::account).toList();
  }

  @Transactional
  public Account create(NewUser user, Actor by) {
    Violations.require(v -> {
      v.check(
          user.username() != null && user.username().matches("[a-z0-9._-]{2,64}"),
          "username",
          "malformed",
          "2 to 64 lower-case letters, digits, dots, dashes or underscores");
      v.check(
          user.displayName() != null
              && !user.displayName().isBlank()
              && user.displayName().length() <= 200,
          "displayName",
          "required",
          "the person's name, up to 200 characters");
      v.check(
          missions.exists(user.missionCode()),
          "missionCode",
          "unknown-mission",
          "no office has the code " + user.missionCode());
      v.check(
          user.roles() != null && !user.roles().isEmpty() && !user.roles().contains(null),
          "roles",
          "required",
          "at least one role");
      v.check(
          user.language() == null || LanguageCode.isValid(user.language()),
          "language",
          "malformed",
          "an ISO 639 language code such as en, fr or ar");
      v.check(
          user.email() == null || user.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
          "email",
          "malformed",
          "an e-mail address, or nothing");
      policy.check(v, "password", user.username(), user.password());
    });
    if (users.find(user.username()).isPresent()) {
      throw new ConflictException(
          "username-taken",
          "there is already a user " + user.username(),
          Map.of("username", user.username()));
    }
    if (user.email() != null && users.findByEmail(user.email()).isPresent()) {
      throw new ConflictException(
          "email-taken", "another user has this e-mail address", Map.of("email", user.email()));
    }
    users.add(
        user.username(),
        user.displayName().strip(),
        encoder.encode(user.password()),
        user.missionCode(),
        EnumSet.copyOf(user.roles()),
        user.language() == null ? "en" : user.language(),
        user.email());
    log.info("user '{}' created by '{}' with {}", user.username(), by.username(), user.roles());
    return find(user.username());
  }

  @Transactional
  public Account change(String username, UserChange change, Actor by) {
    Users.StoredUser user =
        users.find(username).orElseThrow(() -> new NotFoundException("user", username));
    Violations.require(v -> {
      v.check(
          change.roles() == null || (!change.roles().isEmpty() && !change.roles().contains(null)),
          "roles",
          "required",
          "at least one role");
      v.check(
          change.locked() == null || !change.locked(),
          "locked",
          "unlock-only",
          "accounts lock themselves after failed sign-ins; an administrator can only unlock"
              + " (disable an account with enabled: false)");
      v.check(
          change.secondFactor() == null || !change.secondFactor(),
          "secondFactor",
          "remove-only",
          "people enrol their own second factor; an administrator can only remove it");
    });
    boolean staysAdministrator =
        (change.roles() == null ? user.roles() : change.roles()).contains(Role.ADMINISTRATOR)
            && (change.enabled() == null ? user.enabled() : change.enabled());
    if (user.roles().contains(Role.ADMINISTRATOR)
        && !staysAdministrator
        && users.otherActiveAdministrators(username) == 0) {
      throw new ConflictException(
          "last-administrator",
          "this is the last enabled administrator: make someone else one first",
          Map.of("username", username));
    }
    if (change.roles() != null) {
      users.changeRoles(username, EnumSet.copyOf(change.roles()));
    }
    if (change.enabled() != null) {
      users.changeEnabled(username, change.enabled());
    }
    if (Boolean.FALSE.equals(change.locked())) {
      attempts.unlock(username);
    }
    if (Boolean.FALSE.equals(change.secondFactor())) {
      secondFactor.reset(username);
    }
    log.info("user '{}' changed by '{}': {}", username, by.username(), change);
    return find(username);
  }

  /** Changes one's own password; the current one is asked so a forgotten session cannot. */
  @Transactional(noRollbackFor = org.homeward.shared.InvalidInputException.class)
  public void changePassword(Actor actor, String currentPassword, String newPassword) {
    Users.StoredUser user =
        users
            .find(actor.username())
            .orElseThrow(() -> new NotFoundException("user", actor.username()));
    boolean currentIsRight =
        currentPassword != null
            && !user.lockedAt(clock.instant())
            && encoder.matches(currentPassword, user.passwordHash());
    if (!currentIsRight && currentPassword != null) {
      // guessing through this endpoint counts like guessing at sign-in
      attempts.failed(actor.username());
    }
    Violations.require(v -> {
      v.check(
          currentIsRight, "currentPassword", "wrong-password", "this is not your current password");
      policy.check(v, "newPassword", actor.username(), newPassword);
      v.check(
          newPassword == null || !newPassword.equals(currentPassword),
          "newPassword",
          "unchanged",
          "the new password is the current one");
    });
    users.changePassword(actor.username(), encoder.encode(newPassword));
    log.info("'{}' changed their password", actor.username());
  }

  private Account account(Users.StoredUser user) {
    return new Account(
        user.username(),
        user.displayName(),
        user.missionCode(),
        user.roles(),
        user.language(),
        user.email(),
        user.enabled(),
        user.lockedAt(clock.instant()),
        user.secondFactor());
  }
}
