package org.homeward.audit;

/**
 * The result of recomputing the audit chain.
 *
 * @param intact every entry is sealed in the chain, once, matches its hash, and the chain has
 *     neither a gap nor an entry missing
 * @param entries how many entries the trail holds
 * @param firstBrokenSequence the first entry that does not match, or that follows a missing one,
 *     when one does not
 * @param lastHash the hash at the head of the chain: noting it elsewhere (a report, a ticket) lets
 *     a later check prove that no entry was removed from the end either
 * @param problem what was found first: {@code changed} (an entry no longer matches its hash),
 *     {@code reordered} (an entry matches the hash of another place in the chain), {@code removed}
 *     (the chain, or a note of a committed entry, names an entry that is gone), {@code gap} (a
 *     position is missing), {@code inserted} (an entry that never came through the trail); {@code
 *     null} when intact
 * @param brokenPosition the position in the chain where it breaks, when it does there
 * @param pending entries committed but not yet sealed when the check ran (normally none: the check
 *     seals first)
 */
public record ChainVerification(
    boolean intact,
    long entries,
    Long firstBrokenSequence,
    String lastHash,
    String problem,
    Long brokenPosition,
    long pending) {}
