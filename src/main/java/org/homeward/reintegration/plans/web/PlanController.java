package org.homeward.reintegration.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reintegration.approvals.Approvals;
import org.homeward.reintegration.plans.Plan;
import org.homeward.reintegration.plans.Plans;
import org.homeward.reintegration.plans.web.PlanJson.PlanRequest;
import org.homeward.reintegration.plans.web.PlanJson.PlanResponse;
import org.homeward.reintegration.plans.web.PlanJson.ReasonRequest;
import org.homeward.reintegration.web.Json;
import org.homeward.shared.ConflictException;
import org.homeward.shared.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController("reintegrationPlanController")
@RequestMapping("/api/v1/reintegration")
@Tag(
    name = "Reintegration plans",
    description =
        "Plans agreed with returnees (a microbusiness, a vocational training, education,"
            + " medical, housing, psychosocial, or a collective project), their budget within"
            + " the cap of the project paying for them, and their approval")
class PlanController {

  private final Plans plans;
  private final Approvals approvals;

  PlanController(Plans plans, Approvals approvals) {
    this.plans = plans;
    this.approvals = approvals;
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/cases/{caseId}/plans")
  @Operation(
      operationId = "listCasePlans",
      summary = "The plans of a household's returnees",
      description = "Every plan with a beneficiary in the case, oldest first, cancelled ones too.")
  List<PlanResponse> ofCase(@PathVariable String caseId, Actor actor) {
    return plans.ofCase(Json.caseId(caseId), actor).stream().map(this::response).toList();
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/cases/{caseId}/plans")
  @Operation(
      operationId = "draftPlan",
      summary = "Draft a plan with a returnee",
      description =
          "{\"type\":\"MICROBUSINESS\",\"beneficiaries\":[\"<personId>\"],\"agreedOn\":\"…\","
              + "\"sector\":\"Garments\",\"activity\":\"Tailoring\",\"location\":\"Douala\","
              + "\"expectedMonthlyIncome\":\"90000\",\"expectedIncomeCurrency\":\"XAF\","
              + "\"businessPlan\":\"…\",\"items\":[{\"description\":\"Sewing machine\","
              + "\"amount\":\"120000\",\"currency\":\"XAF\"}]}. `beneficiaries` left out: the"
              + " whole household; a COLLECTIVE project names two returnees or more, of any case"
              + " your mission received. A VOCATIONAL_TRAINING names a `provider` (or"
              + " `providerPartnerId`), a `course`, `durationWeeks` and its `trainingCost`;"
              + " every other type a `description`. Each beneficiary's cap comes from the"
              + " project paying for their case (`no-commitment` when none does); items (and"
              + " course fees) in another currency are converted to the project's at funding's"
              + " rate of `pricedOn` (today when left out; `exchange-rate-missing` when no rate"
              + " holds). A returnee is in one plan at a time (`already-in-a-plan`).")
  @ApiResponse(responseCode = "201", description = "Drafted")
  ResponseEntity<PlanResponse> draft(
      @PathVariable String caseId, @RequestBody PlanRequest request, Actor actor)
      throws ConflictException {
    Plan plan = plans.draft(Json.caseId(caseId), request.details(), actor);
    return ResponseEntity.created(URI.create("/api/v1/reintegration/plans/" + plan.id()))
        .eTag(ETags.of(plan.version()))
        .body(response(plan));
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/plans/{id}")
  @Operation(
      operationId = "getReintegrationPlan",
      summary = "One plan",
      description =
          "Its beneficiaries and their caps, its items converted to the project's currency, its"
              + " total against its cap, its status and its approvals.")
  ResponseEntity<PlanResponse> get(@PathVariable String id, Actor actor) {
    Plan plan = plans.get(Json.planId(id), actor);
    return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(response(plan));
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PutMapping("/plans/{id}")
  @Operation(
      operationId = "changePlan",
      summary = "Change a draft plan",
      description =
          "The whole plan again, as when drafted; only a DRAFT changes (`plan-status`). An"
              + " If-Match naming an older version gets 412.")
  ResponseEntity<PlanResponse> change(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PlanRequest request,
      Actor actor)
      throws ConflictException {
    OptionalLong expected = ETags.version(ifMatch);
    Plan plan =
        plans.change(
            Json.planId(id),
            expected.isPresent() ? expected.getAsLong() : null,
            request.details(),
            actor);
    return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(response(plan));
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/plans/{id}/submission")
  @Operation(
      operationId = "submitPlan",
      summary = "Submit a draft plan",
      description =
          "Needs the day the returnee agreed to it (`agreedOn`) and a budget. Within its cap the"
              + " plan is APPROVED at once: its cases move ARRIVED → IN_REINTEGRATION and"
              + " ReintegrationPlanApproved is published. Above its cap it is AWAITING_APPROVAL:"
              + " a second person with REINTEGRATION_APPROVE decides it (decideApproval), never"
              + " the one who submitted it.")
  ResponseEntity<PlanResponse> submit(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor)
      throws ConflictException {
    OptionalLong expected = ETags.version(ifMatch);
    Plan plan =
        plans.submit(Json.planId(id), expected.isPresent() ? expected.getAsLong() : null, actor);
    return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(response(plan));
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/plans/{id}/cancellation")
  @Operation(
      operationId = "cancelPlan",
      summary = "Cancel a plan",
      description =
          "{\"reason\":\"…\"} (required), before any of its purchases is paid (`plan-status`):"
              + " its open purchase orders are cancelled and what waits for approval withdrawn;"
              + " its beneficiaries can have another plan.")
  PlanResponse cancel(@PathVariable String id, @RequestBody ReasonRequest request, Actor actor)
      throws ConflictException {
    return response(plans.cancel(Json.planId(id), request.reason(), actor));
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/plans/{id}/completion")
  @Operation(
      operationId = "completePlan",
      summary = "Mark an approved plan completed",
      description =
          "Everything it planned is bought and handed over: no purchase order may still be open"
              + " (`plan-status`).")
  PlanResponse complete(@PathVariable String id, Actor actor) throws ConflictException {
    return response(plans.complete(Json.planId(id), actor));
  }

  private PlanResponse response(Plan plan) {
    return PlanResponse.of(plan, approvals.ofPlan(plan.id()));
  }
}
