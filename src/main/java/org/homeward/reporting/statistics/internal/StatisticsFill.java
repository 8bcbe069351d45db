package org.homeward.reporting.statistics.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.homeward.registry.CaseFigures;
import org.homeward.registry.CaseFigures.Traveller;
import org.homeward.registry.CaseStatus;
import org.homeward.reporting.statistics.AgeGroup;
import org.homeward.reporting.statistics.Measure;
import org.homeward.reporting.statistics.PublicStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Fills the public statistics once, for a database whose registry held cases before reporting
 * counted them: every case that has left (DEPARTED, ARRIVED, IN_REINTEGRATION) counts its members
 * as returned on the day its status last changed, and a case in reintegration counts them as
 * reintegrated on that day too. Closed cases are not counted by the fill: a closed case may never
 * have left. It reads the registry a page of households at a time and counts each page in one
 * statement per measure, so a million cases need little memory and a few minutes; it runs beside
 * the event listeners, which count nobody twice.
 */
@Component
class StatisticsFill {

  private static final Logger log = LoggerFactory.getLogger(StatisticsFill.class);

  /** How often a page is tried when it meets a deadlock with an event being counted. */
  private static final int TRIES = 3;

  private final CaseFigures figures;
  private final Returnees returnees;
  private final PublicStatistics statistics;
  private final ZoneId zone;

  StatisticsFill(
      CaseFigures figures,
      Returnees returnees,
      PublicStatistics statistics,
      @Value("${homeward.web.time-zone:Africa/Casablanca}") String zone) {
    this.figures = figures;
    this.returnees = returnees;
    this.statistics = statistics;
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
    long started = System.nanoTime();
    long[] people = {0};
    try {
      figures.forEachTravellerIn(
          EnumSet.of(CaseStatus.DEPARTED, CaseStatus.ARRIVED, CaseStatus.IN_REINTEGRATION),
          page -> {
            List<Returnees.Counted> returned = new ArrayList<>(page.size());
            List<Returnees.Counted> reintegrated = new ArrayList<>();
            for (Traveller t : page) {
              Returnees.Counted c = counted(t);
              returned.add(c);
              if (t.status() == CaseStatus.IN_REINTEGRATION) {
                reintegrated.add(c);
              }
            }
            count(Measure.RETURNED, returned);
            count(Measure.REINTEGRATED, reintegrated);
            statistics.changed();
            people[0] += page.size();
          });
      returnees.markFilled();
      log.info(
          "public statistics filled from {} people of cases that have left, in {} ms",
          people[0],
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      log.warn("public statistics not filled, tried again at the next start", e);
    }
  }

  private void count(Measure measure, List<Returnees.Counted> people) {
    for (int tried = 1; ; tried++) {
      try {
        returnees.countAll(measure, people);
        return;
      } catch (TransientDataAccessException deadlockOrTimeout) {
        if (tried == TRIES) {
          throw deadlockOrTimeout;
        }
      }
    }
  }

  private Returnees.Counted counted(Traveller t) {
    LocalDate on = LocalDate.ofInstant(t.statusChangedAt(), zone);
    String country = t.nationality() == null || t.nationality().isBlank() ? "XXX" : t.nationality();
    return new Returnees.Counted(
        t.personId().value(),
        t.caseId().value(),
        t.missionCode(),
        country,
        t.sex() == null ? "X" : t.sex().name(),
        AgeGroup.of(t.dateOfBirth(), on),
        on);
  }
}
