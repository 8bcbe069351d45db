package org.homeward.reporting.statistics.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.homeward.movement.FlightDeparted;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseQueries;
import org.homeward.registry.CaseUpdated;
import org.homeward.registry.RegisteredPerson;
import org.homeward.reintegration.ReintegrationPlanApproved;
import org.homeward.reporting.statistics.AgeGroup;
import org.homeward.reporting.statistics.Measure;
import org.homeward.reporting.statistics.PublicStatistics;
import org.homeward.shared.NotFoundException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the public statistics current: a household that leaves on a flight counts its members as
 * returned, in their age group on the day they left; a person who joins a household that already
 * left counts too; the beneficiaries of an approved reintegration plan count as reintegrated. The
 * members are read from the registry as the system sees them, once, when the event arrives: their
 * names and dates of birth are not kept.
 */
@Component
public class ReturnsCounted {

  private static final Actor SYSTEM = Actor.system();

  private final CaseQueries registry;
  private final Returnees returnees;
  private final PublicStatistics statistics;

  ReturnsCounted(CaseQueries registry, Returnees returnees, PublicStatistics statistics) {
    this.registry = registry;
    this.returnees = returnees;
    this.statistics = statistics;
  }

  // Every case's members in one order (by person id), so that two transactions counting the same
  // people take their rows' locks in the same order and never wait for each other in a circle.
  @ApplicationModuleListener
  void on(FlightDeparted departed) {
    for (CaseId c : departed.cases().stream().sorted(BY_ID).toList()) {
      returned(c, departed.departedOn());
    }
  }

  private static final Comparator<CaseId> BY_ID = Comparator.comparing(CaseId::value);

  @ApplicationModuleListener
  void on(CaseUpdated updated) {
    if (updated.membersAdded().isEmpty()) {
      return;
    }
    returnees.returnedOn(updated.caseId().value()).ifPresent(on -> returned(updated.caseId(), on));
  }

  @ApplicationModuleListener
  void on(ReintegrationPlanApproved approved) {
    count(
        Measure.REINTEGRATED,
        approved.beneficiaries().stream()
            .flatMap(id -> registry.findPerson(id, SYSTEM).stream())
            .toList(),
        approved.approvedOn());
  }

  /** Counts every member of the case as returned on {@code on}. */
  private void returned(CaseId caseId, LocalDate on) {
    count(Measure.RETURNED, membersOf(caseId), on);
  }

  private List<RegisteredPerson> membersOf(CaseId caseId) {
    try {
      return registry.membersOf(caseId, SYSTEM);
    } catch (NotFoundException gone) {
      return List.of();
    }
  }

  // People in one order (by person id), so that two transactions counting the same people take
  // their rows' locks in the same order and never wait for each other in a circle.
  private void count(Measure measure, List<RegisteredPerson> people, LocalDate on) {
    boolean any = false;
    for (RegisteredPerson p :
        people.stream().sorted(Comparator.comparing(m -> m.personId().value())).toList()) {
      if (p.mergedInto() == null) {
        any |=
            returnees.count(
                measure,
                p.personId().value(),
                p.caseId().value(),
                p.holding().missionCode(),
                country(p),
                sex(p),
                AgeGroup.of(p.identity().dateOfBirth(), on),
                on);
      }
    }
    if (any) {
      statistics.changed();
    }
  }

  /** The country of origin: the nationality, {@code XXX} (unspecified) when there is none. */
  private static String country(RegisteredPerson p) {
    String n = p.identity().nationality();
    return n == null || n.isBlank() ? "XXX" : n;
  }

  private static String sex(RegisteredPerson p) {
    return p.identity().sex() == null ? "X" : p.identity().sex().name();
  }
}
