package org.homeward.funding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.funding.Appeal;
import org.homeward.funding.AppealStatus;
import org.homeward.funding.Ledger;
import org.homeward.funding.internal.Appeals;
import org.homeward.funding.internal.Fields;
import org.homeward.funding.web.FundingResponses.AppealPositionResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.ConflictException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/funding/appeals")
@Tag(name = "Appeals", description = "A mission's calls to donors, and how far they are funded")
class AppealController {

  private final Appeals appeals;
  private final Ledger ledger;
  private final Missions missions;

  AppealController(Appeals appeals, Ledger ledger, Missions missions) {
    this.appeals = appeals;
    this.ledger = ledger;
    this.missions = missions;
  }

  record AppealRequest(
      String title,
      String missionCode,
      String targetAmount,
      String currency,
      Integer targetPeople,
      String launchedOn,
      String status) {

    Appeal toAppeal(Missions missions) {
      Violations v = new Violations();
      String title = Fields.text(v, "title", this.title, 300);
      String mission = ProjectRequest.mission(v, "missionCode", missionCode, missions::exists);
      CurrencyUnit currency = Fields.currency(v, "currency", this.currency);
      MonetaryAmount target = Fields.amount(v, "targetAmount", targetAmount, currency, true);
      if (v.check(targetPeople != null, "targetPeople", "required", "how many people")) {
        v.check(targetPeople > 0, "targetPeople", "out-of-range", "at least one person");
      }
      LocalDate launched = Fields.date(v, "launchedOn", launchedOn);
      AppealStatus status =
          Fields.blank(this.status)
              ? AppealStatus.DRAFT
              : Fields.choice(v, "status", this.status, AppealStatus.class);
      v.throwIfAny();
      return new Appeal(null, title, mission, target, targetPeople, launched, status, 0);
    }
  }

  record AppealResponse(
      long id,
      String title,
      String missionCode,
      String targetAmount,
      String currency,
      int targetPeople,
      LocalDate launchedOn,
      AppealStatus status,
      long version) {

    static AppealResponse of(Appeal a) {
      return new AppealResponse(
          a.id().value(),
          a.title(),
          a.missionCode(),
          Json.amount(a.target()),
          Json.currency(a.target()),
          a.targetPeople(),
          a.launchedOn(),
          a.status(),
          a.version());
    }
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping
  @Operation(
      operationId = "listAppeals",
      summary = "The appeals of the missions you oversee",
      description = "Newest launch first.")
  List<AppealResponse> list(Actor actor) {
    return appeals.all(actor).stream().map(AppealResponse::of).toList();
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PostMapping
  @Operation(
      operationId = "createAppeal",
      summary = "Record an appeal",
      description =
          "{\"title\":\"…\",\"missionCode\":\"MAR\",\"targetAmount\":\"800000.00\","
              + "\"currency\":\"USD\",\"targetPeople\":1000,\"launchedOn\":\"2012-07-01\","
              + "\"status\":\"LAUNCHED\"}; status is DRAFT (the default), LAUNCHED or CLOSED.")
  @ApiResponse(responseCode = "201", description = "Recorded: Location names it, ETag its version")
  ResponseEntity<AppealResponse> create(@RequestBody AppealRequest request, Actor actor) {
    Appeal appeal = appeals.create(request.toAppeal(missions), actor);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/funding/appeals/" + appeal.id()))
        .eTag(ETags.of(appeal.version()))
        .body(AppealResponse.of(appeal));
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/{id}")
  @Operation(operationId = "getAppeal", summary = "One appeal", description = "ETag: its version.")
  ResponseEntity<AppealResponse> get(@PathVariable String id, Actor actor) {
    Appeal appeal = appeals.get(Json.appealId(id), actor);
    return ResponseEntity.ok().eTag(ETags.of(appeal.version())).body(AppealResponse.of(appeal));
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PutMapping("/{id}")
  @Operation(
      operationId = "replaceAppeal",
      summary = "Change an appeal",
      description =
          "The whole appeal, as for createAppeal; send the ETag you read in If-Match (412 when"
              + " someone changed it since, 428 without it).")
  ResponseEntity<AppealResponse> replace(
      @PathVariable String id,
      @RequestHeader("If-Match") String ifMatch,
      @RequestBody AppealRequest request,
      Actor actor) {
    Appeal current = appeals.get(Json.appealId(id), actor);
    long version = ETags.version(ifMatch).orElse(current.version());
    Appeal appeal = appeals.update(current.id(), version, request.toAppeal(missions), actor);
    return ResponseEntity.ok().eTag(ETags.of(appeal.version())).body(AppealResponse.of(appeal));
  }

  @Requires(Permission.AGGREGATE_READ)
  @GetMapping("/{id}/position")
  @Operation(
      operationId = "getAppealPosition",
      summary = "How far the appeal is funded",
      description =
          "On asOf (default today), in the appeal's currency: the target, what donors pledged"
              + " and paid (each at the rate of its own date), the gap (target − pledged, never"
              + " below zero), the shares of the target pledged and received (for a progress"
              + " bar) and each donor's part. A donor's viewer reads the appeals its donor gave"
              + " to. A conversion without a rate is a conflict (`exchange-rate-missing`).")
  AppealPositionResponse position(
      @PathVariable String id,
      @Parameter(description = "YYYY-MM-DD; today when left out") @RequestParam(required = false)
          String asOf,
      Actor actor)
      throws ConflictException {
    return AppealPositionResponse.of(
        ledger.positionOf(Json.appealId(id), Json.asOf(asOf, ledger.today()), actor));
  }
}
