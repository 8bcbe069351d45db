package org.homeward.movement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.movement.internal.People;
import org.homeward.movement.readiness.MemberReadiness;
import org.homeward.movement.readiness.Readiness;
import org.homeward.movement.readiness.ReadinessRules;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.registry.RegisteredPerson;
import org.homeward.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the flights and their planner ask of travel documents and fitness: for a person, or every
 * member of a household, on a day (a flight's date), the valid travel document and the day it
 * expires, the latest fitness outcome and the day it holds until, and whether a medical escort
 * travels with them. A document or check recorded after the question was asked changes the answer:
 * ask again before confirming a manifest.
 *
 * <p>For the modules that work the case: the caller has checked the actor's right to it. The
 * medical details are never part of the answer.
 */
@Service
public class TravelReadiness {

  private final People people;
  private final Readiness readiness;

  TravelReadiness(People people, Readiness readiness) {
    this.people = people;
    this.readiness = readiness;
  }

  /** The person on {@code day}; not found for a person the registry does not hold. */
  @Transactional(readOnly = true)
  public PersonReadiness of(PersonId person, LocalDate day) {
    RegisteredPerson p =
        people.find(person).orElseThrow(() -> new NotFoundException("person", person));
    return readiness
        .of(p.caseId(), List.of(ReadinessRules.Member.of(p)), false, day)
        .getFirst()
        .readiness();
  }

  /**
   * Every member of the household on {@code day}, in their order in it; not found for a case the
   * registry does not hold.
   */
  @Transactional(readOnly = true)
  public Map<PersonId, PersonReadiness> ofCase(CaseId caseId, LocalDate day) {
    List<RegisteredPerson> members = people.membersOf(caseId);
    Map<PersonId, PersonReadiness> result = new LinkedHashMap<>();
    for (MemberReadiness m :
        readiness.of(
            caseId, members.stream().map(ReadinessRules.Member::of).toList(), false, day)) {
      result.put(m.readiness().personId(), m.readiness());
    }
    return result;
  }
}
