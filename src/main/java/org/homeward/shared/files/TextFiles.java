package org.homeward.shared.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Text files the commands are given ({@code funds}, {@code plan}): read whole, checked, and why
 * not.
 */
public final class TextFiles {

  private TextFiles() {}

  /**
   * The file's text, refused (an {@link IOException} saying why) when it is a folder, larger than
   * {@code maxBytes} or not UTF-8: a byte that is not UTF-8 is never read as a replacement
   * character.
   */
  public static String readUtf8(Path file, long maxBytes) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("a folder, not a file");
    }
    if (Files.size(file) > maxBytes) {
      throw new IOException("larger than " + maxBytes / (1024 * 1024) + " MB");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text");
    }
  }

  /** Why a file could not be read or written, in a few words for a person at a terminal. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
