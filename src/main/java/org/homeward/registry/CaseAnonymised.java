package org.homeward.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * The retention period of a closed case ran out and the registry erased its personal data (see
 * {@link Retention}): a module that keeps personal data of the case's members (travel document
 * numbers, medical details) erases its own, keeping what statistics need.
 *
 * @param retentionRun the anonymisation run that erased it
 */
public record CaseAnonymised(CaseId caseId, String missionCode, UUID retentionRun, Instant at) {}
