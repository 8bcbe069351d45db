package org.homeward.funding.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * The PDF, read back: the numbers a donor reads, the totals, and Arabic shaped in an embedded font.
 */
class DonorReportPdfTest {

  static byte[] write(DonorReport report, String language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DonorReportPdf.write(report, Locale.forLanguageTag(language), out);
    return out.toByteArray();
  }

  /** The text of every page, with the no-break spaces of French numbers as one plain space. */
  static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    // the extractor also puts a space of its own beside the narrow no-break space it reads
    return text.toString().replaceAll("[ \u202f\u00a0]+", " ");
  }

  /**
   * Arabic as the extractor gives it back, in the order the glyphs stand on the line (right to
   * left, so reversed) and in their shaped forms: turned into letters again for comparison.
   */
  static String arabicAsWritten(String visual) {
    return new StringBuilder(Normalizer.normalize(visual, Normalizer.Form.NFKC))
        .reverse()
        .toString();
  }

  /** The fonts the file embeds (their program is inside it), by PostScript name. */
  static List<String> embeddedFonts(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    List<String> fonts = new ArrayList<>();
    for (int i = 1; i < reader.getXrefSize(); i++) {
      PdfObject object = reader.getPdfObject(i);
      if (object instanceof PdfDictionary font
          && PdfName.FONTDESCRIPTOR.equals(font.get(PdfName.TYPE))
          && font.get(PdfName.FONTFILE2) != null) {
        fonts.add(font.get(PdfName.FONTNAME).toString());
      }
    }
    return fonts;
  }

  @Test
  void printsEveryLineAndTheTotalsToTheCent() throws IOException {
    String english = text(write(DonorReports.swissProject(), "en"));

    assertThat(english)
        .contains("Donor report", "Expenditure by budget line (CHF)", "MA-2011-CH")
        .contains("183,456.10", "99,999.20", "12,345.67", "29,876.54")
        .contains("450,000.00", "325,677.51");
    assertThat(english).contains("July 1, 2011 to June 30, 2012");

    String french = text(write(DonorReports.swissProject(), "fr"));
    assertThat(french)
        .contains("Dépenses par ligne budgétaire (CHF)", "Mouvements")
        .contains("183 456,10", "99 999,20", "12 345,67", "29 876,54")
        .contains("450 000,00", "325 677,51")
        .contains("Retour volontaire & réintégration");
  }

  @Test
  void writesArabicShapedRightToLeftInAnEmbeddedArabicFont() throws IOException {
    byte[] pdf = write(DonorReports.swissProject(), "ar");
    String text = text(pdf);

    // shaped: the letters are in their joined forms (Arabic Presentation Forms-B), not isolated
    assertThat(text.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count())
        .isGreaterThan(100);
    String arabic = arabicAsWritten(text);
    assertThat(arabic).contains("تقرير إلى الجهة المانحة", "المجموع", "رمز المشروع");
    assertThat(text).contains("325,677.51", "450,000.00", "MA-2011-CH");
    assertThat(embeddedFonts(pdf))
        .anySatisfy(font -> assertThat(font).endsWith("NotoSansArabic-Bold"))
        .anySatisfy(font -> assertThat(font).endsWith("NotoSansArabic-Regular"))
        .anySatisfy(font -> assertThat(font).endsWith("NotoSans-Regular"));
  }

  @Test
  void shapesAnArabicNameInAFrenchReportToo() throws IOException {
    byte[] pdf = write(DonorReports.swissProject(), "fr");

    assertThat(text(pdf).codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count())
        .isGreaterThan(5);
    assertThat(arabicAsWritten(text(pdf))).contains("العودة الطوعية");
    assertThat(embeddedFonts(pdf))
        .anySatisfy(f -> assertThat(f).endsWith("NotoSansArabic-Regular"));
  }

  @Test
  void writesReportsForSeveralReadersAtOnce() throws Exception {
    List<String> languages = List.of("ar", "fr", "en", "ar", "fr", "en", "ar", "fr");
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<byte[]>> pdfs = new ArrayList<>();
      for (String language : languages) {
        pdfs.add(pool.submit(() -> write(DonorReports.swissProject(), language)));
      }
      for (Future<byte[]> pdf : pdfs) {
        assertThat(text(pdf.get())).containsAnyOf("325,677.51", "325 677,51");
        assertThat(embeddedFonts(pdf.get())).hasSizeGreaterThanOrEqualTo(2);
      }
    }
  }
}
