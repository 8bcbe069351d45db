package org.homeward.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The permission matrix in docs/access.md is the one the code applies. */
class AccessDocumentationTest {

  @Test
  void theDocumentedMatrixIsTheAppliedOne() throws IOException {
    String doc = Files.readString(Path.of("docs", "access.md"));
    String table =
        doc.substring(doc.indexOf("<!-- matrix:start -->"), doc.indexOf("<!-- matrix:end -->"));
    List<String> lines = table.lines().filter(l -> l.startsWith("|")).toList();
    List<Role> columns = new ArrayList<>();
    for (String cell : cells(lines.getFirst()).subList(1, cells(lines.getFirst()).size())) {
      columns.add(Role.valueOf(cell));
    }
    assertThat(columns).containsExactlyInAnyOrder(Role.values());
    Set<Permission> documented = EnumSet.noneOf(Permission.class);
    for (String line : lines.subList(2, lines.size())) {
      List<String> cells = cells(line);
      Permission permission = Permission.valueOf(cells.getFirst());
      documented.add(permission);
      for (int i = 0; i < columns.size(); i++) {
        assertThat(cells.get(i + 1).equals("x"))
            .as(permission + " for " + columns.get(i))
            .isEqualTo(PermissionMatrix.of(columns.get(i)).contains(permission));
      }
    }
    assertThat(documented).containsExactlyInAnyOrder(Permission.values());
  }

  private static List<String> cells(String line) {
    String inner = line.strip().substring(1, line.strip().length() - 1);
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }
}
