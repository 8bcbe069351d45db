package org.homeward.movement.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts the module's PDF files embed, so that a list reads the same on every machine and names
 * in Arabic script are shaped: Noto Sans and Noto Sans Arabic, regular and bold, from the system
 * (Debian's {@code fonts-noto-core}), or from the directory the system property {@value
 * #DIRECTORY_PROPERTY} names, as for funding's reports.
 */
public final class PdfFonts {

  public static final String DIRECTORY_PROPERTY = "homeward.fonts.dir";

  static final List<Path> SYSTEM_DIRECTORIES =
      List.of(
          Path.of("/usr/share/fonts/truetype/noto"),
          Path.of("/usr/share/fonts/noto"),
          Path.of("/usr/share/fonts/google-noto"),
          Path.of("/usr/local/share/fonts/noto"));

  private static final Map<Path, byte[]> FILES = new ConcurrentHashMap<>();

  public final BaseFont latin;
  public final BaseFont latinBold;
  public final BaseFont arabic;
  public final BaseFont arabicBold;

  private PdfFonts(List<Path> directories) {
    latin = load("NotoSans-Regular.ttf", directories);
    latinBold = load("NotoSans-Bold.ttf", directories);
    arabic = load("NotoSansArabic-Regular.ttf", directories);
    arabicBold = load("NotoSansArabic-Bold.ttf", directories);
  }

  /**
   * Fonts of their own for one document: OpenPDF's font objects keep a read position while a
   * document embeds them, which two files written at once would share.
   *
   * @throws IllegalStateException when a font is found in none of the directories
   */
  public static PdfFonts find() {
    List<Path> directories = new ArrayList<>();
    String own = System.getProperty(DIRECTORY_PROPERTY);
    if (own != null && !own.isBlank()) {
      directories.add(Path.of(own));
    }
    directories.addAll(SYSTEM_DIRECTORIES);
    return new PdfFonts(directories);
  }

  private static BaseFont load(String file, List<Path> directories) {
    for (Path directory : directories) {
      Path font = directory.resolve(file);
      if (Files.isReadable(font)) {
        try {
          // Identity-H writes any character; only the glyphs used are embedded
          return BaseFont.createFont(
              font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(font), null);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the font " + font, e);
        }
      }
    }
    throw new IllegalStateException(
        "The PDF lists need the font "
            + file
            + ", found in none of "
            + directories
            + ". Install Debian's fonts-noto-core, or set the system property "
            + DIRECTORY_PROPERTY
            + " to a directory holding the Noto Sans and Noto Sans Arabic fonts.");
  }

  private static byte[] bytes(Path font) {
    return FILES.computeIfAbsent(
        font,
        path -> {
          try {
            return Files.readAllBytes(path);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + path, e);
          }
        });
  }
}
