package org.homeward.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Application-level authenticated encryption of sensitive fields (AES-256-GCM) with a key ring: new
 * values are sealed with the active key, old ones open with whichever key sealed them, so a key can
 * be rotated without downtime (docs/access.md). Each value is bound to its record ({@code context},
 * e.g. the person's id), so a sealed value copied onto another record does not open. Blind index
 * tags let the database filter on a sensitive value it cannot read.
 *
 * <p>Sealed format: version (1 byte), key id length (1 byte), key id, 12-byte nonce, ciphertext
 * with its 16-byte tag.
 */
public final class FieldEncryption {

  private static final byte VERSION = 1;
  private static final String OWN = "own";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final Map<String, SecretKey> keys;
  private final String activeKeyId;
  private final SecretKey indexKey;
  private final SecureRandom random = new SecureRandom();

  public FieldEncryption(Map<String, byte[]> keys, String activeKeyId, byte[] indexKey) {
    Objects.requireNonNull(activeKeyId, "activeKeyId");
    if (!keys.containsKey(activeKeyId)) {
      throw new IllegalArgumentException(
          "the active key '" + activeKeyId + "' is not in the key ring");
    }
    keys.forEach((id, key) -> {
      if (key.length != 32) {
        throw new IllegalArgumentException("key '" + id + "' must be 256 bits (32 bytes)");
      }
      if (id.isEmpty() || id.length() > 32) {
        throw new IllegalArgumentException("a key id has 1 to 32 characters");
      }
    });
    this.keys =
        Map.copyOf(
            keys.entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> new SecretKeySpec(e.getValue(), "AES"))));
    this.activeKeyId = activeKeyId;
    this.indexKey = new SecretKeySpec(indexKey, "HmacSHA256");
  }

  public String activeKeyId() {
    return activeKeyId;
  }

  public byte[] seal(String plaintext, String context) {
    byte[] id = activeKeyId.getBytes(StandardCharsets.UTF_8);
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(2 + id.length + NONCE_BYTES + sealed.length)
          .put(VERSION)
          .put((byte) id.length)
          .put(id)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  public String open(byte[] sealed, String context) {
    ByteBuffer buffer = ByteBuffer.wrap(sealed);
    if (buffer.get() != VERSION) {
      throw new IllegalArgumentException("unknown sealed-value version");
    }
    String keyId = keyIdOf(sealed);
    buffer.position(2 + buffer.get(1));
    SecretKey key = keys.get(keyId);
    if (key == null) {
      throw new IllegalStateException(
          "the key '" + keyId + "' that sealed this value is not configured");
    }
    byte[] nonce = new byte[NONCE_BYTES];
    buffer.get(nonce);
    byte[] body = new byte[buffer.remaining()];
    buffer.get(body);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return new String(cipher.doFinal(body), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed value failed its integrity check", e);
    }
  }

  /**
   * Seals with a key of the caller's own (e.g. one key per record, destroyed to erase what it
   * sealed), in the same format under the key id {@code "own"}.
   */
  public static byte[] sealWith(byte[] key, String plaintext, String context) {
    return new FieldEncryption(Map.of(OWN, key), OWN, key).seal(plaintext, context);
  }

  /** Opens what {@link #sealWith} sealed. */
  public static String openWith(byte[] key, byte[] sealed, String context) {
    return new FieldEncryption(Map.of(OWN, key), OWN, key).open(sealed, context);
  }

  /** 32 random bytes: a new key. */
  public static byte[] newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /**
   * The id of the key that sealed {@code sealed}: values sealed with an old key need re-sealing.
   */
  public static String keyIdOf(byte[] sealed) {
    int length = sealed[1];
    return new String(sealed, 2, length, StandardCharsets.UTF_8);
  }

  /**
   * A keyed, one-way tag of {@code value}, equal for equal values: for filtering without reading.
   */
  public String blindIndex(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(indexKey);
      byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot compute an index tag", e);
    }
  }
}
