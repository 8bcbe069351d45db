package org.homeward.shared.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.homeward.shared.files.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server programs that ship inside the application (initdb, pg_ctl, postgres),
 * unpacked once into a folder named after the archive's digest and reused by every start. The
 * folder appears whole or not at all: it is unpacked beside its final name and renamed, under a
 * file lock, so two processes starting at once neither clash nor see half a folder.
 */
final class PostgresBinaries {

  private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);

  private final Path folder;

  private PostgresBinaries(Path folder) {
    this.folder = folder;
  }

  /** Unpacks the programs under {@code parent} unless they are already there. */
  static PostgresBinaries in(Path parent) {
    try {
      byte[] archive;
      try (InputStream in =
          DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture())) {
        if (in == null) {
          throw new IllegalStateException(
              "no embedded PostgreSQL for this machine (" + System.getProperty("os.arch") + ")");
        }
        archive = in.readAllBytes();
      }
      String digest = HexFormat.of().formatHex(sha256(archive)).substring(0, 16);
      Path parentFolder = parent.toAbsolutePath().normalize();
      Path folder = parentFolder.resolve("postgresql-" + digest);
      if (Files.isExecutable(folder.resolve("bin/postgres"))) {
        return new PostgresBinaries(folder);
      }
      Files.createDirectories(parentFolder);
      try (FileChannel lockFile =
              FileChannel.open(
                  parentFolder.resolve(".unpack.lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock ignored = lockFile.lock()) {
        if (!Files.isExecutable(folder.resolve("bin/postgres"))) {
          long started = System.nanoTime();
          Path partial = parentFolder.resolve(".partial-" + UUID.randomUUID());
          unpack(archive, partial);
          Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
          DurableFiles.forceFolder(parentFolder);
          log.info(
              "unpacked the embedded PostgreSQL into {} ({} ms)",
              folder,
              (System.nanoTime() - started) / 1_000_000);
        }
      }
      return new PostgresBinaries(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the embedded PostgreSQL into " + parent, e);
    }
  }

  /**
   * A command line running one of the programs. As root, PostgreSQL refuses to run; the programs
   * then run in a user namespace of their own, as an unprivileged user.
   */
  List<String> command(String program, String... arguments) {
    List<String> command = new ArrayList<>();
    if (LinuxUtils.isUnshareAvailable()) {
      command.add("unshare");
      command.add("-U");
    }
    command.add(folder.resolve("bin").resolve(program).toString());
    command.addAll(List.of(arguments));
    return command;
  }

  Path folder() {
    return folder;
  }

  private static void unpack(byte[] archive, Path target) throws IOException {
    Files.createDirectories(target);
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new XZInputStream(
                new BufferedInputStream(new java.io.ByteArrayInputStream(archive))))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path path = target.resolve(entry.getName()).normalize();
        if (!path.startsWith(target)) {
          throw new IOException("archive entry outside its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(path.getParent());
          Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
          Files.createDirectories(path.getParent());
          Files.createLink(path, target.resolve(entry.getLinkName()));
        } else {
          Files.createDirectories(path.getParent());
          Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
          if ((entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/")) {
            path.toFile().setExecutable(true, false);
          }
        }
      }
    } catch (IOException e) {
      deleteQuietly(target);
      throw e;
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover partial folder is ignored by the next start
    }
  }

  private static String architecture() {
    String arch = System.getProperty("os.arch");
    return "amd64".equals(arch) ? "x86_64" : arch;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
