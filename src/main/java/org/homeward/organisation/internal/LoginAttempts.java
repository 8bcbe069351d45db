package org.homeward.organisation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing: after {@code homeward.sign-in.max-failures} failed sign-ins within
 * {@code failure-window} the account is locked for {@code lock-duration}, whatever the password
 * offered meanwhile. A successful sign-in clears the count. Counted from Spring Security's
 * authentication events, so the login form, HTTP Basic and a wrong second-factor code all count. A
 * locked account answers exactly like a wrong password, so nobody learns which accounts exist.
 */
@Component
class LoginAttempts {

  private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

  private final JdbcClient jdbc;
  private final VerifiedPasswords verifiedPasswords;
  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private final Duration lockDuration;

  LoginAttempts(
      JdbcClient jdbc,
      VerifiedPasswords verifiedPasswords,
      Clock clock,
      @Value("${homeward.sign-in.max-failures:5}") int maxFailures,
      @Value("${homeward.sign-in.failure-window:15m}") Duration window,
      @Value("${homeward.sign-in.lock-duration:15m}") Duration lockDuration) {
    this.jdbc = jdbc;
    this.verifiedPasswords = verifiedPasswords;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
    this.lockDuration = lockDuration;
  }

  @EventListener
  void on(AuthenticationFailureBadCredentialsEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt
        && attempt.getPrincipal() instanceof String username
        && !(event.getException() instanceof PasswordSignIn.AccountUnavailable)) {
      failed(username);
    }
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
      succeeded(user.getUsername());
    }
  }

  /** Records a failed attempt on an existing account, and locks it when there were too many. */
  void failed(String username) {
    Instant now = clock.instant();
    int recorded =
        jdbc.sql(
                "INSERT INTO organisation_login_failure (username, failed_at)"
                    + " SELECT username, ? FROM organisation_user WHERE username = ?")
            .params(java.sql.Timestamp.from(now), username)
            .update();
    if (recorded == 0) {
      return;
    }
    long recent =
        jdbc.sql(
                "SELECT count(*) FROM organisation_login_failure WHERE username = ?"
                    + " AND failed_at > ?")
            .params(username, java.sql.Timestamp.from(now.minus(window)))
            .query(Long.class)
            .single();
    if (recent >= maxFailures) {
      verifiedPasswords.forget(username);
      jdbc.sql("UPDATE organisation_user SET locked_until = ? WHERE username = ?")
          .params(java.sql.Timestamp.from(now.plus(lockDuration)), username)
          .update();
      // the count starts afresh, so the lock ends when it says
      jdbc.sql("DELETE FROM organisation_login_failure WHERE username = ?")
          .param(username)
          .update();
      log.warn(
          "account '{}' locked for {} after {} failed sign-ins within {}",
          username,
          lockDuration,
          recent,
          window);
    }
  }

  void succeeded(String username) {
    jdbc.sql("DELETE FROM organisation_login_failure WHERE username = ?").param(username).update();
    jdbc.sql(
            "UPDATE organisation_user SET locked_until = NULL WHERE username = ?"
                + " AND locked_until IS NOT NULL")
        .param(username)
        .update();
  }

  /** An administrator lifts the lock before its time. */
  void unlock(String username) {
    succeeded(username);
    log.info("account '{}' unlocked by an administrator", username);
  }
}
