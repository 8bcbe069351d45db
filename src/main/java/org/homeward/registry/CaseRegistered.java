package org.homeward.registry;

import java.time.Instant;

/** A household was registered and asks to go home. */
public record CaseRegistered(
    CaseId caseId, String caseNumber, String missionCode, Instant registeredAt) {}
