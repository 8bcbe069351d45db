package org.homeward.reintegration.queue;

import java.time.Instant;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;

/**
 * What the host mission learned of a returnee before departure, for the mission that receives them:
 * what they can do, their schooling and work, and what they wish to do at home.
 *
 * @param recordedIn the mission of whoever recorded it
 */
public record Profile(
    PersonId personId,
    CaseId caseId,
    String skills,
    String education,
    String workExperience,
    String wishes,
    String recordedIn,
    long version,
    Instant recordedAt,
    String recordedBy) {}
