package org.homeward.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A retention run: a preview of which closed cases are due for anonymisation, or the anonymisation
 * of those a preview named. Counts only what it needs to, never a name.
 *
 * @param closedBefore cases closed before this instant are due
 * @param previewId for an anonymisation, the preview it carried out
 */
public record RetentionReport(
    UUID id,
    Kind kind,
    Instant at,
    String actor,
    Instant closedBefore,
    List<String> caseNumbers,
    int people,
    Map<String, Integer> byNationality,
    UUID previewId) {

  public RetentionReport {
    caseNumbers = List.copyOf(caseNumbers);
    byNationality = Map.copyOf(byNationality);
  }

  public enum Kind {
    PREVIEW,
    ANONYMISATION
  }
}
