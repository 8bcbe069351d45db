package org.homeward.registry;

import org.homeward.organisation.Holding;

/**
 * One member of a registered household, as other modules see it when they look for a person (not a
 * case): who they are, which case holds them and under which access rules.
 *
 * @param mergedInto the person this record was found to duplicate and merged into; {@code null}
 *     while it stands on its own
 */
public record RegisteredPerson(
    PersonId personId,
    CaseId caseId,
    String caseNumber,
    Holding holding,
    CaseStatus status,
    PersonIdentity identity,
    PersonId mergedInto) {}
