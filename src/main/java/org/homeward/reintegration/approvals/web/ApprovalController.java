package org.homeward.reintegration.approvals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reintegration.approvals.Approvals;
import org.homeward.reintegration.web.ApprovalResponse;
import org.homeward.reintegration.web.Json;
import org.homeward.shared.ConflictException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reintegration/approvals")
@Tag(
    name = "Approvals",
    description =
        "Four eyes: plans above their cap and purchases above the mission's threshold wait for a"
            + " second person, never the one who asked")
class ApprovalController {

  private final Approvals approvals;

  ApprovalController(Approvals approvals) {
    this.approvals = approvals;
  }

  record DecisionRequest(String decision, String note) {}

  /** What waits for you to decide, and what you asked for that waits for someone else. */
  record ApprovalsResponse(List<ApprovalResponse> waiting, List<ApprovalResponse> requested) {}

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping
  @Operation(
      operationId = "listApprovals",
      summary = "What waits for approval",
      description =
          "`waiting`: the pending requests of your mission that you may decide (with"
              + " REINTEGRATION_APPROVE, those others asked for), oldest first; `requested`: your"
              + " own requests still waiting for a second person.")
  ApprovalsResponse list(Actor actor) {
    return new ApprovalsResponse(
        approvals.waitingFor(actor).stream().map(ApprovalResponse::of).toList(),
        approvals.requestedBy(actor).stream().map(ApprovalResponse::of).toList());
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/{id}")
  @Operation(
      operationId = "getApproval",
      summary = "One request for approval",
      description =
          "What it is for, what is at stake against which limit, who asked, and how it was decided.")
  ApprovalResponse get(@PathVariable String id, Actor actor) {
    return ApprovalResponse.of(approvals.get(Json.number("approval", id), actor));
  }

  @Requires(Permission.REINTEGRATION_APPROVE)
  @PostMapping("/{id}/decision")
  @Operation(
      operationId = "decideApproval",
      summary = "Approve or reject, as the second person",
      description =
          "{\"decision\":\"APPROVE\"} or {\"decision\":\"REJECT\",\"note\":\"why\"} (a rejection"
              + " says why). Approved, a plan is APPROVED (its cases move to IN_REINTEGRATION)"
              + " and a purchase order can be paid; rejected, the plan goes back to DRAFT and the"
              + " order stops. Whoever asked for it may not decide it (`four-eyes`); a request"
              + " decided already answers `already-decided`.")
  ApprovalResponse decide(@PathVariable String id, @RequestBody DecisionRequest r, Actor actor)
      throws ConflictException {
    return ApprovalResponse.of(
        approvals.decide(Json.number("approval", id), r.decision(), r.note(), actor));
  }
}
