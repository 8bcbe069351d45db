package org.homeward.registry;

import java.time.Instant;

/** The migrant withdrew consent to return; the case is WITHDRAWN. */
public record ConsentWithdrawn(CaseId caseId, String missionCode, String reason, Instant at) {}
