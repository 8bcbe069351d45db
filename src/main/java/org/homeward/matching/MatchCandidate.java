package org.homeward.matching;

/**
 * A record that may be the same person as the one checked.
 *
 * @param probability the model's probability that both are the same person, 0 to 1
 */
public record MatchCandidate(
    String recordId, double probability, Verdict verdict, Explanation explanation) {}
