package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/problems.md lists exactly the codes of {@link ProblemCode}, each with its status. */
class ProblemCodeDocumentationTest {

  private static final Pattern CODE = Pattern.compile("`([a-z0-9-]+)`");

  @Test
  void everyProblemCodeIsDocumentedWithItsStatusAndNothingElseIs() throws IOException {
    Map<String, Integer> documented = new TreeMap<>();
    for (String row : section("# Problem codes", "## ")) {
      String[] cells = cells(row);
      List<Integer> statuses =
          Arrays.stream(cells[0].split(",")).map(String::strip).map(Integer::valueOf).toList();
      List<String> codes = codes(cells[1]);
      for (int i = 0; i < codes.size(); i++) {
        documented.put(
            codes.get(i), statuses.size() == codes.size() ? statuses.get(i) : statuses.getFirst());
      }
    }
    Map<String, Integer> registered = new TreeMap<>();
    for (ProblemCode p : ProblemCode.values()) {
      if (p.kind() == ProblemCode.Kind.PROBLEM) {
        registered.put(p.code(), p.status());
      }
    }

    assertThat(documented).isEqualTo(registered);
  }

  @Test
  void everyRefusalCodeIsDocumentedAndNothingElseIs() throws IOException {
    List<String> documented =
        section("## Refusal codes", "## ").stream()
            .flatMap(r -> codes(cells(r)[0]).stream())
            .toList();

    assertThat(documented)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ProblemCode.values())
                .filter(p -> p.kind() == ProblemCode.Kind.REFUSAL)
                .map(ProblemCode::code)
                .toList());
  }

  /** The rows of the first table after the heading {@code start}, up to the next {@code end}. */
  private static List<String> section(String start, String end) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("docs/problems.md"));
    int from =
        lines.indexOf(lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow());
    List<String> rows = new java.util.ArrayList<>();
    for (String line : lines.subList(from + 1, lines.size())) {
      if (line.startsWith(end)) {
        break;
      }
      if (line.startsWith("|")
          && !line.startsWith("|---")
          && !line.startsWith("| status")
          && !line.startsWith("| code")) {
        rows.add(line);
      }
    }
    assertThat(rows).as("rows under " + start).isNotEmpty();
    return rows;
  }

  private static String[] cells(String row) {
    return Arrays.stream(row.substring(1).split("\\|")).map(String::strip).toArray(String[]::new);
  }

  private static List<String> codes(String cell) {
    List<String> codes = new java.util.ArrayList<>();
    Matcher m = CODE.matcher(cell);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }
}
