package org.homeward.shared.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfWriter;

/** A PDF file as every export of the application writes one: titled, in its reader's language. */
public final class PdfFile {

  private PdfFile() {}

  /**
   * Writes {@code document} (its page size and margins set) to {@code out}: its title, Homeward as
   * its creator and the reader's language in its properties, then what {@code content} adds to it.
   * Flushes {@code out} and leaves it open.
   */
  public static void write(
      Document document,
      String title,
      Locale language,
      OutputStream out,
      Consumer<Document> content) {
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false);
    document.addTitle(title);
    document.addCreator("Homeward");
    document.setDocumentLanguage(language.toLanguageTag());
    document.open();
    content.accept(document);
    document.close();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
