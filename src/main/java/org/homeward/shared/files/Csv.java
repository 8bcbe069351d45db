package org.homeward.shared.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it, the one way every export of the application does: fields separated
 * by commas, quoted when they hold a comma, a quote or a line break (their quotes doubled), lines
 * ended by CRLF, UTF-8 without a byte order mark. A text a person typed goes through {@link #text}
 * first, so that a spreadsheet opening the file shows a formula-like value rather than runs it.
 *
 * <pre>{@code
 * Csv csv = Csv.to(out);
 * csv.row(List.of("family_name", "given_name"));
 * csv.row(List.of(Csv.text(familyName), Csv.text(givenName)));
 * csv.flush();
 * }</pre>
 */
public final class Csv {

  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

  private static final String LINE_END = "\r\n";

  /** The characters a spreadsheet reads as the start of a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final Writer out;

  private Csv(Writer out) {
    this.out = out;
  }

  /** Writes to {@code out} as UTF-8; {@link #flush} leaves it open. */
  public static Csv to(OutputStream out) {
    return new Csv(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** Writes to {@code out}; {@link #flush} leaves it open. */
  public static Csv to(Writer out) {
    return new Csv(out);
  }

  /** One line: the fields in order, each quoted when it must be; a null field is empty. */
  public Csv row(List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quoted(fields.get(i)));
      }
      out.write(LINE_END);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes what was written; the stream stays open. */
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A field as it stands in the file: quoted, its quotes doubled, when it holds a comma, a quote or
   * a line break; as it is otherwise; empty for null.
   */
  public static String quoted(String field) {
    if (field == null) {
      return "";
    }
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /**
   * A text a person typed; empty for none. One that begins like a formula ({@code = + - @}, a tab
   * or a carriage return) gets a leading apostrophe, so that a spreadsheet opening the file shows
   * it rather than runs it. Codes, dates and amounts the application writes itself need no guard
   * (and a negative amount must stay a number).
   */
  public static String text(String value) {
    if (value == null) {
      return "";
    }
    if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
