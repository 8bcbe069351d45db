package org.homeward.funding.reports;

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
 * The fonts a PDF report embeds, so that it reads the same on every machine: Noto Sans for Latin
 * script and Noto Sans Arabic for Arabic, regular and bold. They come from the system (Debian's
 * {@code fonts-noto-core}, which {@code .ci/run} installs), never from the internet; a directory of
 * one's own can be named with the system property {@value #DIRECTORY_PROPERTY}.
 */
final class ReportFonts {

  static final String DIRECTORY_PROPERTY = "homeward.fonts.dir";

  static final List<Path> SYSTEM_DIRECTORIES =
      List.of(
          Path.of("/usr/share/fonts/truetype/noto"),
          Path.of("/usr/share/fonts/noto"),
          Path.of("/usr/share/fonts/google-noto"),
          Path.of("/usr/local/share/fonts/noto"));

  static final String LATIN = "NotoSans-Regular.ttf";
  static final String LATIN_BOLD = "NotoSans-Bold.ttf";
  static final String ARABIC = "NotoSansArabic-Regular.ttf";
  static final String ARABIC_BOLD = "NotoSansArabic-Bold.ttf";

  final BaseFont latin;
  final BaseFont latinBold;
  final BaseFont arabic;
  final BaseFont arabicBold;

  private ReportFonts(List<Path> directories) {
    latin = load(LATIN, directories);
    latinBold = load(LATIN_BOLD, directories);
    arabic = load(ARABIC, directories);
    arabicBold = load(ARABIC_BOLD, directories);
  }

  /** The font files as read once, about 1.5 MB for the four. */
  private static final Map<Path, byte[]> FILES = new ConcurrentHashMap<>();

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

  /** The fonts from the directory the system property names, else from the system's. */
  static ReportFonts find() {
    List<Path> directories = new ArrayList<>();
    String own = System.getProperty(DIRECTORY_PROPERTY);
    if (own != null && !own.isBlank()) {
      directories.add(Path.of(own));
    }
    directories.addAll(SYSTEM_DIRECTORIES);
    return in(directories);
  }

  static ReportFonts in(List<Path> directories) {
    return new ReportFonts(directories);
  }

  private static BaseFont load(String file, List<Path> directories) {
    for (Path directory : directories) {
      Path font = directory.resolve(file);
      if (Files.isReadable(font)) {
        // Identity-H writes any Unicode character, and only the glyphs used are embedded. A font
        // object of its own for each document: OpenPDF's keep a read position while a document
        // embeds them, which two reports written at once would share.
        try {
          return BaseFont.createFont(
              font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(font), null);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the font " + font, e);
        }
      }
    }
    throw new IllegalStateException(
        "The PDF reports need the font "
            + file
            + " (Latin and Arabic script), found in none of "
            + directories
            + ". Install Debian's fonts-noto-core (apt-get install fonts-noto-core), or set the"
            + " system property "
            + DIRECTORY_PROPERTY
            + " to a directory holding "
            + String.join(", ", LATIN, LATIN_BOLD, ARABIC, ARABIC_BOLD)
            + ".");
  }
}
