package org.homeward.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  static String csv(List<List<String>> rows) {
    StringWriter out = new StringWriter();
    Csv csv = Csv.to(out);
    rows.forEach(csv::row);
    csv.flush();
    return out.toString();
  }

  static List<List<String>> parse(String csv) {
    return CsvReader.parse(csv);
  }

  @Test
  void writesPlainFieldsAsTheyAreSeparatedByCommasWithLinesEndedByCrlf() {
    assertThat(csv(List.of(List.of("a", "b", "c"), List.of("1", "2", "3"))))
        .isEqualTo("a,b,c\r\n1,2,3\r\n");
  }

  @Test
  void quotesAFieldWithACommaAndDoublesItsQuotes() {
    assertThat(Csv.quoted("Douala, Cameroon")).isEqualTo("\"Douala, Cameroon\"");
    assertThat(Csv.quoted("the \"Going home\" appeal"))
        .isEqualTo("\"the \"\"Going home\"\" appeal\"");
    assertThat(Csv.quoted("plain")).isEqualTo("plain");
  }

  @Test
  void quotesAFieldWithALineBreakSoThatItStaysOneField() {
    assertThat(Csv.quoted("line one\nline two")).isEqualTo("\"line one\nline two\"");
    assertThat(Csv.quoted("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
    assertThat(Csv.quoted("ends with\r")).isEqualTo("\"ends with\r\"");
  }

  @Test
  void readsBackEveryAwkwardFieldAsItWasGiven() {
    List<String> awkward =
        List.of("Morocco, 2012: \"Going home\"\nphase 2", "", "\"", ",", "\r\n", "x\"\"y", "ok");
    List<List<String>> rows =
        parse(csv(List.of(awkward, List.of("a", "b", "c", "d", "e", "f", "g"))));

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsExactlyElementsOf(awkward);
    assertThat(rows.get(1)).containsExactly("a", "b", "c", "d", "e", "f", "g");
  }

  @Test
  void writesANullFieldAsAnEmptyOne() {
    assertThat(csv(List.of(Arrays.asList("a", null, "c")))).isEqualTo("a,,c\r\n");
    assertThat(Csv.text(null)).isEmpty();
  }

  @Test
  void keepsASpreadsheetFromRunningATypedTextAsAFormula() {
    assertThat(Csv.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(Csv.text("+33 6 12 34 56 78")).isEqualTo("'+33 6 12 34 56 78");
    assertThat(Csv.text("-2+3")).isEqualTo("'-2+3");
    assertThat(Csv.text("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
    assertThat(Csv.text("\tcmd")).isEqualTo("'\tcmd");
    assertThat(Csv.text("\rcmd")).isEqualTo("'\rcmd");
    assertThat(Csv.text("Fatou = Aminata"))
        .as("only the first character counts")
        .isEqualTo("Fatou = Aminata");
    assertThat(Csv.text("")).isEmpty();

    List<List<String>> rows = parse(csv(List.of(List.of(Csv.text("=1+2, then \"more\"")))));
    assertThat(rows.getFirst()).containsExactly("'=1+2, then \"more\"");
  }

  @Test
  void writesUtf8WithoutAByteOrderMarkAndLeavesTheStreamOpen() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Csv csv = Csv.to(out);
    csv.row(List.of("Thiès", "نداء", "Côte d’Ivoire"));
    csv.flush();
    csv.row(List.of("after"));
    csv.flush();

    byte[] bytes = out.toByteArray();
    assertThat(bytes[0]).as("no byte order mark").isEqualTo((byte) 'T');
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo("Thiès,نداء,Côte d’Ivoire\r\nafter\r\n");
  }
}
