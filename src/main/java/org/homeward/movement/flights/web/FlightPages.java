package org.homeward.movement.flights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.movement.FlightId;
import org.homeward.movement.FlightStatus;
import org.homeward.movement.HouseholdBooking;
import org.homeward.movement.flights.Arrivals;
import org.homeward.movement.flights.Boarding;
import org.homeward.movement.flights.Booking;
import org.homeward.movement.flights.BookingStatus;
import org.homeward.movement.flights.DepartureDay;
import org.homeward.movement.flights.Flight;
import org.homeward.movement.flights.FlightSchedule;
import org.homeward.movement.flights.FlightScope;
import org.homeward.movement.flights.HouseholdBookings;
import org.homeward.movement.flights.Manifest;
import org.homeward.movement.flights.Manifests;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseSearch;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.CaseSummary;
import org.homeward.registry.Cases;
import org.homeward.registry.PersonId;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.web.FieldErrors;
import org.homeward.shared.web.PageController;
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
 * The movement pages: the flights and the form a movement officer schedules one with, a flight's
 * page with its manifest (and the ready households it can take), departure-day check-in for a
 * tablet, and the arrivals a receiving mission confirms. Every action is a plain form, so that all
 * of it works without JavaScript.
 */
@PageController
class FlightPages {

  /** The ready households a flight's page offers at most. */
  static final int READY_SHOWN = 60;

  private final FlightSchedule schedule;
  private final HouseholdBookings bookings;
  private final Manifests manifests;
  private final DepartureDay departures;
  private final Arrivals arrivals;
  private final FlightScope scope;
  private final Cases cases;
  private final Missions missions;
  private final MessageSource messages;
  private final Clock clock;

  FlightPages(
      FlightSchedule schedule,
      HouseholdBookings bookings,
      Manifests manifests,
      DepartureDay departures,
      Arrivals arrivals,
      FlightScope scope,
      Cases cases,
      Missions missions,
      MessageSource messages,
      Clock clock) {
    this.schedule = schedule;
    this.bookings = bookings;
    this.manifests = manifests;
    this.departures = departures;
    this.arrivals = arrivals;
    this.scope = scope;
    this.cases = cases;
    this.missions = missions;
    this.messages = messages;
    this.clock = clock;
  }

  /** A line of the flights list. */
  record FlightRow(Flight flight, Manifest.Seats seats) {}

  /** A household on a flight's page: its booking and its passengers as the manifest lists them. */
  record HouseholdRow(Booking booking, List<Manifest.Line> passengers) {

    /** Someone of the household is on board already: it can no longer be a no-show. */
    public boolean anyBoarded() {
      return booking.passengers().stream().anyMatch(p -> p.boarding() == Boarding.BOARDED);
    }
  }

  /** What was typed on the flight form: every field as text, kept when it comes back. */
  record FlightFields(
      String kind,
      String charterer,
      String flightNumber,
      String departureAirport,
      String arrivalAirport,
      String arrivalCountry,
      String departsAt,
      String timeZone,
      String seats,
      String currency,
      String costPerSeat,
      String charterCost) {

    static FlightFields blank(Clock clock) {
      LocalDateTime nextWeek =
          LocalDateTime.now(clock).plusDays(7).withHour(9).truncatedTo(ChronoUnit.HOURS);
      return new FlightFields(
          "CHARTER",
          "",
          "",
          "CMN",
          "",
          "",
          nextWeek.toString(),
          "Africa/Casablanca",
          "",
          "MAD",
          "",
          "");
    }

    FlightForm form() {
      Integer count;
      try {
        count = FlightForm.blank(seats) ? null : Integer.valueOf(seats.strip());
      } catch (NumberFormatException e) {
        count = -1;
      }
      return new FlightForm(
          null,
          kind,
          charterer,
          flightNumber,
          departureAirport,
          arrivalAirport,
          arrivalCountry,
          departsAt,
          timeZone,
          count,
          currency,
          costPerSeat,
          charterCost);
    }
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/movement")
  String movement() {
    return "redirect:/movement/flights";
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/movement/flights")
  String flights(Actor actor, Model model) {
    return flightsPage(model, FlightFields.blank(clock), FieldErrors.NONE, actor);
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/flights")
  String scheduleFlight(
      FlightFields fields,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Flight flight = schedule.schedule(fields.form().read(actor.missionCode(), missions), actor);
      redirect.addFlashAttribute("notice", "scheduled");
      return "redirect:/movement/flights/" + flight.id();
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return flightsPage(model, fields, errors(e), actor);
    }
  }

  private String flightsPage(Model model, FlightFields form, FieldErrors errors, Actor actor) {
    model.addAttribute(
        "flights",
        schedule.list(actor).stream().map(f -> new FlightRow(f, bookings.seats(f))).toList());
    model.addAttribute("canManage", actor.may(Permission.MOVEMENT_MANAGE));
    model.addAttribute("canConfirmArrivals", actor.may(Permission.ARRIVAL_CONFIRM));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("zones", ZONES);
    return "movement/flights";
  }

  /** The zones the form offers: the host mission's and the countries of return's. */
  static final List<String> ZONES =
      List.of(
          "Africa/Casablanca",
          "Africa/Douala",
          "Africa/Lagos",
          "Africa/Dakar",
          "Africa/Abidjan",
          "Africa/Bamako",
          "Africa/Conakry",
          "Africa/Kinshasa",
          "Africa/Libreville",
          "Europe/Paris",
          "UTC");

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/movement/flights/{id}")
  String flight(@PathVariable String id, Actor actor, Model model) {
    return flightPage(model, Json.flightId(id), actor);
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/flights/{id}/status")
  String step(
      @PathVariable String id,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String reason,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    FlightId flight = Json.flightId(id);
    try {
      FlightStatus target = FlightController.status(to);
      schedule.step(flight, null, target, reason, actor);
      redirect.addFlashAttribute("notice", "status-" + target.name());
      return "redirect:/movement/flights/" + flight;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("stepErrors", errors(e));
      return flightPage(model, flight, actor);
    } catch (ConflictException e) {
      return refused(model, response, e, flight, actor);
    }
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/flights/{id}/bookings")
  String book(
      @PathVariable String id,
      @RequestParam(name = "caseId", required = false) List<String> caseIds,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    FlightId flight = Json.flightId(id);
    List<HouseholdBooking> households = new ArrayList<>();
    for (String caseId : caseIds == null ? List.<String>of() : caseIds) {
      CaseId.parse(caseId).map(HouseholdBooking::of).ifPresent(households::add);
    }
    try {
      bookings.book(flight, households, actor);
      redirect.addFlashAttribute("notice", "booked");
      redirect.addFlashAttribute("count", households.size());
      return "redirect:/movement/flights/" + flight;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute(
          "problem", messages.getMessage("movement.choose-households", null, locale()));
      return flightPage(model, flight, actor);
    } catch (ConflictException e) {
      return refused(model, response, e, flight, actor);
    }
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/flights/{id}/bookings/{caseId}/cancellation")
  String cancel(
      @PathVariable String id,
      @PathVariable String caseId,
      @RequestParam(required = false) String reason,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    FlightId flight = Json.flightId(id);
    try {
      bookings.cancel(flight, Json.caseId(caseId), reason, actor);
      redirect.addFlashAttribute("notice", "taken-off");
      return "redirect:/movement/flights/" + flight;
    } catch (ConflictException e) {
      return refused(model, response, e, flight, actor);
    }
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/flights/{id}/passengers/{personId}/medical-escort")
  String escort(
      @PathVariable String id,
      @PathVariable String personId,
      @RequestParam(required = false) String escort,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    FlightId flight = Json.flightId(id);
    try {
      bookings.escort(flight, Json.personId(personId), "true".equals(escort), actor);
      redirect.addFlashAttribute("notice", "escort-changed");
      return "redirect:/movement/flights/" + flight + "#p-" + personId;
    } catch (ConflictException e) {
      return refused(model, response, e, flight, actor);
    }
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @GetMapping("/movement/flights/{id}/check-in")
  String checkIn(@PathVariable String id, Actor actor, Model model) {
    return checkInPage(model, Json.flightId(id), actor);
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/flights/{id}/passengers/{personId}/check-in")
  String checkInPassenger(
      @PathVariable String id,
      @PathVariable String personId,
      Actor actor,
      Model model,
      HttpServletResponse response) {
    return passengerStep(id, personId, PassengerStep.CHECK_IN, actor, model, response);
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/flights/{id}/passengers/{personId}/boarding")
  String boardPassenger(
      @PathVariable String id,
      @PathVariable String personId,
      Actor actor,
      Model model,
      HttpServletResponse response) {
    return passengerStep(id, personId, PassengerStep.BOARD, actor, model, response);
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/flights/{id}/passengers/{personId}/check-in/undo")
  String undoCheckIn(
      @PathVariable String id,
      @PathVariable String personId,
      Actor actor,
      Model model,
      HttpServletResponse response) {
    return passengerStep(id, personId, PassengerStep.UNDO_CHECK_IN, actor, model, response);
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/flights/{id}/passengers/{personId}/boarding/undo")
  String undoBoarding(
      @PathVariable String id,
      @PathVariable String personId,
      Actor actor,
      Model model,
      HttpServletResponse response) {
    return passengerStep(id, personId, PassengerStep.UNDO_BOARDING, actor, model, response);
  }

  /** What a button of the check-in page does to a passenger. */
  private enum PassengerStep {
    CHECK_IN,
    BOARD,
    UNDO_CHECK_IN,
    UNDO_BOARDING
  }

  private String passengerStep(
      String id,
      String personId,
      PassengerStep step,
      Actor actor,
      Model model,
      HttpServletResponse response) {
    FlightId flight = Json.flightId(id);
    PersonId person = Json.personId(personId);
    try {
      switch (step) {
        case CHECK_IN -> departures.checkIn(flight, person, actor);
        case BOARD -> departures.board(flight, person, actor);
        case UNDO_CHECK_IN -> departures.undoCheckIn(flight, person, actor);
        case UNDO_BOARDING -> departures.undoBoarding(flight, person, actor);
      }
      return "redirect:/movement/flights/" + flight + "/check-in#p-" + personId;
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return checkInPage(model, flight, actor);
    }
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @GetMapping("/movement/flights/{id}/bookings/{caseId}/no-show")
  String noShowForm(
      @PathVariable String id, @PathVariable String caseId, Actor actor, Model model) {
    return noShowPage(model, Json.flightId(id), Json.caseId(caseId), FieldErrors.NONE, actor);
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/flights/{id}/bookings/{caseId}/no-show")
  String noShow(
      @PathVariable String id,
      @PathVariable String caseId,
      @RequestParam(required = false) String reason,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    FlightId flight = Json.flightId(id);
    CaseId household = Json.caseId(caseId);
    try {
      Booking booking = departures.noShow(flight, household, reason, actor);
      redirect.addFlashAttribute("notice", "no-show");
      redirect.addFlashAttribute("caseNumber", booking.caseNumber());
      return "redirect:/movement/flights/" + flight + "/check-in";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return noShowPage(model, flight, household, errors(e), actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return checkInPage(model, flight, actor);
    }
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/flights/{id}/bookings/{caseId}/no-show/undo")
  String undoNoShow(
      @PathVariable String id,
      @PathVariable String caseId,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    FlightId flight = Json.flightId(id);
    try {
      Booking booking = departures.undoNoShow(flight, Json.caseId(caseId), actor);
      redirect.addFlashAttribute("notice", "no-show-undone");
      redirect.addFlashAttribute("caseNumber", booking.caseNumber());
      return "redirect:/movement/flights/" + flight + "/check-in#h-" + booking.caseId();
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return checkInPage(model, flight, actor);
    }
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/flights/{id}/departure")
  String depart(
      @PathVariable String id,
      @RequestParam(required = false) Long version,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    FlightId flight = Json.flightId(id);
    try {
      DepartureDay.Departure departure = departures.depart(flight, version, actor);
      redirect.addFlashAttribute("notice", "departed");
      redirect.addFlashAttribute("count", departure.departed().size());
      return "redirect:/movement/flights/" + flight;
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return checkInPage(model, flight, actor);
    } catch (StaleVersionException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", messages.getMessage("movement.stale", null, locale()));
      return checkInPage(model, flight, actor);
    }
  }

  /** A household awaiting the receiving mission's confirmation that it arrived. */
  record ArrivalRow(Booking booking, Flight flight, Case household) {}

  @Requires(Permission.ARRIVAL_CONFIRM)
  @GetMapping("/movement/arrivals")
  String arrivalsPage(Actor actor, Model model) {
    Map<FlightId, Flight> flights = new LinkedHashMap<>();
    List<ArrivalRow> rows = new ArrayList<>();
    for (Booking booking : arrivals.awaiting(actor)) {
      Flight flight = flights.computeIfAbsent(booking.flightId(), f -> schedule.get(f, actor));
      rows.add(
          new ArrivalRow(
              booking,
              flight,
              cases.get(booking.caseId(), HouseholdBookings.withoutSensitive(actor))));
    }
    model.addAttribute("arrivals", rows);
    return "movement/arrivals";
  }

  @Requires(Permission.ARRIVAL_CONFIRM)
  @PostMapping("/movement/arrivals")
  String confirmArrival(
      @RequestParam(required = false) String flightId,
      @RequestParam(required = false) String caseId,
      @RequestParam(required = false) String arrivedOn,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Booking booking =
          arrivals.confirm(
              Json.flightId(flightId),
              Json.caseId(caseId),
              DepartureController.arrivedOn(arrivedOn),
              actor);
      redirect.addFlashAttribute("notice", "arrived");
      redirect.addFlashAttribute("caseNumber", booking.caseNumber());
      return "redirect:/movement/arrivals";
    } catch (org.homeward.shared.InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute(
          "problem",
          e.violations().stream().map(v -> v.field() + ": " + v.message()).toList().toString());
      model.addAttribute("invalidCase", caseId);
      model.addAttribute("invalidArrivedOn", arrivedOn);
      return arrivalsPage(actor, model);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return arrivalsPage(actor, model);
    }
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }

  private String refused(
      Model model,
      HttpServletResponse response,
      ConflictException e,
      FlightId flight,
      Actor actor) {
    response.setStatus(HttpStatus.CONFLICT.value());
    model.addAttribute("problem", e.getMessage());
    Object refusals = e.details().get("refusals");
    if (refusals instanceof List<?> list) {
      model.addAttribute("refusals", list);
    }
    return flightPage(model, flight, actor);
  }

  private String flightPage(Model model, FlightId id, Actor actor) {
    Flight flight = schedule.get(id, actor);
    Manifest manifest = manifests.of(id, actor);
    List<Booking> all = bookings.of(id, actor);
    model.addAttribute("flight", flight);
    model.addAttribute("seats", manifest.seats());
    model.addAttribute("manifest", manifest);
    model.addAttribute("households", households(manifest, all));
    model.addAttribute(
        "closed",
        all.stream()
            .filter(
                b -> b.status() == BookingStatus.NO_SHOW || b.status() == BookingStatus.CANCELLED)
            .toList());
    boolean canManage = scope.canManage(actor, flight);
    model.addAttribute("canManage", canManage);
    model.addAttribute(
        "steps",
        flight.status().next().stream().filter(s -> s != FlightStatus.DEPARTED).sorted().toList());
    model.addAttribute("changes", schedule.changesSinceConfirmation(id, actor).reversed());
    model.addAttribute(
        "ready", canManage && flight.status().isOpen() ? ready(flight, actor) : List.of());
    if (!model.containsAttribute("stepErrors")) {
      model.addAttribute("stepErrors", FieldErrors.NONE);
    }
    model.addAttribute("lang", locale().getLanguage());
    return "movement/flight";
  }

  private String checkInPage(Model model, FlightId id, Actor actor) {
    Flight flight = schedule.get(id, actor);
    scope.requireManage(actor, flight);
    Manifest manifest = manifests.of(id, actor);
    List<Booking> all = bookings.of(id, actor);
    List<HouseholdRow> households =
        households(manifest, all).stream().filter(h -> h.booking().isOpen()).toList();
    model.addAttribute("flight", flight);
    model.addAttribute("seats", manifest.seats());
    model.addAttribute("households", households);
    model.addAttribute(
        "noShows", all.stream().filter(b -> b.status() == BookingStatus.NO_SHOW).toList());
    long expected = count(households, Boarding.EXPECTED);
    long checkedIn = count(households, Boarding.CHECKED_IN);
    long boarded = count(households, Boarding.BOARDED);
    model.addAttribute("expected", expected);
    model.addAttribute("checkedIn", checkedIn);
    model.addAttribute("boarded", boarded);
    model.addAttribute(
        "canDepart", flight.status() == FlightStatus.CONFIRMED && expected == 0 && checkedIn == 0);
    return "movement/check-in";
  }

  private String noShowPage(
      Model model, FlightId id, CaseId caseId, FieldErrors errors, Actor actor) {
    Flight flight = schedule.get(id, actor);
    scope.requireManage(actor, flight);
    Booking booking =
        bookings.of(id, actor).stream()
            .filter(b -> b.caseId().equals(caseId) && b.isOpen())
            .findFirst()
            .orElseThrow(() -> new NotFoundException("booking of case", caseId));
    model.addAttribute("flight", flight);
    model.addAttribute("booking", booking);
    model.addAttribute("household", cases.get(caseId, HouseholdBookings.withoutSensitive(actor)));
    model.addAttribute("errors", errors);
    return "movement/no-show";
  }

  private static long count(List<HouseholdRow> households, Boarding boarding) {
    return households.stream()
        .flatMap(h -> h.passengers().stream())
        .filter(p -> p.boarding() == boarding)
        .count();
  }

  private static List<HouseholdRow> households(Manifest manifest, List<Booking> bookings) {
    List<HouseholdRow> rows = new ArrayList<>();
    for (Booking booking : bookings) {
      List<Manifest.Line> lines =
          manifest.lines().stream().filter(l -> l.caseId().equals(booking.caseId())).toList();
      if (!lines.isEmpty()
          && booking.status() != BookingStatus.NO_SHOW
          && booking.status() != BookingStatus.CANCELLED) {
        rows.add(new HouseholdRow(booking, lines));
      }
    }
    return rows;
  }

  /** The ready households going where the flight goes, most vulnerable first. */
  private List<CaseSummary> ready(Flight flight, Actor actor) {
    return cases
        .search(
            new CaseSearch(
                java.util.Set.of(CaseStatus.READY_FOR_DEPARTURE),
                null,
                null,
                null,
                null,
                null,
                null,
                CaseSearch.SortOrder.PRIORITY,
                0,
                CaseSearch.MAX_SIZE),
            actor)
        .items()
        .stream()
        .filter(s -> s.destinationCountry().equals(flight.details().arrivalCountry()))
        .limit(READY_SHOWN)
        .toList();
  }

  private FieldErrors errors(InvalidInputException e) {
    return FieldErrors.of(e.violations(), messages, locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
