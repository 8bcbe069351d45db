package org.homeward.matching;

import java.time.Instant;

/**
 * The administrator's extra name variants in force, besides the shipped table.
 *
 * @param version 0 before the first save; every save adds one
 * @param text the extra groups, in the shipped file's format; empty before the first save
 * @param savedBy who saved this version ({@code null} before the first save)
 * @param shippedGroups how many groups the table shipped with Homeward holds
 * @param extraGroups how many groups {@code text} holds
 */
public record NameVariantTable(
    long version,
    String text,
    String savedBy,
    Instant savedAt,
    int shippedGroups,
    int extraGroups) {}
