package org.homeward.reintegration;

import java.time.Instant;
import org.homeward.registry.CaseId;

/**
 * The last monitoring visit of a returned household was recorded and the mission follows it no
 * further.
 *
 * @param closed whether the case moved IN_REINTEGRATION → CLOSED with it (not when it was still
 *     ARRIVED: the reintegration had not started in the registry)
 */
public record MonitoringCompleted(
    CaseId caseId,
    String caseNumber,
    String destination,
    boolean closed,
    String actor,
    Instant at) {}
