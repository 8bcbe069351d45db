package org.homeward.registry.internal;

import org.homeward.registry.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pointer from a merged person's record to the one it was merged into; the record itself stays
 * as it was.
 */
@Repository
public class MergePointers {

  private final JdbcClient jdbc;

  MergePointers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Points {@code duplicate} at {@code survivor}; false when it already points somewhere (a merge
   * decided twice).
   */
  public boolean markMerged(PersonId duplicate, PersonId survivor) {
    return jdbc.sql(
                "UPDATE registry_person SET merged_into = ? WHERE id = ? AND merged_into IS NULL")
            .params(survivor.value(), duplicate.value())
            .update()
        == 1;
  }

  /** Clears the pointer set by {@link #markMerged}; false when it no longer points there. */
  public boolean clearMerged(PersonId duplicate, PersonId survivor) {
    return jdbc.sql(
                "UPDATE registry_person SET merged_into = NULL WHERE id = ? AND merged_into = ?")
            .params(duplicate.value(), survivor.value())
            .update()
        == 1;
  }
}
