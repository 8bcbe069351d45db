package org.homeward.movement.plans.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.movement.FlightId;
import org.homeward.movement.flights.Flight;
import org.homeward.movement.plans.Plan;
import org.homeward.movement.plans.PlanEntry;
import org.homeward.movement.plans.PlanId;
import org.homeward.movement.plans.PlanRequest;
import org.homeward.movement.plans.PlanScope;
import org.homeward.movement.plans.PlanStatus;
import org.homeward.movement.plans.Plans;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.CaseId;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.Violation;
import org.homeward.shared.web.FieldErrors;
import org.homeward.shared.web.PageController;
import org.homeward.shared.web.ProblemCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planning pages: the mission's plans and the form a movement officer proposes one with, and a
 * plan's page (each flight with its households, those left out and why, a pin form for each
 * household, re-solve, confirm and discard). Every action is a plain form that posts and redirects,
 * so that all of it works without JavaScript; each names the revision the officer saw.
 */
@PageController
class PlanPages {

  /** The form's names for the request's fields: the form's labels are its own. */
  static final Map<String, String> FORM_FIELDS =
      Map.of("destination", "destinationCountry", "from", "flightsFrom", "to", "flightsTo");

  private final Plans plans;
  private final PlanViews views;
  private final MessageSource messages;
  private final Clock clock;

  PlanPages(Plans plans, PlanViews views, MessageSource messages, Clock clock) {
    this.plans = plans;
    this.views = views;
    this.messages = messages;
    this.clock = clock;
  }

  /** What was typed on the propose form, kept when it comes back. */
  record ProposeFields(String destinationCountry, String flightsFrom, String flightsTo) {

    static ProposeFields blank(LocalDate today) {
      return new ProposeFields(
          "", today.toString(), today.plusDays(PlanScope.DEFAULT_DAYS).toString());
    }

    PlanRequest request() {
      return new PlanRequest(destinationCountry, flightsFrom, flightsTo);
    }
  }

  /** A flight of the plan as its page shows it: the flight, its households, its seats. */
  record FlightRow(
      Plan.PlannedFlight planned, Flight flight, List<PlanEntry> households, int seatsUsed) {

    public boolean overfull() {
      return seatsUsed > planned.seatsFree();
    }
  }

  /** A flight a household may be pinned on: its id and how the page names it. */
  record FlightChoice(FlightId id, String country, Flight flight) {}

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/movement/plans")
  String list(Actor actor, Model model) {
    return listPage(model, ProposeFields.blank(LocalDate.now(clock)), FieldErrors.NONE, actor);
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/plans")
  String propose(
      ProposeFields fields,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Plan plan = plans.propose(fields.request(), actor);
      redirect.addFlashAttribute("notice", "proposed");
      return "redirect:/movement/plans/" + plan.id();
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      List<Violation> onForm =
          e.violations().stream()
              .map(v ->
                  new Violation(
                      FORM_FIELDS.getOrDefault(v.field(), v.field()), v.code(), v.message()))
              .toList();
      return listPage(model, fields, FieldErrors.of(onForm, messages, locale()), actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute(
          "problem",
          e.problem() == ProblemCode.NO_FLIGHTS_TO_PLAN
              ? messages.getMessage("plans.no-flights-to-plan", null, locale())
              : e.getMessage());
      return listPage(model, fields, FieldErrors.NONE, actor);
    }
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/movement/plans/{id}")
  String plan(@PathVariable String id, Actor actor, Model model) {
    return planPage(model, PlanViews.planId(id), actor);
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/plans/{id}/pins")
  String pin(
      @PathVariable String id,
      @RequestParam(required = false) String caseId,
      @RequestParam(required = false) String flightId,
      @RequestParam(required = false) String revision,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PlanId plan = PlanViews.planId(id);
    CaseId household = PlanViews.caseId(caseId);
    return act(
        plan,
        model,
        response,
        actor,
        () -> {
          FlightId flight =
              FlightId.parse(flightId)
                  .orElseThrow(() ->
                      InvalidInputException.of("flightId", "required", "the flight to pin it on"));
          Plan after = plans.pin(plan, revision(revision), household, flight, actor);
          redirect.addFlashAttribute("notice", "pinned");
          redirect.addFlashAttribute("caseNumber", caseNumber(after, household));
          return "redirect:/movement/plans/" + plan + "#h-" + household;
        });
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/plans/{id}/pins/{caseId}/removal")
  String unpin(
      @PathVariable String id,
      @PathVariable String caseId,
      @RequestParam(required = false) String revision,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PlanId plan = PlanViews.planId(id);
    CaseId household = PlanViews.caseId(caseId);
    return act(
        plan,
        model,
        response,
        actor,
        () -> {
          Plan after = plans.unpin(plan, revision(revision), household, actor);
          redirect.addFlashAttribute("notice", "unpinned");
          redirect.addFlashAttribute("caseNumber", caseNumber(after, household));
          return "redirect:/movement/plans/" + plan + "#h-" + household;
        });
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/plans/{id}/resolve")
  String resolve(
      @PathVariable String id,
      @RequestParam(required = false) String revision,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PlanId plan = PlanViews.planId(id);
    return act(
        plan,
        model,
        response,
        actor,
        () -> {
          Plan after = plans.resolve(plan, revision(revision), actor);
          redirect.addFlashAttribute("notice", "resolved");
          redirect.addFlashAttribute("count", after.lastChange().moved());
          return "redirect:/movement/plans/" + plan;
        });
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/plans/{id}/confirm")
  String confirm(
      @PathVariable String id,
      @RequestParam(required = false) String revision,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PlanId plan = PlanViews.planId(id);
    return act(
        plan,
        model,
        response,
        actor,
        () -> {
          Plan after = plans.confirm(plan, revision(revision), actor);
          redirect.addFlashAttribute("notice", "confirmed");
          redirect.addFlashAttribute(
              "count", after.entries().stream().filter(PlanEntry::placed).count());
          return "redirect:/movement/plans/" + plan;
        });
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/plans/{id}/discard")
  String discard(
      @PathVariable String id,
      @RequestParam(required = false) String revision,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PlanId plan = PlanViews.planId(id);
    return act(
        plan,
        model,
        response,
        actor,
        () -> {
          plans.discard(plan, revision(revision), actor);
          redirect.addFlashAttribute("notice", "discarded");
          return "redirect:/movement/plans/" + plan;
        });
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }

  /**
   * Does {@code action}; a refusal comes back on the plan's page as it stands now, with what was
   * refused and why.
   */
  private String act(
      PlanId plan,
      Model model,
      HttpServletResponse response,
      Actor actor,
      java.util.function.Supplier<String> action) {
    try {
      return action.get();
    } catch (StaleVersionException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", messages.getMessage("plans.stale", null, locale()));
      model.addAttribute("stale", true);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute(
          "problem",
          e.problem() == ProblemCode.NO_FLIGHTS_TO_PLAN
              ? messages.getMessage("plans.no-flights-to-plan", null, locale())
              : e.getMessage());
      if (e.details().get("refusals") instanceof List<?> refusals) {
        model.addAttribute("refusals", refusals);
      }
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e.getMessage());
    }
    return planPage(model, plan, actor);
  }

  private String listPage(Model model, ProposeFields form, FieldErrors errors, Actor actor) {
    model.addAttribute("plans", plans.list(actor));
    model.addAttribute("canManage", actor.may(Permission.MOVEMENT_MANAGE));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "movement/plans";
  }

  private String planPage(Model model, PlanId id, Actor actor) {
    Plan plan = plans.get(id, actor);
    Map<FlightId, Flight> flights = views.flights(plan, actor);
    List<FlightRow> rows = new ArrayList<>();
    Map<String, List<FlightChoice>> choices = new LinkedHashMap<>();
    for (Plan.PlannedFlight f : plan.flights()) {
      Flight flight = flights.get(f.flightId());
      rows.add(new FlightRow(f, flight, plan.on(f.flightId()), plan.seatsUsed(f.flightId())));
      if (flight != null) {
        String country = flight.details().arrivalCountry();
        choices
            .computeIfAbsent(country, c -> new ArrayList<>())
            .add(new FlightChoice(f.flightId(), country, flight));
      }
    }
    model.addAttribute("plan", plan);
    model.addAttribute("flights", rows);
    model.addAttribute("leftOut", plan.leftOut());
    model.addAttribute("choices", choices);
    model.addAttribute(
        "canManage", plan.status() == PlanStatus.PROPOSED && plans.canManage(actor, plan));
    model.addAttribute("placed", plan.entries().stream().filter(PlanEntry::placed).count());
    model.addAttribute("errors", FieldErrors.NONE);
    return "movement/plan";
  }

  /** The revision a form names; none when it names none. */
  private static Integer revision(String text) {
    if (text == null || !text.strip().matches("[0-9]{1,9}")) {
      return text == null || text.isBlank() ? null : 0;
    }
    return Integer.valueOf(text.strip());
  }

  private static String caseNumber(Plan plan, CaseId household) {
    return plan.entry(household).map(PlanEntry::caseNumber).orElse("");
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
