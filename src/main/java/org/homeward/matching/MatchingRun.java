package org.homeward.matching;

import java.time.Instant;

/**
 * A search of the whole registry for duplicates: how far it got and what it found. A stopped run
 * resumes where it stopped when a run is started again.
 *
 * @param total people to go through; {@code done} of them are compared with all after them
 */
public record MatchingRun(
    long id,
    RunStatus status,
    int total,
    int done,
    int pairsFound,
    String startedBy,
    Instant startedAt,
    Instant updatedAt,
    Instant finishedAt) {

  /** Progress from 0 to 1, for a progress bar. */
  public double progress() {
    return total == 0 ? (status == RunStatus.COMPLETED ? 1 : 0) : (double) done / total;
  }
}
