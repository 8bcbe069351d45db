package org.homeward.audit;

/**
 * The result of recomputing the audit chain.
 *
 * @param intact every entry links to the one before and matches its own hash
 * @param firstBrokenSequence the first entry that does not, when one does not
 * @param lastHash the newest entry's hash: noting it elsewhere (a report, a ticket) lets a later
 *     check prove that no entry was removed from the end either
 */
public record ChainVerification(
    boolean intact, long entries, Long firstBrokenSequence, String lastHash) {}
