package org.homeward.matching;

import org.homeward.registry.PersonId;
import org.homeward.registry.PersonIdentity;

/**
 * What a merge did: which record survived with which identity, and the identities it started from,
 * kept whole so that undoing it restores every value.
 */
public record MergeOutcome(
    long id,
    long reviewId,
    PersonId survivor,
    PersonId duplicate,
    PersonIdentity survivorBefore,
    PersonIdentity duplicateIdentity,
    PersonIdentity merged,
    boolean undone) {}
