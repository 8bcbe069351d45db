package org.homeward.funding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.DonorId;
import org.homeward.funding.Expenditure;
import org.homeward.funding.ExpenditureSource;
import org.homeward.funding.Ledger;
import org.homeward.funding.Project;
import org.homeward.funding.TargetGroup;
import org.homeward.funding.internal.Commitments;
import org.homeward.funding.internal.Fields;
import org.homeward.funding.internal.Projects;
import org.homeward.funding.web.FundingResponses.CommitmentResponse;
import org.homeward.funding.web.FundingResponses.ExpenditureResponse;
import org.homeward.funding.web.FundingResponses.ProjectPositionResponse;
import org.homeward.funding.web.FundingResponses.WeekResponse;
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
@RequestMapping("/api/v1/funding/projects")
@Tag(
    name = "Projects",
    description =
        "Projects that pay for returns: budget by line, unit costs, eligibility, position")
class ProjectController {

  private final Projects projects;
  private final Commitments commitments;
  private final Ledger ledger;
  private final Missions missions;

  ProjectController(Projects projects, Commitments commitments, Ledger ledger, Missions missions) {
    this.projects = projects;
    this.commitments = commitments;
    this.ledger = ledger;
    this.missions = missions;
  }

  record ProjectResponse(
      long id,
      String code,
      String title,
      String missionCode,
      String currency,
      LocalDate startsOn,
      LocalDate endsOn,
      List<Long> donorIds,
      Map<String, String> budget,
      String totalBudget,
      ProjectRequest.UnitCostsJson unitCosts,
      EligibilityResponse eligibility,
      int peopleAssistedBefore,
      long version) {

    record EligibilityResponse(
        Set<String> missions, Set<String> destinations, Set<TargetGroup> targetGroups) {}

    static ProjectResponse of(Project p) {
      return new ProjectResponse(
          p.id().value(),
          p.code(),
          p.title(),
          p.missionCode(),
          p.currency().getCurrencyCode(),
          p.startsOn(),
          p.endsOn(),
          p.donors().stream().map(DonorId::value).toList(),
          FundingResponses.lines(p.budget()),
          Json.amount(p.totalBudget()),
          new ProjectRequest.UnitCostsJson(
              Json.amount(p.unitCosts().seatShare()),
              Json.amount(p.unitCosts().pocketMoney()),
              Json.amount(p.unitCosts().reintegrationCap()),
              Json.amount(p.unitCosts().reintegrationCapMinor()),
              Json.amount(p.unitCosts().reintegrationCapVulnerable())),
          new EligibilityResponse(
              new java.util.TreeSet<>(p.eligibility().missions()),
              new java.util.TreeSet<>(p.eligibility().destinations()),
              p.eligibility().targetGroups().isEmpty()
                  ? Set.of()
                  : java.util.EnumSet.copyOf(p.eligibility().targetGroups())),
          p.peopleAssistedBefore(),
          p.version());
    }
  }

  /** A cost of the project that belongs to no one case, as a finance officer records it. */
  record ExpenditureRequest(
      String line,
      String amount,
      String currency,
      String spentOn,
      String sourceType,
      String sourceId,
      String description) {}

  @Requires(Permission.FUNDING_READ)
  @GetMapping
  @Operation(
      operationId = "listProjects",
      summary = "The projects of the missions you oversee",
      description = "By code, with budget, unit costs, eligibility and donors.")
  List<ProjectResponse> list(Actor actor) {
    return projects.all(actor).stream().map(ProjectResponse::of).toList();
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PostMapping
  @Operation(
      operationId = "createProject",
      summary = "Record a project",
      description =
          "{\"code\":\"MAR-AVRR-2012\",\"title\":\"…\",\"missionCode\":\"MAR\",\"currency\":\"USD\","
              + "\"startsOn\":\"2012-07-01\",\"endsOn\":\"2014-06-30\",\"donorIds\":[1],"
              + "\"budget\":{\"MOVEMENT\":\"350000.00\",\"REINTEGRATION\":\"400000.00\"},"
              + "\"unitCosts\":{\"seatShare\":\"300.00\",\"pocketMoney\":\"50.00\","
              + "\"reintegrationCap\":\"400.00\",\"reintegrationCapMinor\":\"250.00\","
              + "\"reintegrationCapVulnerable\":\"550.00\"},\"eligibility\":{\"missions\":[\"MAR\"],"
              + "\"destinations\":[\"CMR\",\"NGA\"],\"targetGroups\":[]}}. Amounts are decimal"
              + " strings in the project's currency; a budget line left out is zero; the caps for"
              + " minors and vulnerable people default to the standard cap; empty destinations"
              + " or target groups mean any; missions default to the project's own. Another"
              + " project with the code is a conflict (`project-code-taken`).")
  @ApiResponse(responseCode = "201", description = "Recorded: Location names it, ETag its version")
  ResponseEntity<ProjectResponse> create(@RequestBody ProjectRequest request, Actor actor)
      throws ConflictException {
    Project project = projects.create(request.toProject(missions::exists), actor);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/funding/projects/" + project.id()))
        .eTag(ETags.of(project.version()))
        .body(ProjectResponse.of(project));
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/{id}")
  @Operation(
      operationId = "getProject",
      summary = "One project",
      description = "ETag: its version.")
  ResponseEntity<ProjectResponse> get(@PathVariable String id, Actor actor) {
    Project project = projects.get(Json.projectId(id), actor);
    return ResponseEntity.ok().eTag(ETags.of(project.version())).body(ProjectResponse.of(project));
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PutMapping("/{id}")
  @Operation(
      operationId = "replaceProject",
      summary = "Change a project",
      description =
          "The whole project, as for createProject (its currency cannot change); send the ETag"
              + " you read in If-Match (412 when someone changed it since, 428 without it). New"
              + " unit costs apply to the cases made eligible from then on.")
  ResponseEntity<ProjectResponse> replace(
      @PathVariable String id,
      @RequestHeader("If-Match") String ifMatch,
      @RequestBody ProjectRequest request,
      Actor actor)
      throws ConflictException {
    Project current = projects.get(Json.projectId(id), actor);
    long version = ETags.version(ifMatch).orElse(current.version());
    Project project =
        projects.update(current.id(), version, request.toProject(missions::exists), actor);
    return ResponseEntity.ok().eTag(ETags.of(project.version())).body(ProjectResponse.of(project));
  }

  @Requires(Permission.AGGREGATE_READ)
  @GetMapping("/{id}/position")
  @Operation(
      operationId = "getProjectPosition",
      summary = "How the project's money stands",
      description =
          "On asOf (default today), in the project's currency: pledged, received, spent,"
              + " committed, available (received − spent − committed), the burn rate over the"
              + " last 8 weeks and the date the available money runs out at that rate, computed"
              + " as the funds command does; each budget line's budget, spent, committed and"
              + " remaining; the cases and people committed and how many more the available"
              + " money serves at the observed average cost. A donor's viewer reads only the"
              + " projects the donor funds. A conversion without a rate is a conflict"
              + " (`exchange-rate-missing`, naming each pair and date).")
  ProjectPositionResponse position(
      @PathVariable String id,
      @Parameter(description = "YYYY-MM-DD; today when left out") @RequestParam(required = false)
          String asOf,
      Actor actor)
      throws ConflictException {
    return ProjectPositionResponse.of(
        ledger.positionOf(Json.projectId(id), Json.asOf(asOf, ledger.today()), actor));
  }

  @Requires(Permission.AGGREGATE_READ)
  @GetMapping("/{id}/weeks")
  @Operation(
      operationId = "getProjectWeeks",
      summary = "The project's money week by week",
      description =
          "For a chart of spending and commitments over time: for each of the last `weeks`"
              + " weeks (default 26, at most 520) ending on asOf, what was spent in the week and"
              + " what was committed and available at its end.")
  List<WeekResponse> weeks(
      @PathVariable String id,
      @Parameter(description = "YYYY-MM-DD; today when left out") @RequestParam(required = false)
          String asOf,
      @Parameter(description = "1 to 520; 26 when left out") @RequestParam(required = false)
          String weeks,
      Actor actor)
      throws ConflictException {
    int count = 26;
    if (!Fields.blank(weeks)) {
      Violations v = new Violations();
      boolean number = weeks.strip().matches("[0-9]{1,3}");
      count = number ? Integer.parseInt(weeks.strip()) : 0;
      v.check(count >= 1 && count <= 520, "weeks", "out-of-range", "between 1 and 520");
      v.throwIfAny();
    }
    return ledger
        .weeksOf(Json.projectId(id), Json.asOf(asOf, ledger.today()), count, actor)
        .stream()
        .map(WeekResponse::of)
        .toList();
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/{id}/commitments")
  @Operation(
      operationId = "listProjectCommitments",
      summary = "The commitments of cases on the project",
      description = "Oldest first, each with its status, lines, beneficiaries' caps and override.")
  List<CommitmentResponse> commitments(@PathVariable String id, Actor actor) {
    Project project = projects.get(Json.projectId(id), actor);
    return commitments.ofProject(project.id()).stream().map(CommitmentResponse::of).toList();
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/{id}/expenditures")
  @Operation(
      operationId = "listProjectExpenditures",
      summary = "What the project spent",
      description =
          "Oldest first: line, amount and currency, the amount in the project's currency at the"
              + " rate of its date, the part that replaced a case's commitment, and its source.")
  List<ExpenditureResponse> expenditures(@PathVariable String id, Actor actor) {
    Project project = projects.get(Json.projectId(id), actor);
    return commitments.expendituresOf(project.id()).stream().map(ExpenditureResponse::of).toList();
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PostMapping("/{id}/expenditures")
  @Operation(
      operationId = "recordProjectExpenditure",
      summary = "Record a cost of the project",
      description =
          "{\"line\":\"OPERATIONS\",\"amount\":\"84000.00\",\"currency\":\"MAD\","
              + "\"spentOn\":\"2012-05-06\",\"sourceType\":\"INVOICE\",\"sourceId\":\"INV-2012-114\","
              + "\"description\":\"…\"}: a cost that belongs to no one case. sourceType is FLIGHT,"
              + " PURCHASE_ORDER, INVOICE, PAYROLL or OTHER. It is converted to the project's"
              + " currency at the rate valid on spentOn (`exchange-rate-missing` when there is"
              + " none). The costs of cases are recorded by the modules that cause them.")
  @ApiResponse(responseCode = "201", description = "Recorded")
  ResponseEntity<ExpenditureResponse> record(
      @PathVariable String id, @RequestBody ExpenditureRequest request, Actor actor)
      throws ConflictException {
    Violations v = new Violations();
    BudgetLine line = Fields.choice(v, "line", request.line(), BudgetLine.class);
    javax.money.CurrencyUnit currency = Fields.currency(v, "currency", request.currency());
    javax.money.MonetaryAmount amount =
        Fields.amount(v, "amount", request.amount(), currency, true);
    LocalDate spentOn = Fields.date(v, "spentOn", request.spentOn());
    ExpenditureSource.Type type =
        Fields.choice(v, "sourceType", request.sourceType(), ExpenditureSource.Type.class);
    String sourceId = Fields.text(v, "sourceId", request.sourceId(), 200);
    String description = Fields.optionalText(v, "description", request.description(), 1000);
    v.throwIfAny();
    Expenditure expenditure =
        ledger.recordExpenditure(
            Json.projectId(id),
            line,
            amount,
            spentOn,
            new ExpenditureSource(type, sourceId),
            description,
            actor);
    return ResponseEntity.status(HttpStatus.CREATED).body(ExpenditureResponse.of(expenditure));
  }
}
