package org.homeward.reintegration;

import java.time.Instant;
import java.time.LocalDate;
import org.homeward.registry.CaseId;

/**
 * A case that arrived is now in the queue of the mission of its country of return, which receives
 * and reintegrates it.
 */
public record ReintegrationCaseOpened(
    CaseId caseId,
    String caseNumber,
    String originMission,
    String destinationCountry,
    LocalDate arrivedOn,
    Instant at) {}
