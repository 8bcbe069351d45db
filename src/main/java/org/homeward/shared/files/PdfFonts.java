package org.homeward.shared.files;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;

/**
 * The fonts every PDF file of the application embeds, so that it reads the same on every machine
 * and names in Arabic script are shaped: Noto Sans for Latin script and Noto Sans Arabic for
 * Arabic, regular and bold. They come from the system (Debian's {@code fonts-noto-core}, which
 * {@code .ci/run} installs), never from the internet; a directory of one's own can be named with
 * the system property {@value #DIRECTORY_PROPERTY}.
 *
 * <p>Take fonts of their own for each document ({@link #find} once per file): OpenPDF's font
 * objects keep a read position while a document embeds them, which two files written at once would
 * share. The font files themselves are read once.
 */
public final class PdfFonts {

  public static final String DIRECTORY_PROPERTY = "homeward.fonts.dir";

  public static final List<Path> SYSTEM_DIRECTORIES =
      List.of(
          Path.of("/usr/share/fonts/truetype/noto"),
          Path.of("/usr/share/fonts/noto"),
          Path.of("/usr/share/fonts/google-noto"),
          Path.of("/usr/local/share/fonts/noto"));

  public static final String LATIN = "NotoSans-Regular.ttf";
  public static final String LATIN_BOLD = "NotoSans-Bold.ttf";
  public static final String ARABIC = "NotoSansArabic-Regular.ttf";
  public static final String ARABIC_BOLD = "NotoSansArabic-Bold.ttf";

  /** The font files as read once, about 1.5 MB for the four. */
  private static final Map<Path, byte[]> FILES = new ConcurrentHashMap<>();

  public final BaseFont latin;
  public final BaseFont latinBold;
  public final BaseFont arabic;
  public final BaseFont arabicBold;

  private PdfFonts(List<Path> directories) {
    latin = load(LATIN, directories);
    latinBold = load(LATIN_BOLD, directories);
    arabic = load(ARABIC, directories);
    arabicBold = load(ARABIC_BOLD, directories);
  }

  /**
   * Fonts of their own for one document, from the directory the system property names, else from
   * the system's.
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
    return in(directories);
  }

  /**
   * Fonts from the first of {@code directories} that holds each.
   *
   * @throws IllegalStateException when a font is found in none of them
   */
  public static PdfFonts in(List<Path> directories) {
    return new PdfFonts(directories);
  }

  /**
   * {@code text} in black at {@code size}, each character from the font that has it: Noto Sans for
   * Latin letters, digits and punctuation, Noto Sans Arabic for Arabic (shaped when the cell or
   * paragraph holding it has a run direction). Null is an empty text.
   */
  public Phrase phrase(String text, boolean bold, float size) {
    FontSelector selector = new FontSelector();
    selector.addFont(new Font(bold ? latinBold : latin, size, Font.NORMAL, Color.BLACK));
    selector.addFont(new Font(bold ? arabicBold : arabic, size, Font.NORMAL, Color.BLACK));
    return selector.process(text == null ? "" : text);
  }

  private static BaseFont load(String file, List<Path> directories) {
    for (Path directory : directories) {
      Path font = directory.resolve(file);
      if (Files.isReadable(font)) {
        // Identity-H writes any Unicode character, and only the glyphs used are embedded
        try {
          return BaseFont.createFont(
              font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(font), null);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the font " + font, e);
        }
      }
    }
    throw new IllegalStateException(
        "The PDF files need the font "
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
