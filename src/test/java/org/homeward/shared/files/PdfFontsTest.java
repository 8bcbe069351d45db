package org.homeward.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The embedded fonts: found where they are installed, and each character in the right one. */
class PdfFontsTest {

  static final List<String> ALL =
      List.of(PdfFonts.LATIN, PdfFonts.LATIN_BOLD, PdfFonts.ARABIC, PdfFonts.ARABIC_BOLD);

  /** The PostScript names of the fonts the chunks of {@code phrase} are written in, in order. */
  static List<String> fontsOf(Phrase phrase) {
    return phrase.getChunks().stream()
        .map(Chunk.class::cast)
        .map(chunk -> chunk.getFont().getBaseFont().getPostscriptFontName())
        .toList();
  }

  @Test
  void takesEachCharacterFromTheFontThatHasIt() {
    PdfFonts fonts = PdfFonts.find();

    Phrase mixed = fonts.phrase("Aminata نداء 2012", false, 9);
    assertThat(fontsOf(mixed))
        .containsExactly("NotoSans-Regular", "NotoSansArabic-Regular", "NotoSans-Regular");
    assertThat(mixed.getContent()).isEqualTo("Aminata نداء 2012");
    assertThat(fontsOf(fonts.phrase("Aminata نداء", true, 9)))
        .containsExactly("NotoSans-Bold", "NotoSansArabic-Bold");
    assertThat(((Chunk) mixed.getChunks().getFirst()).getFont().getSize()).isEqualTo(9f);
  }

  @Test
  void writesNoTextForNone() {
    assertThat(PdfFonts.find().phrase(null, false, 9).getContent()).isEmpty();
  }

  @Test
  void givesEachDocumentFontObjectsOfItsOwn() {
    PdfFonts one = PdfFonts.find();
    PdfFonts other = PdfFonts.find();

    assertThat(one.latin).isNotSameAs(other.latin);
    assertThat(one.arabicBold).isNotSameAs(other.arabicBold);
  }

  @Test
  void shapesArabicInARightToLeftCellAndEmbedsTheFont() throws IOException {
    PdfFonts fonts = PdfFonts.find();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter.getInstance(document, out);
    document.open();
    PdfPTable table = new PdfPTable(1);
    PdfPCell cell = new PdfPCell(fonts.phrase("العودة الطوعية – Oujda", false, 12));
    cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
    cell.setHorizontalAlignment(Element.ALIGN_LEFT);
    table.addCell(cell);
    document.add(table);
    document.close();

    PdfReader reader = new PdfReader(out.toByteArray());
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    // joined forms (Arabic Presentation Forms-B), not the isolated letters given
    assertThat(text.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count())
        .isGreaterThanOrEqualTo(10);
    assertThat(text).contains("Oujda");
  }

  @Test
  void findsTheFontsInTheFirstDirectoryThatHoldsThem(@TempDir Path empty, @TempDir Path own)
      throws IOException {
    Path installed = installed();
    for (String font : ALL) {
      Files.copy(installed.resolve(font), own.resolve(font));
    }

    PdfFonts fonts = PdfFonts.in(List.of(empty, own));

    assertThat(fonts.latin.getPostscriptFontName()).isEqualTo("NotoSans-Regular");
    assertThat(fonts.arabic.getPostscriptFontName()).isEqualTo("NotoSansArabic-Regular");
  }

  @Test
  void failsClearlyWhenTheFontsAreMissing(@TempDir Path empty) {
    assertThatThrownBy(() -> PdfFonts.in(List.of(empty)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NotoSans-Regular.ttf")
        .hasMessageContaining("fonts-noto-core")
        .hasMessageContaining(PdfFonts.DIRECTORY_PROPERTY);
  }

  @Test
  void namesTheOneFontThatIsMissing(@TempDir Path latinOnly) throws IOException {
    Path installed = installed();
    Files.copy(installed.resolve(PdfFonts.LATIN), latinOnly.resolve(PdfFonts.LATIN));
    Files.copy(installed.resolve(PdfFonts.LATIN_BOLD), latinOnly.resolve(PdfFonts.LATIN_BOLD));

    assertThatThrownBy(() -> PdfFonts.in(List.of(latinOnly)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("The PDF files need the font NotoSansArabic-Regular.ttf");
  }

  /** The system directory that holds the fonts here (.ci/run installs them). */
  static Path installed() {
    return PdfFonts.SYSTEM_DIRECTORIES.stream()
        .filter(d -> ALL.stream().allMatch(f -> Files.isReadable(d.resolve(f))))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("fonts-noto-core is not installed"));
  }
}
