package org.homeward.reintegration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.movement.flights.FlightFixture;
import org.homeward.organisation.TestAccounts;
import org.homeward.registry.Households;
import tools.jackson.databind.JsonNode;

/**
 * Returnees who arrived in Cameroon, set up through the API as the missions would: the Morocco
 * mission registers, funds and flies them to Douala, the Cameroon mission confirms their arrival.
 * The households' principal applicants are older people, paid for by a project of the fixture's own
 * that targets them (targeted projects pay first), in USD with a reintegration cap of {@link #CAP}
 * per person whatever their category: the cap a test plans within is known.
 */
public final class ReintegrationFixture {

  public static final String CAP = "800.00";

  public final ApiClient officer;
  public final ApiClient chief;
  public final ApiClient finance;
  public final ApiClient hostCaseworker;
  public final ApiClient receivingCaseworker;
  public final ApiClient admin;
  public final FlightFixture flights;
  private final int port;

  public ReintegrationFixture(int port) {
    this.port = port;
    this.officer = ApiClient.as(port, "reintegration.cmr");
    this.chief = ApiClient.as(port, "chief.cmr");
    this.finance = ApiClient.as(port, "finance.mar");
    this.hostCaseworker = ApiClient.as(port, "caseworker.mar");
    this.receivingCaseworker = ApiClient.as(port, "caseworker.cmr");
    this.admin = ApiClient.as(port, "admin");
    this.flights = new FlightFixture(port, "CMR");
  }

  /** A project paying for older returnees to Cameroon, with money for many households. */
  public long fund() {
    long donor = flights.money.donor("Reintegration donor");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "T-REINT-" + Households.uniqueFamilyName().toUpperCase());
    body.put("title", "Test returns of older people to Cameroon");
    body.put("missionCode", "MAR");
    body.put("currency", "USD");
    body.put("startsOn", LocalDate.now().minusMonths(6).toString());
    body.put("endsOn", LocalDate.now().plusMonths(6).toString());
    body.put("donorIds", List.of(donor));
    body.put("budget", Map.of("MOVEMENT", "1000000.00", "REINTEGRATION", "1000000.00"));
    body.put(
        "unitCosts",
        Map.of(
            "seatShare", "300.00",
            "pocketMoney", "50.00",
            "reintegrationCap", CAP,
            "reintegrationCapMinor", CAP,
            "reintegrationCapVulnerable", CAP));
    body.put(
        "eligibility",
        Map.of(
            "missions", List.of("MAR"),
            "destinations", List.of("CMR"),
            "targetGroups", List.of("OLDER_PERSONS")));
    Response created = finance.post("/api/v1/funding/projects", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    long project = created.json().get("id").asLong();
    String today = LocalDate.now().toString();
    flights.money.contribute(donor, project, "500000.00", "USD", today, today);
    return project;
  }

  /** A man of 62 going home alone. */
  public Map<String, Object> olderMan() {
    return flights.household(List.of(member("Joseph", "M", "PRINCIPAL", List.of(), null)));
  }

  /** A woman of 63 and her grown-up son. */
  public Map<String, Object> motherAndSon() {
    List<Map<String, Object>> members = new ArrayList<>();
    members.add(member("Odile", "F", "PRINCIPAL", List.of(), null));
    Map<String, Object> son =
        Households.member(
            "Paul",
            Households.uniqueFamilyName(),
            "M",
            LocalDate.now().minusYears(30).toString(),
            "CHILD",
            null,
            List.of());
    members.add(son);
    return flights.household(members);
  }

  /** A man of 62 with a serious medical condition and notes only those who need to may read. */
  public Map<String, Object> sickMan(String notes) {
    return flights.household(
        List.of(member("Martin", "M", "PRINCIPAL", List.of("SERIOUS_MEDICAL_CONDITION"), notes)));
  }

  public static Map<String, Object> member(
      String given, String sex, String relationship, List<String> needs, String notes) {
    Map<String, Object> m =
        Households.member(
            given,
            Households.uniqueFamilyName(),
            sex,
            LocalDate.now().minusYears(62).toString(),
            relationship,
            null,
            needs);
    if (notes != null) {
      m.put("vulnerabilityNotes", notes);
    }
    return m;
  }

  /** Registers the households, makes them ready, and flies them to Douala; their cases ready. */
  public List<JsonNode> ready(List<Map<String, Object>> households) {
    List<JsonNode> ready = new ArrayList<>();
    households.forEach(h -> ready.add(flights.ready(h)));
    return ready;
  }

  /**
   * The ready households on a charter to Douala today: checked in, boarded, departed, and their
   * arrival confirmed by the Cameroon mission. Their cases, as read after arrival.
   */
  public List<JsonNode> flyHome(List<JsonNode> ready) {
    Map<String, Object> charter = flights.charter(ready.size() * 4 + 10, 0);
    charter.put("arrivalAirport", "DLA");
    long flight = flights.schedule(charter);
    for (JsonNode c : ready) {
      Response booked = flights.book(flight, c.get("id").asString());
      assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    }
    assertThat(flights.confirm(flight).status()).isEqualTo(200);
    String path = FlightFixture.flights(flight);
    for (JsonNode c : ready) {
      for (String person : FlightFixture.members(c)) {
        assertThat(
                flights.movement.post(path + "/passengers/" + person + "/check-in", null).status())
            .isEqualTo(200);
        assertThat(
                flights.movement.post(path + "/passengers/" + person + "/boarding", null).status())
            .isEqualTo(200);
      }
    }
    Response departed = flights.movement.post(path + "/departure", null);
    assertThat(departed.status()).as(departed.text()).isEqualTo(200);
    List<JsonNode> arrived = new ArrayList<>();
    for (JsonNode c : ready) {
      String id = c.get("id").asString();
      Response confirmed = receivingCaseworker.post(path + "/bookings/" + id + "/arrival", null);
      assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
      arrived.add(chief.get("/api/v1/cases/" + id).json());
    }
    return arrived;
  }

  /** The households registered, funded, flown to Douala and arrived. */
  public List<JsonNode> arrived(List<Map<String, Object>> households) {
    return flyHome(ready(households));
  }

  /** A user of the Cameroon mission with these roles, signed in with the tests' password. */
  public ApiClient cameroonUser(String prefix, List<String> roles) {
    String username = prefix + "." + System.nanoTime() % 1_000_000;
    Response created =
        admin.post(
            "/api/v1/users",
            Map.of(
                "username",
                username,
                "displayName",
                "Test " + prefix,
                "missionCode",
                "CMR",
                "roles",
                roles,
                "language",
                "fr",
                "password",
                TestAccounts.PASSWORD));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return ApiClient.as(port, username, TestAccounts.PASSWORD);
  }

  /** A plan's body: a microbusiness for {@code person} with these items (amount, currency). */
  public static Map<String, Object> microbusiness(String person, List<List<String>> items) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("type", "MICROBUSINESS");
    plan.put("beneficiaries", List.of(person));
    plan.put("agreedOn", LocalDate.now().toString());
    plan.put("sector", "Garments");
    plan.put("activity", "Tailoring");
    plan.put("location", "Douala");
    plan.put("expectedMonthlyIncome", "90000");
    plan.put("expectedIncomeCurrency", "XAF");
    plan.put("businessPlan", "Sews and mends clothes in a stall at the market.");
    List<Map<String, Object>> lines = new ArrayList<>();
    int i = 1;
    for (List<String> item : items) {
      lines.add(
          Map.of("description", "Item " + i++, "amount", item.get(0), "currency", item.get(1)));
    }
    plan.put("items", lines);
    return plan;
  }

  public static String id(JsonNode c) {
    return c.get("id").asString();
  }

  public static String principal(JsonNode c) {
    return c.get("members").get(0).get("id").asString();
  }
}
