package org.homeward.organisation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the few secrets Homeward must be able to read back (second-factor seeds) with AES-GCM,
 * under a key kept in a file beside the data ({@code homeward.secrets.key-file}, created on first
 * use, readable by its owner only) rather than in the database: a copied database or backup alone
 * does not reveal them. Losing the key file means people re-enrol their second factor.
 */
@Component
class SealedSecrets {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final Path keyFile;
  private final SecureRandom random = new SecureRandom();
  private volatile SecretKey key;

  SealedSecrets(@Value("${homeward.secrets.key-file}") Path keyFile) {
    this.keyFile = keyFile;
  }

  String seal(byte[] secret) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(secret);
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal a secret", e);
    }
  }

  byte[] open(String sealed) {
    try {
      byte[] bytes = Base64.getDecoder().decode(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot open a sealed secret: was " + keyFile + " replaced or lost?", e);
    }
  }

  private SecretKey key() {
    SecretKey known = key;
    if (known == null) {
      synchronized (this) {
        if (key == null) {
          key = new SecretKeySpec(readOrCreate(), "AES");
        }
        known = key;
      }
    }
    return known;
  }

  private byte[] readOrCreate() {
    try {
      if (!Files.exists(keyFile)) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        try {
          Files.createFile(keyFile);
          restrictToOwner(keyFile);
          Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh));
        } catch (FileAlreadyExistsException raced) {
          // another instance created it first: use theirs
        }
      }
      byte[] read = Base64.getDecoder().decode(Files.readString(keyFile).strip());
      if (read.length != 32) {
        throw new IllegalStateException(keyFile + " does not hold a 256-bit key");
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder's own permissions apply
    }
  }
}
