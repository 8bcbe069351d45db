package org.homeward.registry;

import java.time.Instant;

/** A case moved from one status to another, by {@code actor}, for {@code reason}. */
public record CaseStatusChanged(
    CaseId caseId,
    String missionCode,
    CaseStatus from,
    CaseStatus to,
    String reason,
    String actor,
    Instant at) {}
