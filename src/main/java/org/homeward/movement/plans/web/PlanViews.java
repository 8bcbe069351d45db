package org.homeward.movement.plans.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.movement.FlightId;
import org.homeward.movement.flights.Flight;
import org.homeward.movement.flights.FlightSchedule;
import org.homeward.movement.plans.Plan;
import org.homeward.movement.plans.PlanId;
import org.homeward.movement.plans.web.PlanResponses.PlanResponse;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseId;
import org.homeward.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** A plan with its flights as they stand, for the API and the pages; and how paths name plans. */
@Component
class PlanViews {

  private final FlightSchedule schedule;

  PlanViews(FlightSchedule schedule) {
    this.schedule = schedule;
  }

  /** The plan's flights as {@code actor} sees them now; one no longer seen is left out. */
  Map<FlightId, Flight> flights(Plan plan, Actor actor) {
    Map<FlightId, Flight> flights = new LinkedHashMap<>();
    for (Plan.PlannedFlight f : plan.flights()) {
      try {
        flights.put(f.flightId(), schedule.get(f.flightId(), actor));
      } catch (NotFoundException e) {
        // the plan still names it; its details are no longer the reader's to see
      }
    }
    return flights;
  }

  PlanResponse response(Plan plan, Actor actor) {
    return PlanResponse.of(plan, flights(plan, actor));
  }

  static PlanId planId(String id) {
    return PlanId.parse(id).orElseThrow(() -> new NotFoundException("plan", id));
  }

  static CaseId caseId(String id) {
    return CaseId.parse(id).orElseThrow(() -> new NotFoundException("case in plan", id));
  }
}
