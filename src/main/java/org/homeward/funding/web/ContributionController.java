package org.homeward.funding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.funding.AppealId;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.Contribution;
import org.homeward.funding.DonorId;
import org.homeward.funding.ProjectId;
import org.homeward.funding.internal.Contributions;
import org.homeward.funding.internal.Fields;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/funding/contributions")
@Tag(name = "Contributions", description = "Donors' pledges and the days they are paid")
class ContributionController {

  private final Contributions contributions;

  ContributionController(Contributions contributions) {
    this.contributions = contributions;
  }

  record ContributionRequest(
      Long donorId,
      String amount,
      String currency,
      String pledgedOn,
      String receivedOn,
      Long appealId,
      Long projectId,
      String line,
      String reference) {

    Contribution toContribution() {
      Violations v = new Violations();
      DonorId donor = null;
      if (v.check(donorId != null, "donorId", "required", "the donor's id is required")) {
        donor = positive(v, "donorId", donorId, "unknown-donor") ? new DonorId(donorId) : null;
      }
      CurrencyUnit currency = Fields.currency(v, "currency", this.currency);
      MonetaryAmount money = Fields.amount(v, "amount", amount, currency, true);
      LocalDate pledged = Fields.date(v, "pledgedOn", pledgedOn);
      LocalDate received = Fields.optionalDate(v, "receivedOn", receivedOn);
      if (pledged != null && received != null) {
        v.check(
            !received.isBefore(pledged),
            "receivedOn",
            "inconsistent",
            "money is received on or after the day it is pledged (" + pledged + ")");
      }
      AppealId appeal =
          appealId != null && positive(v, "appealId", appealId, "unknown-appeal")
              ? new AppealId(appealId)
              : null;
      ProjectId project =
          projectId != null && positive(v, "projectId", projectId, "unknown-project")
              ? new ProjectId(projectId)
              : null;
      v.check(
          appealId != null || projectId != null,
          "appealId",
          "required",
          "a contribution is earmarked to an appeal (appealId), a project (projectId), or both");
      BudgetLine budgetLine = Fields.optionalChoice(v, "line", line, BudgetLine.class);
      if (budgetLine != null) {
        v.check(
            projectId != null,
            "line",
            "inconsistent",
            "a budget line is a project's: give projectId");
      }
      String ref = Fields.optionalText(v, "reference", reference, 200);
      v.throwIfAny();
      return new Contribution(
          null, donor, null, money, pledged, received, appeal, project, budgetLine, ref, 0);
    }

    private static boolean positive(Violations v, String field, long id, String code) {
      return v.check(id > 0, field, code, "an id is a positive number");
    }
  }

  record ContributionResponse(
      long id,
      long donorId,
      String donorName,
      String amount,
      String currency,
      LocalDate pledgedOn,
      LocalDate receivedOn,
      Long appealId,
      Long projectId,
      BudgetLine line,
      String reference,
      long version) {

    static ContributionResponse of(Contribution c) {
      return new ContributionResponse(
          c.id().value(),
          c.donorId().value(),
          c.donorName(),
          Json.amount(c.amount()),
          Json.currency(c.amount()),
          c.pledgedOn(),
          c.receivedOn(),
          c.appealId() == null ? null : c.appealId().value(),
          c.projectId() == null ? null : c.projectId().value(),
          c.line(),
          c.reference(),
          c.version());
    }
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping
  @Operation(
      operationId = "listContributions",
      summary = "The contributions to the missions you oversee",
      description = "Newest pledge first.")
  List<ContributionResponse> list(Actor actor) {
    return contributions.all(actor).stream().map(ContributionResponse::of).toList();
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PostMapping
  @Operation(
      operationId = "createContribution",
      summary = "Record a pledge, paid or not yet",
      description =
          "{\"donorId\":1,\"amount\":\"300000.00\",\"currency\":\"CHF\","
              + "\"pledgedOn\":\"2012-02-15\",\"receivedOn\":\"2012-05-10\",\"appealId\":1,"
              + "\"projectId\":2,\"line\":null,\"reference\":\"7F-08245.01\"}. receivedOn is"
              + " null while the pledge is not paid. Earmark it to an appeal, a project, or a"
              + " line of a project: money given to an appeal is spent by the project it is"
              + " allocated to (projectId) and counts for none until it is. Each amount is"
              + " converted at the rate of its own date when a position is asked.")
  @ApiResponse(responseCode = "201", description = "Recorded: Location names it, ETag its version")
  ResponseEntity<ContributionResponse> create(
      @RequestBody ContributionRequest request, Actor actor) {
    Contribution contribution = contributions.create(request.toContribution(), actor);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/funding/contributions/" + contribution.id()))
        .eTag(ETags.of(contribution.version()))
        .body(ContributionResponse.of(contribution));
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/{id}")
  @Operation(
      operationId = "getContribution",
      summary = "One contribution",
      description = "ETag: its version.")
  ResponseEntity<ContributionResponse> get(@PathVariable String id, Actor actor) {
    Contribution c = contributions.get(Json.contributionId(id), actor);
    return ResponseEntity.ok().eTag(ETags.of(c.version())).body(ContributionResponse.of(c));
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PutMapping("/{id}")
  @Operation(
      operationId = "replaceContribution",
      summary = "Change a contribution: record its payment, allocate it to a project",
      description =
          "The whole contribution, as for createContribution; send the ETag you read in"
              + " If-Match (412 when someone changed it since, 428 without it).")
  ResponseEntity<ContributionResponse> replace(
      @PathVariable String id,
      @RequestHeader("If-Match") String ifMatch,
      @RequestBody ContributionRequest request,
      Actor actor) {
    Contribution current = contributions.get(Json.contributionId(id), actor);
    long version = ETags.version(ifMatch).orElse(current.version());
    Contribution c = contributions.update(current.id(), version, request.toContribution(), actor);
    return ResponseEntity.ok().eTag(ETags.of(c.version())).body(ContributionResponse.of(c));
  }
}
