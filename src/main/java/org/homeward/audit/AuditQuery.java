package org.homeward.audit;

import java.time.Instant;

/** A filter on the audit trail; every field is optional. {@code page} counts from 0. */
public record AuditQuery(
    String actor,
    String action,
    String subjectType,
    String subjectId,
    String missionCode,
    Instant from,
    Instant to,
    int page,
    int size) {}
