package org.homeward.matching;

import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.registry.PersonIdentity;

/**
 * A registered person who may be the one being checked, with the case that holds them and why the
 * engine thinks so.
 *
 * @param probability the model's probability that both are the same person, 0 to 1
 */
public record PossibleDuplicate(
    PersonId personId,
    CaseId caseId,
    String caseNumber,
    String missionCode,
    PersonIdentity identity,
    double probability,
    Verdict verdict,
    Explanation explanation) {}
