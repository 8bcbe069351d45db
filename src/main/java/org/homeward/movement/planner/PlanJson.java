package org.homeward.movement.planner;

import static org.homeward.shared.files.StrictJson.at;
import static org.homeward.shared.files.StrictJson.describe;
import static org.homeward.shared.files.StrictJson.shown;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.shared.files.StrictJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Planning scenarios and plans as JSON, the formats of the {@code plan} command (see
 * docs/movement-planner.md).
 *
 * <p>Reading checks the text field by field and collects every problem, each naming the household
 * or flight and the field ({@code household H-0042: households[41].members[0].ageYears: missing}),
 * then the references between them (duplicate ids, pins). A scenario is {@code {"flights": [...],
 * "households": [...]}}, with optional {@code "pinned"} and {@code "previous"} lists of {@code
 * {"household", "flight"}}. The member flags {@code lapInfant}, {@code medicalEscort} and {@code
 * unaccompaniedMinor} are false when absent, a missing or null document date means no valid
 * document; every other field is required. Fields the format does not know are reported as
 * warnings, so a misspelt optional field does not go unnoticed.
 */
public final class PlanJson {

  /**
   * What reading found.
   *
   * @param problem null when there are problems
   * @param warnings fields ignored, e.g. misspelt ones
   */
  public record Reading(
      PlanningProblem problem, List<ScenarioProblem> problems, List<ScenarioProblem> warnings) {
    public Reading {
      problems = List.copyOf(problems);
      warnings = List.copyOf(warnings);
    }
  }

  /** Largest number of digits before the decimal point of a value. */
  static final int MAX_INTEGER_DIGITS = 12;

  private static final List<String> SCENARIO_FIELDS =
      List.of("flights", "households", "pinned", "previous");
  private static final List<String> FLIGHT_FIELDS = List.of("id", "destination", "date", "seats");
  private static final List<String> HOUSEHOLD_FIELDS =
      List.of("id", "destination", "value", "readySince", "members");
  private static final List<String> MEMBER_FIELDS =
      List.of(
          "id",
          "ageYears",
          "lapInfant",
          "medicalEscort",
          "unaccompaniedMinor",
          "travelDocValidUntil",
          "fitValidUntil");
  private static final List<String> PLACE_FIELDS = List.of("household", "flight");

  private static final JsonMapper JSON = StrictJson.MAPPER;

  private PlanJson() {}

  public static Reading read(String text) {
    if (text.isBlank()) {
      return refused("empty; expected a JSON object {\"flights\": [...], \"households\": [...]}");
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      return refused("not JSON: " + describe(e));
    }
    if (root == null || root.isMissingNode()) {
      return refused("empty; expected a JSON object {\"flights\": [...], \"households\": [...]}");
    }
    if (!root.isObject()) {
      return refused(
          "expected a JSON object {\"flights\": [...], \"households\": [...]}, not " + shown(root));
    }
    Reader reader = new Reader();
    PlanningProblem problem = reader.scenario(root);
    if (reader.problems.isEmpty()) {
      reader.problems.addAll(Instance.check(problem));
    }
    return new Reading(
        reader.problems.isEmpty() ? problem : null, reader.problems, reader.warnings);
  }

  private static Reading refused(String message) {
    return new Reading(null, List.of(new ScenarioProblem("", "", message)), List.of());
  }

  /** A plan in the command's output format. */
  public static String write(FlightPlan plan) {
    ObjectNode json = JSON.createObjectNode();
    ArrayNode assignments = json.putArray("assignments");
    for (FlightPlan.Assignment assignment : plan.assignments()) {
      assignments
          .addObject()
          .put("household", assignment.household())
          .put("flight", assignment.flight());
    }
    ArrayNode unassigned = json.putArray("unassigned");
    for (FlightPlan.Unassigned left : plan.unassigned()) {
      unassigned.addObject().put("household", left.household()).put("reason", left.reason());
    }
    json.put("value", plan.value());
    json.put("delayCost", plan.delayCost());
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
  }

  /** A scenario in the command's input format (as the generator writes it). */
  public static String write(PlanningProblem problem) {
    ObjectNode json = JSON.createObjectNode();
    ArrayNode flights = json.putArray("flights");
    for (PlanFlight flight : problem.flights()) {
      flights
          .addObject()
          .put("id", flight.id())
          .put("destination", flight.destination())
          .put("date", flight.date().toString())
          .put("seats", flight.seats());
    }
    ArrayNode households = json.putArray("households");
    for (PlanHousehold household : problem.households()) {
      ObjectNode node =
          households
              .addObject()
              .put("id", household.id())
              .put("destination", household.destination())
              .put("value", household.value())
              .put("readySince", household.readySince().toString());
      ArrayNode members = node.putArray("members");
      for (PlanMember member : household.members()) {
        ObjectNode m =
            members
                .addObject()
                .put("id", member.id())
                .put("ageYears", member.ageYears())
                .put("lapInfant", member.lapInfant())
                .put("medicalEscort", member.medicalEscort())
                .put("unaccompaniedMinor", member.unaccompaniedMinor());
        putDate(m, "travelDocValidUntil", member.travelDocValidUntil());
        putDate(m, "fitValidUntil", member.fitValidUntil());
      }
    }
    if (!problem.pinned().isEmpty()) {
      places(json.putArray("pinned"), problem.pinned());
    }
    if (!problem.previous().isEmpty()) {
      places(json.putArray("previous"), problem.previous());
    }
    return JSON.writer().writeValueAsString(json) + "\n";
  }

  private static void places(ArrayNode array, Map<String, String> places) {
    places.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> array.addObject().put("household", e.getKey()).put("flight", e.getValue()));
  }

  private static void putDate(ObjectNode node, String name, LocalDate date) {
    if (date == null) {
      node.putNull(name);
    } else {
      node.put(name, date.toString());
    }
  }

  /** Reads one scenario, noting problems as it goes. */
  private static final class Reader {
    final List<ScenarioProblem> problems = new ArrayList<>();
    final List<ScenarioProblem> warnings = new ArrayList<>();

    PlanningProblem scenario(JsonNode root) {
      onlyFields(root, "", "", SCENARIO_FIELDS, "a scenario");
      List<PlanFlight> flights = new ArrayList<>();
      List<PlanHousehold> households = new ArrayList<>();
      JsonNode flightList = list(root, "flights", true);
      for (int i = 0; flightList != null && i < flightList.size(); i++) {
        PlanFlight flight = flight(flightList.get(i), "flights[" + i + "]");
        if (flight != null) {
          flights.add(flight);
        }
      }
      JsonNode householdList = list(root, "households", true);
      for (int i = 0; householdList != null && i < householdList.size(); i++) {
        PlanHousehold household = household(householdList.get(i), "households[" + i + "]");
        if (household != null) {
          households.add(household);
        }
      }
      Map<String, String> pinned = places(root, "pinned");
      Map<String, String> previous = places(root, "previous");
      return new PlanningProblem(flights, households, pinned, previous);
    }

    PlanFlight flight(JsonNode node, String path) {
      if (!node.isObject()) {
        problem(
            "",
            path,
            "must be an object {\"id\", \"destination\", \"date\", \"seats\"}, not " + shown(node));
        return null;
      }
      String id = text(node, "", path, "id");
      String subject = id == null ? "" : "flight " + id;
      onlyFields(node, subject, path, FLIGHT_FIELDS, "a flight");
      String destination = text(node, subject, path, "destination");
      LocalDate date = date(node, subject, path, "date", false);
      Integer seats = whole(node, subject, path, "seats", 100_000);
      return id == null || destination == null || date == null || seats == null
          ? null
          : new PlanFlight(id, destination, date, seats);
    }

    PlanHousehold household(JsonNode node, String path) {
      if (!node.isObject()) {
        problem(
            "",
            path,
            "must be an object {\"id\", \"destination\", \"value\", \"readySince\","
                + " \"members\"}, not "
                + shown(node));
        return null;
      }
      String id = text(node, "", path, "id");
      String subject = id == null ? "" : "household " + id;
      onlyFields(node, subject, path, HOUSEHOLD_FIELDS, "a household");
      String destination = text(node, subject, path, "destination");
      BigDecimal value = decimal(node, subject, path, "value");
      LocalDate readySince = date(node, subject, path, "readySince", false);
      List<PlanMember> members = new ArrayList<>();
      boolean membersRead = true;
      JsonNode list = present(node, subject, path, "members");
      if (list != null && !list.isArray()) {
        problem(
            subject, at(path, "members"), "must be a list of members [...], not " + shown(list));
        membersRead = false;
      } else if (list != null && list.isEmpty()) {
        problem(subject, at(path, "members"), "a household has at least one member");
        membersRead = false;
      } else if (list == null) {
        membersRead = false;
      } else {
        for (int m = 0; m < list.size(); m++) {
          PlanMember member = member(list.get(m), subject, at(path, "members[" + m + "]"));
          if (member == null) {
            membersRead = false;
          } else {
            members.add(member);
          }
        }
      }
      return id == null
              || destination == null
              || value == null
              || readySince == null
              || !membersRead
          ? null
          : new PlanHousehold(id, destination, value, readySince, members);
    }

    PlanMember member(JsonNode node, String subject, String path) {
      if (!node.isObject()) {
        problem(subject, path, "must be an object {\"id\", \"ageYears\", ...}, not " + shown(node));
        return null;
      }
      onlyFields(node, subject, path, MEMBER_FIELDS, "a member");
      String id = text(node, subject, path, "id");
      Integer age = whole(node, subject, path, "ageYears", 130);
      Boolean lap = flag(node, subject, path, "lapInfant");
      Boolean escort = flag(node, subject, path, "medicalEscort");
      Boolean minor = flag(node, subject, path, "unaccompaniedMinor");
      LocalDate document = date(node, subject, path, "travelDocValidUntil", true);
      LocalDate fit = date(node, subject, path, "fitValidUntil", true);
      boolean datesRead =
          readable(node, "travelDocValidUntil", document) && readable(node, "fitValidUntil", fit);
      return id == null
              || age == null
              || lap == null
              || escort == null
              || minor == null
              || !datesRead
          ? null
          : new PlanMember(id, age, lap, escort, minor, document, fit);
    }

    Map<String, String> places(JsonNode root, String name) {
      Map<String, String> places = new LinkedHashMap<>();
      JsonNode list = list(root, name, false);
      for (int i = 0; list != null && i < list.size(); i++) {
        String path = name + "[" + i + "]";
        JsonNode node = list.get(i);
        if (!node.isObject()) {
          problem("", path, "must be an object {\"household\", \"flight\"}, not " + shown(node));
          continue;
        }
        onlyFields(node, "", path, PLACE_FIELDS, "a place");
        String household = text(node, "", path, "household");
        String flight =
            text(node, household == null ? "" : "household " + household, path, "flight");
        if (household != null && flight != null && places.putIfAbsent(household, flight) != null) {
          problem("household " + household, path, "listed twice in " + name);
        }
      }
      return places;
    }

    /** The list, or null (noted when required) when it is absent. */
    JsonNode list(JsonNode root, String name, boolean required) {
      JsonNode node = root.get(name);
      if (node == null || (!required && node.isNull())) {
        if (required) {
          problem("", name, "missing");
        }
        return null;
      }
      if (!node.isArray()) {
        problem("", name, "must be a list [...] (empty if there are none), not " + shown(node));
        return null;
      }
      return node;
    }

    void onlyFields(JsonNode node, String subject, String path, List<String> fields, String what) {
      for (String name : node.propertyNames()) {
        if (!fields.contains(name)) {
          warnings.add(
              new ScenarioProblem(
                  subject,
                  at(path, name),
                  "unknown field, ignored; " + what + " has " + String.join(", ", fields)));
        }
      }
    }

    /** The field's value, or null (noted) when it is absent or null. */
    JsonNode present(JsonNode node, String subject, String path, String name) {
      JsonNode value = node.get(name);
      if (value == null) {
        problem(subject, at(path, name), "missing");
        return null;
      }
      if (value.isNull()) {
        problem(subject, at(path, name), "must not be null");
        return null;
      }
      return value;
    }

    String text(JsonNode node, String subject, String path, String name) {
      JsonNode value = present(node, subject, path, name);
      if (value == null) {
        return null;
      }
      if (!value.isString() || value.stringValue().isBlank()) {
        problem(subject, at(path, name), "must be a non-empty string, not " + shown(value));
        return null;
      }
      return value.stringValue();
    }

    LocalDate date(JsonNode node, String subject, String path, String name, boolean nullable) {
      JsonNode value = nullable ? node.get(name) : present(node, subject, path, name);
      if (value == null || value.isNull()) {
        return null;
      }
      LocalDate date = StrictJson.date(value);
      if (date == null) {
        problem(subject, at(path, name), "not a date (YYYY-MM-DD): " + shown(value));
      }
      return date;
    }

    /** A nullable date was read: absent, null, or a date. */
    static boolean readable(JsonNode node, String name, LocalDate read) {
      JsonNode value = node.get(name);
      return value == null || value.isNull() || read != null;
    }

    Integer whole(JsonNode node, String subject, String path, String name, int max) {
      JsonNode value = present(node, subject, path, name);
      if (value == null) {
        return null;
      }
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        problem(subject, at(path, name), "must be a whole number, not " + shown(value));
        return null;
      }
      int number = value.intValue();
      if (number < 0) {
        problem(subject, at(path, name), "must not be negative: " + number);
        return null;
      }
      if (number > max) {
        problem(subject, at(path, name), "at most " + max + ": " + number);
        return null;
      }
      return number;
    }

    Boolean flag(JsonNode node, String subject, String path, String name) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        return false;
      }
      if (!value.isBoolean()) {
        problem(subject, at(path, name), "must be true or false, not " + shown(value));
        return null;
      }
      return value.booleanValue();
    }

    BigDecimal decimal(JsonNode node, String subject, String path, String name) {
      JsonNode value = present(node, subject, path, name);
      if (value == null) {
        return null;
      }
      BigDecimal number = StrictJson.decimal(value);
      String field = at(path, name);
      if (number == null) {
        problem(subject, field, "not a number (e.g. 12.5): " + shown(value));
        return null;
      }
      if (number.signum() < 0) {
        problem(subject, field, "must not be negative: " + shown(value));
        return null;
      }
      number = number.stripTrailingZeros();
      if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
        problem(
            subject,
            field,
            "too large, at most "
                + MAX_INTEGER_DIGITS
                + " digits before the point: "
                + shown(value));
        return null;
      }
      if (number.scale() > Instance.MAX_VALUE_DECIMALS) {
        problem(
            subject,
            field,
            "at most " + Instance.MAX_VALUE_DECIMALS + " decimals: " + shown(value));
        return null;
      }
      return number.scale() < 0 ? number.setScale(0) : number;
    }

    void problem(String subject, String field, String message) {
      problems.add(new ScenarioProblem(subject, field, message));
    }
  }
}
