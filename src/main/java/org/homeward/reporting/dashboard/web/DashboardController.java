package org.homeward.reporting.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reporting.dashboard.Dashboard;
import org.homeward.reporting.dashboard.Dashboards;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting", description = "The operation at a glance, in aggregate figures")
class DashboardController {

  private final Dashboards dashboards;

  DashboardController(Dashboards dashboards) {
    this.dashboards = dashboards;
  }

  @Requires(Permission.AGGREGATE_READ)
  @GetMapping("/dashboard")
  @Operation(
      operationId = "getReportingDashboard",
      summary = "The staff dashboard's figures",
      description =
          "The figures of the dashboard page, counts of cases and people and never a person: the"
              + " pipeline (cases and people that reached each stage: registered, eligible,"
              + " departed, plan approved, assisted, closed; and the ways out: withdrawn, no-show,"
              + " referred, ineligible), departures by month and country of return, people by"
              + " nationality, by age band and sex, by vulnerability, reintegration plans by type"
              + " and status, the average sustainability scores by step, and the money: each"
              + " appeal's progress and each project's budget against committed and spent with the"
              + " day its money runs out. Counts only the cases the reader may see (their mission"
              + " and its offices, the cases handed over to their country; headquarters every"
              + " mission; a donor's viewer the projects the donor funds), narrowed by the"
              + " filters.")
  Dashboard dashboard(
      @Parameter(
              description =
                  "A mission's code: its cases, its offices' and those handed over to"
                      + " its country")
          @RequestParam(required = false)
          String mission,
      @Parameter(description = "A project's id: only the cases it pays for")
          @RequestParam(required = false)
          String project,
      @Parameter(description = "First month counted, YYYY-MM") @RequestParam(required = false)
          String from,
      @Parameter(description = "Last month counted, YYYY-MM") @RequestParam(required = false)
          String to,
      @Parameter(description = "ISO 3166-1 alpha-3 nationality") @RequestParam(required = false)
          String nationality,
      Actor actor) {
    return dashboards.show(
        new DashboardParams(mission, project, from, to, nationality).filter(), actor);
  }
}
