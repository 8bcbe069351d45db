package org.homeward.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to write to the trail: who did what to which record, why, and which fields changed.
 *
 * @param subjectType the kind of record, e.g. {@code case}
 * @param action a stable verb, e.g. {@code case.registered}, {@code case.transitioned}
 * @param details anything else worth keeping, such as the status before and after
 */
public record AuditRecord(
    String actor,
    String action,
    String subjectType,
    String subjectId,
    String missionCode,
    String reason,
    List<FieldChange> changes,
    Map<String, Object> details) {

  public AuditRecord {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    changes = changes == null ? List.of() : List.copyOf(changes);
    details = details == null ? Map.of() : Map.copyOf(details);
  }
}
