package org.homeward.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One Homeward per home folder: a lock on {@code $HOMEWARD_HOME/homeward.lock}, held for as long as
 * the process runs. The operating system releases it when the process ends, however it ends (a kill
 * -9 included), so it tells a second application from an orphan left by a dead one.
 */
final class HomeLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private HomeLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock, or refuses with the holder's pid when another process has it. */
  static HomeLock acquire(Path home) {
    Path file = home.resolve("homeward.lock");
    try {
      Files.createDirectories(home);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        channel.close();
        throw new HomeInUseException(
            "HOMEWARD_HOME "
                + home.toAbsolutePath().normalize()
                + " is in use by another Homeward ("
                + (holder.isEmpty() ? "starting" : holder)
                + "): stop it first, or give this one another HOMEWARD_HOME. Nothing was changed.");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              ("pid " + ProcessHandle.current().pid() + ", since " + Instant.now())
                  .getBytes(StandardCharsets.UTF_8)),
          0);
      channel.force(true);
      return new HomeLock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // the lock goes with the process anyway
    }
  }

  /** Another process runs Homeward on the same home folder. */
  static final class HomeInUseException extends IllegalStateException {
    HomeInUseException(String message) {
      super(message);
    }
  }
}
