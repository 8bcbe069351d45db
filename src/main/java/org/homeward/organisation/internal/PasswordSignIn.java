package org.homeward.organisation.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in with a username and password, through the login form or HTTP Basic, and the second factor
 * for those who enabled it. The account's state (locked, disabled) is checked only after the
 * password, so a locked account costs a guesser the same time as a wrong password and answers the
 * same way. A person with a second factor signs in only through the form, with the code from their
 * app; HTTP Basic carries no code and is refused (their scripts use API tokens). A password the
 * full hash accepted is remembered briefly ({@link VerifiedPasswords}), so that HTTP Basic does not
 * pay Argon2id on every request; the account's state is still read and checked on each.
 */
final class PasswordSignIn extends DaoAuthenticationProvider {

  /** The login form's field for the one-time code. */
  static final String CODE_FIELD = "code";

  private final SecondFactor secondFactor;
  private final VerifiedPasswords verifiedPasswords;
  private final AccountStatusUserDetailsChecker accountState =
      new AccountStatusUserDetailsChecker();

  PasswordSignIn(
      UserDetailsService users,
      PasswordEncoder encoder,
      UserDetailsPasswordService rehash,
      SecondFactor secondFactor,
      VerifiedPasswords verifiedPasswords) {
    super(users);
    this.secondFactor = secondFactor;
    this.verifiedPasswords = verifiedPasswords;
    setPasswordEncoder(encoder);
    // older hashes (bcrypt) are replaced by the current algorithm at the next good sign-in
    setUserDetailsPasswordService(rehash);
    setPreAuthenticationChecks(user -> {});
  }

  @Override
  protected void additionalAuthenticationChecks(
      UserDetails user, UsernamePasswordAuthenticationToken attempt) {
    String presented =
        attempt.getCredentials() == null ? null : attempt.getCredentials().toString();
    boolean known =
        presented != null
            && verifiedPasswords.recentlyVerified(
                user.getUsername(), presented, user.getPassword());
    if (!known) {
      // the full Argon2id comparison; a wrong password fails here and counts towards a lock
      super.additionalAuthenticationChecks(user, attempt);
    }
    try {
      accountState.check(user);
    } catch (AccountStatusException unavailable) {
      throw new AccountUnavailable(refusal(), unavailable);
    }
    if (user instanceof SignedInUser signedIn && signedIn.hasSecondFactor()) {
      String code = attempt.getDetails() instanceof FormDetails form ? form.code() : null;
      if (!secondFactor.accepts(user.getUsername(), code)) {
        // not "code wrong": that would tell a guesser the password was right
        throw new BadCredentialsException(refusal());
      }
    }
    if (!known) {
      verifiedPasswords.verified(user.getUsername(), presented, user.getPassword());
    }
  }

  /** The words of a wrong password, used for every refusal so none reveals more. */
  private String refusal() {
    return messages.getMessage(
        "AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials");
  }

  /**
   * A locked or disabled account, refused in the words of a wrong password (login pages show the
   * message). Not counted as a failed attempt: the password was right.
   */
  static final class AccountUnavailable extends BadCredentialsException {

    AccountUnavailable(String message, AccountStatusException cause) {
      super(message, cause);
    }
  }

  /** What the login form sends besides username and password: the one-time code, if any. */
  static final class FormDetails extends WebAuthenticationDetails {

    private final transient String code;

    FormDetails(HttpServletRequest request) {
      super(request);
      this.code = request.getParameter(CODE_FIELD);
    }

    String code() {
      return code;
    }
  }

  static AuthenticationDetailsSource<HttpServletRequest, FormDetails> formDetails() {
    return FormDetails::new;
  }
}
