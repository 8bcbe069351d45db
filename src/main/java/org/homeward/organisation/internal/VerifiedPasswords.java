package org.homeward.organisation.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Passwords recently verified with the full Argon2id hash, so that HTTP Basic, which sends the
 * password on every request, pays that hash once per user and {@code ttl} rather than on each
 * request. Nothing here holds a password: an entry is an HMAC-SHA256, under a key drawn at random
 * when the process starts and never stored, of the username, the password and the stored hash it
 * was checked against. A changed password therefore misses even before {@link #forget} is called,
 * and the account's state (locked, disabled, roles, second factor) is read from the database on
 * every request, so the cache only ever stands in for the hash comparison. It is still forgotten
 * per user on each of those changes, bounded in size, and lost on restart.
 */
@Component
class VerifiedPasswords {

  private record Verified(byte[] fingerprint, Instant until) {}

  private final ConcurrentHashMap<String, Verified> byUser = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Clock clock;
  private final Duration ttl;
  private final int capacity;

  VerifiedPasswords(
      Clock clock,
      @Value("${homeward.sign-in.verified-password-ttl:60s}") Duration ttl,
      @Value("${homeward.sign-in.verified-password-capacity:10000}") int capacity) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.clock = clock;
    this.ttl = ttl;
    this.capacity = capacity;
  }

  /** Whether this password was verified against this stored hash within the last {@code ttl}. */
  boolean recentlyVerified(String username, String password, String storedHash) {
    Verified verified = byUser.get(username);
    if (verified == null) {
      return false;
    }
    if (!verified.until().isAfter(clock.instant())) {
      byUser.remove(username, verified);
      return false;
    }
    return MessageDigest.isEqual(
        verified.fingerprint(), fingerprint(username, password, storedHash));
  }

  /** Remembers a password that the full hash has just accepted. */
  void verified(String username, String password, String storedHash) {
    if (ttl.isZero() || ttl.isNegative()) {
      return;
    }
    Instant now = clock.instant();
    if (byUser.size() >= capacity && !byUser.containsKey(username)) {
      byUser.values().removeIf(entry -> !entry.until().isAfter(now));
      if (byUser.size() >= capacity) {
        // full of live entries: this user pays the full hash until some expire
        return;
      }
    }
    byUser.put(username, new Verified(fingerprint(username, password, storedHash), now.plus(ttl)));
  }

  /** On a password change, a lock, a disable, a role or second-factor change. */
  void forget(String username) {
    byUser.remove(username);
  }

  int size() {
    return byUser.size();
  }

  private byte[] fingerprint(String username, String password, String storedHash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      // lengths first, so that no two different triples give the same input
      for (String part : new String[] {username, password, storedHash}) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        mac.update(
            new byte[] {
              (byte) (bytes.length >>> 24),
              (byte) (bytes.length >>> 16),
              (byte) (bytes.length >>> 8),
              (byte) bytes.length
            });
        mac.update(bytes);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
