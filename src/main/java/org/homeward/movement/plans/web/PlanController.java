package org.homeward.movement.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import org.homeward.movement.FlightId;
import org.homeward.movement.plans.Plan;
import org.homeward.movement.plans.PlanRequest;
import org.homeward.movement.plans.Plans;
import org.homeward.movement.plans.web.PlanResponses.PlanResponse;
import org.homeward.movement.plans.web.PlanResponses.PlanSummaryResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.web.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/movement/plans")
@Tag(
    name = "Flight plans",
    description =
        "The planner's proposals for the mission's open flights: households on flights or left out"
            + " with the reason, pins, re-solving after a change, confirmation into bookings")
class PlanController {

  private final Plans plans;
  private final PlanViews views;

  PlanController(Plans plans, PlanViews views) {
    this.plans = plans;
    this.views = views;
  }

  /** Which flights to plan; every field optional. */
  record ProposeRequest(String destination, String from, String to) {}

  /** The flight to pin a household on: one of the plan's. */
  record PinRequest(Long flightId) {}

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping
  @Operation(
      operationId = "proposePlan",
      summary = "Propose a flight plan",
      description =
          "{\"destination\":\"CMR\",\"from\":\"2026-09-01\",\"to\":\"2026-09-30\"}, every field"
              + " optional: the mission's flights PLANNED or CONFIRMED that have not left, to that"
              + " country of return (all when absent), leaving from `from` (today) to `to` (30 days"
              + " on, at most 180 days ahead), with their seats less those already booked; the"
              + " planner fills them with the mission's households READY_FOR_DEPARTURE returning"
              + " where one of them goes, the most value first (priority weight × people), families"
              + " together, travel documents and fitness valid on the day. Every household is on a"
              + " flight or left out with the reason. No such flight: `no-flights-to-plan`. The"
              + " plan starts PROPOSED at revision 1; nothing is booked until it is confirmed.")
  @ApiResponse(responseCode = "201", description = "Proposed: Location names it, ETag its revision")
  ResponseEntity<PlanResponse> propose(
      @RequestBody(required = false) ProposeRequest request, Actor actor) throws ConflictException {
    ProposeRequest asked = request == null ? new ProposeRequest(null, null, null) : request;
    Plan plan =
        plans.propose(new PlanRequest(asked.destination(), asked.from(), asked.to()), actor);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/movement/plans/" + plan.id()))
        .eTag(ETags.of(plan.revision()))
        .body(views.response(plan, actor));
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping
  @Operation(
      operationId = "listPlans",
      summary = "The flight plans you see",
      description =
          "The latest 100 plans of your mission, newest first: their scope, status, revision and"
              + " how many households and people they put on how many flights.")
  List<PlanSummaryResponse> list(Actor actor) {
    return plans.list(actor).stream().map(PlanSummaryResponse::of).toList();
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/{id}")
  @Operation(
      operationId = "getPlan",
      summary = "One flight plan",
      description =
          "Each flight with its households (case number, people, seats, value, pinned) and its"
              + " seats used of those free; the households left out with the reason; the value"
              + " and delay cost of the last solve; what the last re-solve changed. ETag: its"
              + " revision, which every change moves.")
  ResponseEntity<PlanResponse> get(@PathVariable String id, Actor actor) {
    Plan plan = plans.get(PlanViews.planId(id), actor);
    return ResponseEntity.ok().eTag(ETags.of(plan.revision())).body(views.response(plan, actor));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PutMapping("/{id}/pins/{caseId}")
  @Operation(
      operationId = "pinHousehold",
      summary = "Pin a household to a flight",
      description =
          "{\"flightId\":12}: one of the plan's flights, where the household is or another; a"
              + " re-solve keeps it there. Send the ETag you read in If-Match (412 when the plan"
              + " changed since, 428 without it). A pin that breaks a hard rule (the flight goes"
              + " elsewhere, a travel document or fitness certificate not valid on the day, the"
              + " household too large for it, the pins on it needing more seats than it has) is"
              + " `pin-refused`, naming the household and the rule; nothing is stored. A flight"
              + " not of the plan: `unknown-flight` on flightId.")
  ResponseEntity<PlanResponse> pin(
      @PathVariable String id,
      @PathVariable String caseId,
      @RequestHeader("If-Match") String ifMatch,
      @RequestBody PinRequest request,
      Actor actor)
      throws ConflictException {
    if (request.flightId() == null) {
      throw InvalidInputException.of("flightId", "required", "the flight to pin it on");
    }
    FlightId flight =
        FlightId.parse(String.valueOf(request.flightId()))
            .orElseThrow(() ->
                InvalidInputException.of(
                    "flightId", "unknown-flight", "not one of the plan's flights"));
    Plan plan =
        plans.pin(PlanViews.planId(id), revision(ifMatch), PlanViews.caseId(caseId), flight, actor);
    return ResponseEntity.ok().eTag(ETags.of(plan.revision())).body(views.response(plan, actor));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @DeleteMapping("/{id}/pins/{caseId}")
  @Operation(
      operationId = "unpinHousehold",
      summary = "Take a household's pin off",
      description =
          "The household stays where it is until the plan is re-solved, which may then move it."
              + " Send the ETag you read in If-Match (412 when the plan changed since, 428"
              + " without it). A household not pinned is left as it is.")
  ResponseEntity<PlanResponse> unpin(
      @PathVariable String id,
      @PathVariable String caseId,
      @RequestHeader("If-Match") String ifMatch,
      Actor actor)
      throws ConflictException {
    Plan plan =
        plans.unpin(PlanViews.planId(id), revision(ifMatch), PlanViews.caseId(caseId), actor);
    return ResponseEntity.ok().eTag(ETags.of(plan.revision())).body(views.response(plan, actor));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/{id}/resolve")
  @Operation(
      operationId = "resolvePlan",
      summary = "Re-solve a plan over today's data",
      description =
          "The plan solved again with its flights and ready households as they are now (a new"
              + " ready household joins, a cancelled flight drops out, the seats a no-show freed"
              + " are free again): every pin that still holds is kept, then the most value is"
              + " placed, moving as few households of the current plan as can be; `lastChange`"
              + " says how many moved, joined, dropped and how many pins no longer held. A new"
              + " revision. No flight of its scope open any more: `no-flights-to-plan`. An"
              + " If-Match that names an older revision gets 412.")
  ResponseEntity<PlanResponse> resolve(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor)
      throws ConflictException {
    Plan plan = plans.resolve(PlanViews.planId(id), revision(ifMatch), actor);
    return ResponseEntity.ok().eTag(ETags.of(plan.revision())).body(views.response(plan, actor));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/{id}/confirm")
  @Operation(
      operationId = "confirmPlan",
      summary = "Confirm a plan: book its households",
      description =
          "In one transaction, every household of the plan is booked on its flight with its"
              + " members' medical escorts, and its case moves READY_FOR_DEPARTURE → BOOKED; the"
              + " plan becomes CONFIRMED. Any refusal (`booking-refused` with every refusal of the"
              + " flight, `transition-refused`, `illegal-transition`; each names the household,"
              + " and `flightId` the flight) undoes it all: nothing is booked. Send the ETag you"
              + " read in If-Match (412 when the plan changed since, 428 without it).")
  ResponseEntity<PlanResponse> confirm(
      @PathVariable String id, @RequestHeader("If-Match") String ifMatch, Actor actor)
      throws ConflictException {
    Plan plan = plans.confirm(PlanViews.planId(id), revision(ifMatch), actor);
    return ResponseEntity.ok().eTag(ETags.of(plan.revision())).body(views.response(plan, actor));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/{id}/discard")
  @Operation(
      operationId = "discardPlan",
      summary = "Discard a plan",
      description =
          "The plan is given up: nothing is booked and it no longer changes (`plan-closed`"
              + " after). An If-Match that names an older revision gets 412.")
  ResponseEntity<PlanResponse> discard(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor)
      throws ConflictException {
    Plan plan = plans.discard(PlanViews.planId(id), revision(ifMatch), actor);
    return ResponseEntity.ok().eTag(ETags.of(plan.revision())).body(views.response(plan, actor));
  }

  /** The revision an If-Match names; {@code *} (or none) names the current one. */
  static Integer revision(String ifMatch) {
    OptionalLong version = ETags.version(ifMatch);
    if (version.isEmpty()) {
      return null;
    }
    long v = version.getAsLong();
    // a tag we never issued names no revision: the client's copy is stale
    return v < 1 || v > Integer.MAX_VALUE ? 0 : (int) v;
  }
}
