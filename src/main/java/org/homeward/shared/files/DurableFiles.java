package org.homeward.shared.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that must survive a crash or a power cut whole: written beside their final name, forced to
 * disk, then renamed over it and the folder forced too. A reader sees the old content or the new
 * one, never an empty or half-written file (an empty key file after a power cut would make every
 * sealed field unreadable).
 */
public final class DurableFiles {

  private DurableFiles() {}

  /** Writes {@code content} to {@code file} atomically and durably, readable by its owner only. */
  public static void writePrivate(Path file, byte[] content) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    createPrivateFolder(folder);
    Path partial = folder.resolve("." + file.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    Files.createFile(partial);
    ownerOnly(partial, "rw-------");
    try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(content));
      channel.force(true);
    }
    try {
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }
    forceFolder(folder);
  }

  /** Creates the folder (and its parents) when missing; a new one is open to its owner only. */
  public static void createPrivateFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
      ownerOnly(folder, "rwx------");
    }
  }

  /** Forces a folder's entries (a rename, a new file) to disk. */
  public static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // some file systems cannot open a folder for reading: the rename is still atomic there
    }
  }

  private static void ownerOnly(Path path, String permissions) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    } catch (UnsupportedOperationException | FileSystemException e) {
      // not a POSIX file system: the folder's own protection applies
    }
  }
}
