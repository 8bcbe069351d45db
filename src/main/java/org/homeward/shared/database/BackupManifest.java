package org.homeward.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json}, what a backup holds: the schema version its data fits, every table with
 * its row count and the SHA-256 of its COPY text, every sequence's position, where the field
 * encryption keys are, and how the files are protected. Written last, so a backup folder with a
 * manifest is complete.
 */
record BackupManifest(
    int format,
    String created,
    String schemaVersion,
    String postgresVersion,
    boolean encrypted,
    Protection protection,
    String fieldKeys,
    List<Table> tables,
    List<Sequence> sequences) {

  static final int FORMAT = 1;
  static final String FILE = "manifest.json";

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  BackupManifest {
    tables = List.copyOf(tables == null ? List.of() : tables);
    sequences = List.copyOf(sequences == null ? List.of() : sequences);
  }

  /** A table's COPY text: rows, SHA-256 of the uncompressed stream, and its file (gzip). */
  record Table(String name, long rows, String sha256, String file, long bytes) {}

  /** A sequence's position, as {@code setval(name, lastValue, isCalled)} restores it. */
  record Sequence(String name, Long lastValue, boolean isCalled) {}

  /** How the keys file and the table files are sealed when a passphrase protects the backup. */
  record Protection(String cipher, BackupCipher.KeyDerivation keyDerivation) {}

  long rows() {
    return tables.stream().mapToLong(Table::rows).sum();
  }

  void write(Path folder) throws IOException {
    Files.write(
        folder.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
  }

  static BackupManifest read(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          folder + " holds no " + FILE + ": not a Homeward backup, or an unfinished one");
    }
    BackupManifest manifest;
    try {
      manifest = JSON.readValue(Files.readAllBytes(file), BackupManifest.class);
    } catch (JacksonException e) {
      throw new IOException("cannot read " + file + ": " + e.getOriginalMessage());
    }
    if (manifest.format() != FORMAT) {
      throw new IOException(
          file + " has format " + manifest.format() + "; this Homeward reads format " + FORMAT);
    }
    if (manifest.schemaVersion() == null || manifest.tables().isEmpty()) {
      throw new IOException(file + " names no schema version or no tables");
    }
    if (manifest.encrypted() && manifest.protection() == null) {
      throw new IOException(file + " says the backup is protected but not how");
    }
    for (Table table : manifest.tables()) {
      if (table.name() == null
          || table.file() == null
          || table.sha256() == null
          || !Files.isRegularFile(folder.resolve(table.file()).normalize())
          || !folder.resolve(table.file()).normalize().startsWith(folder)) {
        throw new IOException(
            "the backup in "
                + folder
                + " is incomplete: the file of table "
                + table.name()
                + " ("
                + table.file()
                + ") is missing");
      }
    }
    if (manifest.fieldKeys() != null
        && !Files.isRegularFile(folder.resolve(manifest.fieldKeys()).normalize())) {
      throw new IOException(
          "the backup in " + folder + " is incomplete: " + manifest.fieldKeys() + " is missing");
    }
    return manifest;
  }
}
