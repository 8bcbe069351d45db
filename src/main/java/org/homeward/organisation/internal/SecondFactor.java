package org.homeward.organisation.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.apache.commons.codec.binary.Base32;
import org.homeward.organisation.Actor;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.crypto.FieldEncryption;
import org.homeward.shared.web.ProblemCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor: a time-based one-time code from an authenticator app (RFC 6238).
 * Enrolment shows the secret once; it is confirmed with a first code before sign-in asks for it, so
 * nobody locks themselves out with a mistyped secret. Each code is accepted once only, within 30
 * seconds either side of now.
 */
@Service
public class SecondFactor {

  private static final Logger log = LoggerFactory.getLogger(SecondFactor.class);
  private static final String ISSUER = "Homeward";

  /** What an authenticator app needs: the secret in base32, and the same as a scannable URI. */
  public record Enrolment(String secret, String uri) {}

  private final JdbcClient jdbc;
  private final FieldEncryption sealed;
  private final Clock clock;
  private final VerifiedPasswords verifiedPasswords;
  private final OneTimeCodes codes = new OneTimeCodes();
  private final SecureRandom random = new SecureRandom();

  SecondFactor(
      JdbcClient jdbc, FieldEncryption sealed, Clock clock, VerifiedPasswords verifiedPasswords) {
    this.jdbc = jdbc;
    this.verifiedPasswords = verifiedPasswords;
    this.sealed = sealed;
    this.clock = clock;
  }

  /** Starts (or restarts) an enrolment; refused while a confirmed second factor is on. */
  @Transactional
  public Enrolment enrol(Actor actor) {
    if (enabled(actor.username())) {
      throw alreadyOn();
    }
    byte[] secret = new byte[20];
    random.nextBytes(secret);
    jdbc.sql(
            "UPDATE organisation_user SET totp_secret = ?, totp_enabled = FALSE, totp_last_step = 0"
                + " WHERE username = ?")
        .params(
            // sealed with the application's key ring, bound to this user
            java.util.Base64.getEncoder()
                .encodeToString(
                    sealed.seal(
                        java.util.Base64.getEncoder().encodeToString(secret),
                        context(actor.username()))),
            actor.username())
        .update();
    String base32 = new Base32().encodeToString(secret).replace("=", "");
    String label = encode(ISSUER + ":" + actor.username());
    String uri =
        "otpauth://totp/%s?secret=%s&issuer=%s&algorithm=SHA1&digits=6&period=30"
            .formatted(label, base32, encode(ISSUER));
    return new Enrolment(base32, uri);
  }

  /** Turns the second factor on once the app shows the right code. */
  @Transactional
  public void confirm(Actor actor, String code) {
    if (enabled(actor.username())) {
      throw alreadyOn();
    }
    if (secret(actor.username()) == null) {
      throw new ConflictException(
          ProblemCode.SECOND_FACTOR_NOT_ENROLLED,
          "start an enrolment first: POST /api/v1/me/totp",
          Map.of());
    }
    requireCode(actor.username(), code);
    verifiedPasswords.forget(actor.username());
    jdbc.sql("UPDATE organisation_user SET totp_enabled = TRUE WHERE username = ?")
        .param(actor.username())
        .update();
    log.info("second factor enabled for '{}'", actor.username());
  }

  /** Turns it off; a current code proves the person still holds the app. */
  @Transactional
  public void disable(Actor actor, String code) {
    if (!enabled(actor.username())) {
      throw new ConflictException(
          ProblemCode.SECOND_FACTOR_OFF, "the second factor is not enabled", Map.of());
    }
    requireCode(actor.username(), code);
    reset(actor.username());
    log.info("second factor disabled by '{}'", actor.username());
  }

  /** An administrator removes it for someone who lost their phone. */
  void reset(String username) {
    verifiedPasswords.forget(username);
    jdbc.sql(
            "UPDATE organisation_user SET totp_secret = NULL, totp_enabled = FALSE,"
                + " totp_last_step = 0 WHERE username = ?")
        .param(username)
        .update();
  }

  /**
   * True when {@code code} is right for {@code username} now and was not used before. Remembers the
   * code's time step, so the same code (seen over a shoulder, or replayed) is refused afterwards.
   */
  boolean accepts(String username, String code) {
    String sealedSecret = secret(username);
    if (sealedSecret == null || code == null) {
      return false;
    }
    String offered = code.replace(" ", "");
    if (!offered.matches("\\d{6}")) {
      return false;
    }
    byte[] secret =
        java.util.Base64.getDecoder()
            .decode(
                sealed.open(java.util.Base64.getDecoder().decode(sealedSecret), context(username)));
    long now = OneTimeCodes.step(clock.instant());
    for (long step = now - 1; step <= now + 1; step++) {
      boolean matches =
          MessageDigest.isEqual(
              codes.code(secret, step).getBytes(StandardCharsets.US_ASCII),
              offered.getBytes(StandardCharsets.US_ASCII));
      if (matches) {
        // only a step later than the last one used: two requests racing with one code, one wins
        return jdbc.sql(
                    "UPDATE organisation_user SET totp_last_step = ? WHERE username = ?"
                        + " AND totp_last_step < ?")
                .params(step, username, step)
                .update()
            == 1;
      }
    }
    return false;
  }

  boolean enabled(String username) {
    return jdbc.sql("SELECT totp_enabled FROM organisation_user WHERE username = ?")
        .param(username)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  private String secret(String username) {
    return jdbc.sql("SELECT totp_secret FROM organisation_user WHERE username = ?")
        .param(username)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private void requireCode(String username, String code) {
    if (code == null || code.isBlank()) {
      throw InvalidInputException.of("code", "required", "the 6-digit code from the app");
    }
    if (!accepts(username, code)) {
      throw InvalidInputException.of(
          "code", "wrong-code", "this code is not the current one (or was used already)");
    }
  }

  private static ConflictException alreadyOn() {
    return new ConflictException(
        ProblemCode.SECOND_FACTOR_ON,
        "the second factor is already enabled; disable it with a code first",
        Map.of());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String context(String username) {
    return "second-factor:" + username;
  }
}
