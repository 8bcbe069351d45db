package org.homeward.matching;

import java.time.Instant;
import org.homeward.registry.RegisteredPerson;

/**
 * A pair in the review queue: two registered people who may be one, {@code a} being the one found
 * in the registry when {@code b} was screened.
 *
 * @param foundBy {@code registration} or {@code run <id>}
 * @param mergeId the merge that confirmed the pair, while it stands
 */
public record ReviewItem(
    long id,
    double probability,
    Verdict verdict,
    RegisteredPerson a,
    RegisteredPerson b,
    Explanation explanation,
    ReviewStatus status,
    String foundBy,
    Instant foundAt,
    Long mergeId) {}
