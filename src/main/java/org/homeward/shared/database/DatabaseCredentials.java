package org.homeward.shared.database;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import org.homeward.shared.files.DurableFiles;

/**
 * The embedded server's two passwords, generated once and kept in {@code
 * $HOMEWARD_HOME/secrets/database.properties} (owner only): the superuser's, for set-up and
 * restores, and the application role's, which owns the registry's database and is all the
 * application itself signs in as. New passwords are first written as pending, set in the server,
 * and only then made final, so a crash in between leaves passwords that are set again, never a
 * server that nobody can sign in to.
 */
record DatabaseCredentials(String superuserPassword, String user, String password) {

  static final String SUPERUSER = "postgres";
  static final String APPLICATION_ROLE = "homeward";
  static final String DATABASE = "homeward";

  DatabaseCredentials {
    for (String value : new String[] {superuserPassword, user, password}) {
      if (value == null || value.isBlank() || !value.matches("[A-Za-z0-9_-]+")) {
        throw new IllegalArgumentException("damaged database credentials file");
      }
    }
  }

  static Path file(Path home) {
    return home.resolve("secrets").resolve("database.properties");
  }

  static Path pendingFile(Path home) {
    return home.resolve("secrets").resolve("database.properties.pending");
  }

  /** The final credentials, when they were set in the server. */
  static Optional<DatabaseCredentials> load(Path home) throws IOException {
    return read(file(home));
  }

  /** Credentials written but perhaps not yet set in the server; new ones when there are none. */
  static DatabaseCredentials pending(Path home) throws IOException {
    Optional<DatabaseCredentials> pending = read(pendingFile(home));
    if (pending.isPresent()) {
      return pending.get();
    }
    DatabaseCredentials fresh =
        new DatabaseCredentials(randomPassword(), APPLICATION_ROLE, randomPassword());
    fresh.write(pendingFile(home));
    return fresh;
  }

  /** The server now knows these passwords: they become the final ones. */
  void confirm(Path home) throws IOException {
    write(file(home));
    Files.deleteIfExists(pendingFile(home));
    DurableFiles.forceFolder(file(home).getParent());
  }

  private void write(Path file) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("superuser-password", superuserPassword);
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    StringWriter text = new StringWriter();
    properties.store(
        text, "Homeward's embedded PostgreSQL: generated passwords, readable by the owner only");
    DurableFiles.writePrivate(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  private static Optional<DatabaseCredentials> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (Reader reader = new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1))) {
      properties.load(reader);
    }
    try {
      return Optional.of(
          new DatabaseCredentials(
              properties.getProperty("superuser-password"),
              properties.getProperty("user"),
              properties.getProperty("password")));
    } catch (IllegalArgumentException e) {
      throw new IOException("cannot read the database credentials in " + file, e);
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "DatabaseCredentials[user=" + user + "]";
  }
}
