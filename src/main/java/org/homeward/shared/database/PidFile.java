package org.homeward.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code postmaster.pid}: pid, data directory, start time, port, socket folder, …, status. */
record PidFile(long pid, int port, String status) {
  static Optional<PidFile> read(Path data) {
    Path file = data.resolve("postmaster.pid");
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || lines.get(0).isBlank()) {
        return Optional.empty();
      }
      long pid = Long.parseLong(lines.get(0).strip());
      int port =
          lines.size() > 3 && !lines.get(3).isBlank() ? Integer.parseInt(lines.get(3).strip()) : 0;
      String status = lines.size() > 7 ? lines.get(7).strip() : "";
      return Optional.of(new PidFile(pid, port, status));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
