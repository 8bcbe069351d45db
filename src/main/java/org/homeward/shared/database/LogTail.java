package org.homeward.shared.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The lines a log file gained since an offset. */
final class LogTail {
  private final Path file;
  private long offset;
  private String partial = "";

  LogTail(Path file, long offset) {
    this.file = file;
    this.offset = offset;
  }

  List<String> newLines() throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      if (length <= offset) {
        return List.of();
      }
      byte[] bytes = new byte[(int) Math.min(length - offset, 1 << 20)];
      in.seek(offset);
      in.readFully(bytes);
      offset += bytes.length;
      String text = partial + new String(bytes, StandardCharsets.UTF_8);
      int end = text.lastIndexOf('\n');
      if (end < 0) {
        partial = text;
        return List.of();
      }
      partial = text.substring(end + 1);
      return text.substring(0, end).lines().filter(l -> !l.isBlank()).toList();
    }
  }
}
