package org.homeward.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.homeward.movement.TravelReadiness;
import org.homeward.movement.internal.Fields;
import org.homeward.movement.internal.People;
import org.homeward.movement.readiness.CaseTravels;
import org.homeward.movement.web.MovementJson.CaseTravelResponse;
import org.homeward.movement.web.MovementJson.ReadinessResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/movement")
@Tag(
    name = "Travel readiness",
    description =
        "Whether each member of a household is eligible, documented and fit to travel, as the"
            + " step to READY_FOR_DEPARTURE asks")
class CaseTravelController {

  private final CaseTravels travels;
  private final TravelReadiness readiness;
  private final People people;
  private final Clock clock;

  CaseTravelController(CaseTravels travels, TravelReadiness readiness, People people, Clock clock) {
    this.travels = travels;
    this.readiness = readiness;
    this.people = people;
    this.clock = clock;
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/cases/{caseId}/travel")
  @Operation(
      operationId = "getCaseTravel",
      summary = "The travel of a household today",
      description =
          "Each member's travel documents (movement's, and the passports and laissez-passer"
              + " among their identity documents), the one valid today, their latest fitness"
              + " check and what they still lack to travel (`lacks`: kind ELIGIBLE, DOCUMENTED or"
              + " FIT, a code and a sentence); `ready` when no member lacks anything, which the"
              + " step to READY_FOR_DEPARTURE requires (refused with `not-ready` otherwise). The"
              + " medical details only for a reader with SENSITIVE_READ, audited.")
  CaseTravelResponse travel(@PathVariable String caseId, Actor actor) {
    CaseId id = CaseId.parse(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
    return CaseTravelResponse.of(travels.read(id, actor));
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/people/{personId}/readiness")
  @Operation(
      operationId = "getTravelReadiness",
      summary = "A person's travel document and fitness on a day",
      description =
          "As the flights see it: the travel document valid on `on` (today when left out) and"
              + " its expiry, the latest fitness outcome and the day it holds until, and whether"
              + " a medical escort is needed.")
  ReadinessResponse readiness(
      @PathVariable String personId,
      @Parameter(description = "YYYY-MM-DD; today when left out") @RequestParam(required = false)
          String on,
      Actor actor) {
    actor.require(Permission.MOVEMENT_READ);
    PersonId id = MovementJson.personId(personId);
    people.readable(id, actor);
    LocalDate today = LocalDate.now(clock);
    Violations v = new Violations();
    LocalDate day = Fields.blank(on) ? today : Fields.optionalDate(v, "on", on, today, true);
    v.throwIfAny();
    return ReadinessResponse.of(readiness.of(id, day));
  }
}
