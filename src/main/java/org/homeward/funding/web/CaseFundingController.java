package org.homeward.funding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.homeward.funding.Ledger;
import org.homeward.funding.web.FundingResponses.CommitmentResponse;
import org.homeward.funding.web.FundingResponses.ExpenditureResponse;
import org.homeward.funding.web.FundingResponses.ProjectPositionResponse;
import org.homeward.funding.web.FundingResponses.WaitingCaseResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.CaseId;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/funding")
@Tag(
    name = "Commitments",
    description =
        "What each case has reserved and cost, the cases waiting for funds, and the positions")
class CaseFundingController {

  private final Ledger ledger;

  CaseFundingController(Ledger ledger) {
    this.ledger = ledger;
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/cases/{caseId}/commitments")
  @Operation(
      operationId = "listCaseCommitments",
      summary = "The commitments of a case",
      description =
          "Every reservation the case has had, oldest first: the project, its status (RESERVED,"
              + " RELEASED, CONSUMED), the expected cost by line, what expenditures have not yet"
              + " replaced, each member's reintegration cap, and the override when a chief of"
              + " mission let the case through without enough money.")
  List<CommitmentResponse> commitments(@PathVariable String caseId, Actor actor) {
    return ledger.commitmentsOf(caseId(caseId), actor).stream()
        .map(CommitmentResponse::of)
        .toList();
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/cases/{caseId}/expenditures")
  @Operation(
      operationId = "listCaseExpenditures",
      summary = "What a case has cost",
      description = "Oldest first, each linked to its source (flight, purchase order...).")
  List<ExpenditureResponse> expenditures(@PathVariable String caseId, Actor actor) {
    return ledger.expendituresOf(caseId(caseId), actor).stream()
        .map(ExpenditureResponse::of)
        .toList();
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/waiting-cases")
  @Operation(
      operationId = "listWaitingCases",
      summary = "The cases waiting for funds",
      description =
          "The cases refused eligibility because no project could pay for them, in the missions"
              + " you oversee, most vulnerable first, then those waiting longest. `coverable`"
              + " says whether a project can pay for the case now, going down the list in order"
              + " (a case takes its cost off the project before the next is weighed): after a"
              + " contribution is received, those are the cases to make eligible.")
  List<WaitingCaseResponse> waiting(Actor actor) {
    return ledger.waitingForFunds(actor).stream().map(WaitingCaseResponse::of).toList();
  }

  @Requires(Permission.AGGREGATE_READ)
  @GetMapping("/positions")
  @Operation(
      operationId = "listProjectPositions",
      summary = "The positions of the projects you may see",
      description =
          "As getProjectPosition, for every project of the missions you oversee (a donor's"
              + " viewer: every project the donor funds), by code.")
  List<ProjectPositionResponse> positions(
      @Parameter(description = "YYYY-MM-DD; today when left out") @RequestParam(required = false)
          String asOf,
      Actor actor)
      throws ConflictException {
    return ledger.positions(Json.asOf(asOf, ledger.today()), actor).stream()
        .map(ProjectPositionResponse::of)
        .toList();
  }

  private static CaseId caseId(String id) {
    return CaseId.parse(id).orElseThrow(() -> new NotFoundException("case", id));
  }
}
