package org.homeward.movement.retention;

import java.util.Map;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.movement.flights.internal.FlightStore;
import org.homeward.movement.internal.FitnessCheckRows;
import org.homeward.movement.internal.TravelDocumentRows;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseAnonymised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Retention: once the registry has anonymised a closed case ({@link CaseAnonymised}), movement
 * erases, for good, the personal data it keeps of the case's members: the numbers of their travel
 * documents, the sealed medical details of their fitness checks, and the free text of the case's
 * bookings (why the household did not show, why it was taken off). What statistics need stays: the
 * documents' types, statuses and dates, the fitness outcomes and their dates, the bookings with
 * their seats and statuses and the passengers with where they stood on departure day. Names and
 * dates of birth were never copied here (a manifest reads them from the registry, which has erased
 * them). Running it again changes nothing.
 */
@Component
class ErasedWithTheCase {

  private final TravelDocumentRows documents;
  private final FitnessCheckRows fitness;
  private final FlightStore flights;
  private final AuditTrail audit;

  ErasedWithTheCase(
      TravelDocumentRows documents,
      FitnessCheckRows fitness,
      FlightStore flights,
      AuditTrail audit) {
    this.documents = documents;
    this.fitness = fitness;
    this.flights = flights;
    this.audit = audit;
  }

  @ApplicationModuleListener
  void on(CaseAnonymised anonymised) {
    int numbers = documents.eraseNumbersOf(anonymised.caseId());
    int details = fitness.eraseDetailsOf(anonymised.caseId());
    int reasons = flights.eraseReasonsOf(anonymised.caseId());
    if (numbers + details + reasons == 0) {
      return;
    }
    audit.record(
        AuditRecord.of(
                Actor.SYSTEM_USERNAME,
                "movement.case-anonymised",
                "case",
                anonymised.caseId().toString())
            .inMission(anonymised.missionCode())
            .withDetails(
                Map.of(
                    "retentionRun", anonymised.retentionRun().toString(),
                    "travelDocumentNumbers", numbers,
                    "fitnessDetails", details,
                    "bookingReasons", reasons)));
  }
}
