package org.homeward.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A written entry of the trail, in the order it was written. */
public record AuditEntry(
    long sequence,
    Instant at,
    String actor,
    String action,
    String subjectType,
    String subjectId,
    String missionCode,
    String reason,
    List<FieldChange> changes,
    Map<String, Object> details) {}
