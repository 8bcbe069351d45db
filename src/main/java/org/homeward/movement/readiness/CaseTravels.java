package org.homeward.movement.readiness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.homeward.movement.documents.TravelDocument;
import org.homeward.movement.fitness.FitnessCheck;
import org.homeward.movement.fitness.FitnessChecks;
import org.homeward.movement.internal.FitnessCheckRows;
import org.homeward.movement.internal.People;
import org.homeward.movement.internal.TravelDocumentRows;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.PersonId;
import org.homeward.registry.RegisteredPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the travel of a household ({@link CaseTravel}) as the actor may see it. */
@Service
public class CaseTravels {

  private final People people;
  private final TravelDocumentRows documents;
  private final FitnessCheckRows checks;
  private final FitnessChecks fitness;
  private final Readiness readiness;
  private final Clock clock;

  CaseTravels(
      People people,
      TravelDocumentRows documents,
      FitnessCheckRows checks,
      FitnessChecks fitness,
      Readiness readiness,
      Clock clock) {
    this.people = people;
    this.documents = documents;
    this.checks = checks;
    this.fitness = fitness;
    this.readiness = readiness;
    this.clock = clock;
  }

  /**
   * The household's travel today, if the actor may open the case (else not found); the medical
   * details only for a reader with a need to know them, and that read is audited.
   */
  @Transactional
  public CaseTravel read(CaseId caseId, Actor actor) {
    actor.require(Permission.MOVEMENT_READ);
    List<RegisteredPerson> members = people.membersOf(caseId, actor);
    RegisteredPerson first = members.getFirst();
    LocalDate today = LocalDate.now(clock);
    boolean sensitive = people.seesSensitive(actor, first);
    List<PersonId> ids = members.stream().map(RegisteredPerson::personId).toList();
    List<TravelDocument> held = documents.ofPeople(ids);
    List<FitnessCheck> found = checks.ofPeople(ids, sensitive);
    List<MemberReadiness> ready =
        Readiness.of(
            members.stream().map(ReadinessRules.Member::of).toList(),
            held,
            found,
            first.status() == CaseStatus.NO_SHOW ? null : readiness.coverage(caseId),
            today);
    if (sensitive) {
      fitness.auditRead(actor, first, found);
    }
    Map<PersonId, List<TravelDocument>> documentsOf =
        held.stream().collect(Collectors.groupingBy(TravelDocument::personId));
    Map<PersonId, List<FitnessCheck>> checksOf =
        found.stream().collect(Collectors.groupingBy(FitnessCheck::personId));
    List<CaseTravel.Member> shown = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      RegisteredPerson p = members.get(i);
      shown.add(
          new CaseTravel.Member(
              p,
              documentsOf.getOrDefault(p.personId(), List.of()),
              checksOf.getOrDefault(p.personId(), List.of()),
              ready.get(i)));
    }
    return new CaseTravel(
        caseId,
        first.caseNumber(),
        first.status(),
        first.holding().destinationCountry(),
        today,
        shown,
        sensitive && found.stream().anyMatch(FitnessCheck::hasDetails));
  }
}
