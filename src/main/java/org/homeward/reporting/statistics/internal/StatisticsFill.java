package org.homeward.reporting.statistics.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseSearch;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.CaseSummary;
import org.homeward.registry.Cases;
import org.homeward.registry.ResultPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the public statistics once, for a database whose registry held cases before reporting
 * counted them: every case that has left (DEPARTED, ARRIVED, IN_REINTEGRATION) counts its members
 * as returned on the day its status last changed, and a case in reintegration counts them as
 * reintegrated on that day too. Closed cases are not counted by the fill: a closed case may never
 * have left. It reads the registry a page of 200 cases at a time, so it needs little memory for a
 * million cases, and runs beside the event listeners, which count nobody twice.
 */
@Component
class StatisticsFill {

  private static final Logger log = LoggerFactory.getLogger(StatisticsFill.class);
  private static final Actor SYSTEM = Actor.system();

  private final Cases cases;
  private final Returnees returnees;
  private final ReturnsCounted counted;
  private final ZoneId zone;

  StatisticsFill(
      Cases cases,
      Returnees returnees,
      ReturnsCounted counted,
      @Value("${homeward.web.time-zone:Africa/Casablanca}") String zone) {
    this.cases = cases;
    this.returnees = returnees;
    this.counted = counted;
    this.zone = ZoneId.of(zone);
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    if (returnees.filled()) {
      return;
    }
    Thread.ofVirtual().name("reporting-statistics-fill").start(this::fill);
  }

  void fill() {
    long counted = 0;
    try {
      for (int page = 0; ; page++) {
        ResultPage<CaseSummary> found =
            cases.search(
                new CaseSearch(
                    EnumSet.of(
                        CaseStatus.DEPARTED, CaseStatus.ARRIVED, CaseStatus.IN_REINTEGRATION),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    CaseSearch.SortOrder.CASE_NUMBER,
                    page,
                    CaseSearch.MAX_SIZE),
                SYSTEM);
        for (CaseSummary c : found.items()) {
          LocalDate on = LocalDate.ofInstant(c.statusChangedAt(), zone);
          this.counted.returned(c.id(), on);
          if (c.status() == CaseStatus.IN_REINTEGRATION) {
            this.counted.reintegrated(c.id(), on);
          }
          counted++;
        }
        if (found.items().size() < CaseSearch.MAX_SIZE) {
          break;
        }
      }
      returnees.markFilled();
      log.info("public statistics filled from {} cases that have left", counted);
    } catch (RuntimeException e) {
      log.warn("public statistics not filled, tried again at the next start", e);
    }
  }
}
