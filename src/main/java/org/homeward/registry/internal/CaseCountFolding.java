package org.homeward.registry.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every change of the cases adds rows of differences to the counts by status; folding them from
 * time to time keeps the counts a few hundred rows to read. The counts are exact whether folded or
 * not.
 */
@Component
class CaseCountFolding {

  private final CaseCounts counts;

  CaseCountFolding(CaseCounts counts) {
    this.counts = counts;
  }

  @Scheduled(
      initialDelayString = "${homeward.registry.count-folding:PT30S}",
      fixedDelayString = "${homeward.registry.count-folding:PT30S}")
  void fold() {
    counts.fold();
  }
}
