package org.homeward.shared.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.homeward.shared.files.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key ring for sensitive fields. Keys come from configuration ({@code
 * homeward.crypto.keys.<id>=<base64 of 32 bytes>}, {@code homeward.crypto.active-key=<id>}, {@code
 * homeward.crypto.index-key=<base64>}), typically environment variables or a secrets file outside
 * the database. When none is configured, a ring is generated once into {@code
 * ${homeward.home}/secrets/field-keys.properties} (readable by its owner only), so that a single
 * command still runs everything; a real install should keep that file, or its own keys, in a
 * secrets store and back it up apart from the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FieldEncryptionConfiguration.KeyRing.class)
public class FieldEncryptionConfiguration {

  private static final Logger log = LoggerFactory.getLogger(FieldEncryptionConfiguration.class);

  @ConfigurationProperties("homeward.crypto")
  record KeyRing(Map<String, String> keys, String activeKey, String indexKey) {}

  /** The configured ring, else the one in {@code HOME/secrets/field-keys.properties}. */
  @Bean
  FieldEncryption fieldEncryption(KeyRing ring, @Value("${homeward.home}") Path home) {
    if (ring.keys() != null && !ring.keys().isEmpty()) {
      Map<String, byte[]> keys = new LinkedHashMap<>();
      ring.keys().forEach((id, key) -> keys.put(id, Base64.getDecoder().decode(key)));
      if (ring.indexKey() == null || ring.indexKey().isBlank()) {
        throw new IllegalStateException(
            "homeward.crypto.index-key is required with homeward.crypto.keys");
      }
      return new FieldEncryption(
          keys, ring.activeKey(), Base64.getDecoder().decode(ring.indexKey()));
    }
    return generatedRing(home.resolve("secrets").resolve("field-keys.properties"));
  }

  /**
   * The key ring in the home folder's secrets, generated there on first use; also read by the
   * commands that write sealed fields without a server ({@code generate}).
   */
  public static FieldEncryption generatedRing(Path file) {
    try {
      Properties stored = new Properties();
      if (Files.exists(file)) {
        try (Reader reader = Files.newBufferedReader(file)) {
          stored.load(reader);
        }
      } else {
        SecureRandom random = new SecureRandom();
        String id = "k1";
        stored.setProperty("active-key", id);
        stored.setProperty("keys." + id, Base64.getEncoder().encodeToString(randomBytes(random)));
        stored.setProperty("index-key", Base64.getEncoder().encodeToString(randomBytes(random)));
        // whole or not at all, and on disk before any value is sealed with these keys: an empty
        // key file after a power cut would make every sealed field unreadable
        java.io.StringWriter text = new java.io.StringWriter();
        stored.store(text, "Homeward field encryption keys: back up apart from the database");
        DurableFiles.writePrivate(
            file, text.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        log.warn(
            "generated field encryption keys in {}: back this file up apart from the database",
            file);
      }
      Map<String, byte[]> keys = new LinkedHashMap<>();
      for (String name : stored.stringPropertyNames()) {
        if (name.startsWith("keys.")) {
          keys.put(name.substring(5), Base64.getDecoder().decode(stored.getProperty(name)));
        }
      }
      return new FieldEncryption(
          keys,
          stored.getProperty("active-key"),
          Base64.getDecoder().decode(stored.getProperty("index-key")));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read or create the field encryption keys in " + file, e);
    }
  }

  private static byte[] randomBytes(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return bytes;
  }
}
