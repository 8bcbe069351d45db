/**
 * Duplicate detection: finds people registered more than once (another office, another spelling, a
 * new phone, only a birth year) and lets a reviewer decide, because a wrong merge is worse than a
 * missed one.
 *
 * <p>The engine ({@code engine}, free of Spring) scores pairs with a Fellegi–Sunter model fitted by
 * expectation–maximisation and explains every score field by field; the {@code match} command
 * ({@link org.homeward.matching.MatchCommand}) runs it over a file. In the application the module
 * keeps an index of the registry's people, read through the registry's {@link
 * org.homeward.registry.CaseQueries} (merges go through {@link
 * org.homeward.registry.PeopleDirectory}), and publishes {@link org.homeward.matching.Matching}:
 * checking a person before registering them, the possible duplicates of a case, the review queue
 * (merge with a surviving value per field, undo a merge, or "not the same person", never proposed
 * again) and runs over the whole registry that fill the queue, on demand or nightly. It screens
 * every new registration by listening to {@link org.homeward.registry.CaseRegistered}. Every
 * decision is written to the audit trail; merges go through the registry, which keeps both records.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Matching",
    allowedDependencies = {"shared", "organisation", "audit", "registry"})
package org.homeward.matching;
