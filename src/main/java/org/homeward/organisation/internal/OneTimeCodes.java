package org.homeward.organisation.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time codes as authenticator apps make them: HMAC-SHA1, 30-second steps,
 * six digits.
 */
final class OneTimeCodes {

  static final Duration STEP = Duration.ofSeconds(30);

  private final TimeBasedOneTimePasswordGenerator generator;

  OneTimeCodes() {
    this(6);
  }

  OneTimeCodes(int digits) {
    generator = new TimeBasedOneTimePasswordGenerator(STEP, digits);
  }

  /** The time step an instant falls in: the counter the code is computed from. */
  static long step(Instant at) {
    return at.getEpochSecond() / STEP.toSeconds();
  }

  String code(byte[] secret, long step) {
    try {
      return generator.generateOneTimePasswordString(
          new SecretKeySpec(secret, generator.getAlgorithm()),
          Instant.ofEpochSecond(step * STEP.toSeconds()),
          Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
