package org.homeward.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to write to the trail: who did what to which record, why, and which fields changed. Say what
 * happened and add what applies:
 *
 * <pre>{@code
 * AuditRecord.of(actor.username(), "case.disclosed", "case", id)
 *     .inMission(missionCode)
 *     .because(purpose)
 *     .withDetails(Map.of("recipient", recipient))
 * }</pre>
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

  /** Who did what to which record; nothing else yet (no mission, reason, changes or details). */
  public static AuditRecord of(String actor, String action, String subjectType, String subjectId) {
    return new AuditRecord(actor, action, subjectType, subjectId, null, null, List.of(), Map.of());
  }

  /** The same record, held by {@code missionCode} (whose auditors see it). */
  public AuditRecord inMission(String missionCode) {
    return new AuditRecord(
        actor, action, subjectType, subjectId, missionCode, reason, changes, details);
  }

  /** The same record with the reason given. */
  public AuditRecord because(String reason) {
    return new AuditRecord(
        actor, action, subjectType, subjectId, missionCode, reason, changes, details);
  }

  /** The same record with the fields that changed. */
  public AuditRecord withChanges(List<FieldChange> changes) {
    return new AuditRecord(
        actor, action, subjectType, subjectId, missionCode, reason, changes, details);
  }

  /** The same record with anything else worth keeping, such as the status before and after. */
  public AuditRecord withDetails(Map<String, Object> details) {
    return new AuditRecord(
        actor, action, subjectType, subjectId, missionCode, reason, changes, details);
  }
}
