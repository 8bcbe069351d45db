package org.homeward.matching.engine;

import java.util.List;

/**
 * The engine's knobs, each with a default that suits registrations like Homeward's.
 *
 * @param likelyThreshold probability from which a pair is a likely duplicate
 * @param possibleThreshold probability from which a pair is shown for review
 * @param estimate fit m and u to the data by expectation–maximisation (else use the seeds)
 * @param maxIterations cap on expectation–maximisation rounds
 * @param sampleRecords records whose candidate pairs feed the estimation (bounds its cost)
 * @param largeBlock a name block larger than this compares only records born within {@code
 *     yearSlack} years of each other
 * @param maxScan the most members of one name block a query reads without a birth-year window:
 *     bounds the cost of the largest blocks (the commonest name in the commonest town)
 * @param largeSharedValue a phone or document number shared by more records than this (an office
 *     phone, a placeholder number) is not used to find candidates
 */
public record MatchSettings(
    double likelyThreshold,
    double possibleThreshold,
    boolean estimate,
    int maxIterations,
    int sampleRecords,
    int largeBlock,
    int yearSlack,
    int largeSharedValue,
    int maxScan,
    List<VerdictRule> rules) {

  public MatchSettings {
    if (!(possibleThreshold > 0 && possibleThreshold <= likelyThreshold && likelyThreshold < 1)) {
      throw new IllegalArgumentException("thresholds must satisfy 0 < possible <= likely < 1");
    }
    rules = List.copyOf(rules);
  }

  public static MatchSettings defaults() {
    return new MatchSettings(
        0.7, 0.2, true, 200, 100_000, 48, 3, 30, 300, List.of(VerdictRule.givenNamesDiffer()));
  }

  public MatchSettings withThresholds(double likely, double possible) {
    return new MatchSettings(
        likely,
        possible,
        estimate,
        maxIterations,
        sampleRecords,
        largeBlock,
        yearSlack,
        largeSharedValue,
        maxScan,
        rules);
  }

  public MatchSettings withEstimate(boolean estimate) {
    return new MatchSettings(
        likelyThreshold,
        possibleThreshold,
        estimate,
        maxIterations,
        sampleRecords,
        largeBlock,
        yearSlack,
        largeSharedValue,
        maxScan,
        rules);
  }

  public MatchSettings withRules(List<VerdictRule> rules) {
    return new MatchSettings(
        likelyThreshold,
        possibleThreshold,
        estimate,
        maxIterations,
        sampleRecords,
        largeBlock,
        yearSlack,
        largeSharedValue,
        maxScan,
        rules);
  }
}
