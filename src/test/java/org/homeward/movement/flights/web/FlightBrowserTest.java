package org.homeward.movement.flights.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.movement.flights.FlightFixture.flights;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.BrowserTest;
import org.homeward.movement.flights.FlightFixture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Departure day in Debian's Chromium on a tablet-sized screen, without JavaScript: the movement
 * officer finds today's charter to Brazzaville under Movement, reads its manifest, checks one man
 * in and boards him, marks the other household a no-show with the reason, and marks the flight
 * departed. The pages pass axe, in English and in Arabic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FlightBrowserTest extends BrowserTest {

  @Test
  void movementOfficerChecksInBoardsMarksANoShowAndMarksTheFlightDeparted() {
    FlightFixture congo = new FlightFixture(port, "COG");
    congo.fund();
    Map<String, Object> charter = congo.charter(40, 0);
    charter.put("arrivalAirport", "BZV");
    long flight = congo.schedule(charter);
    JsonNode traveller = congo.ready(congo.single());
    JsonNode absent = congo.ready(congo.single());
    for (JsonNode c : List.of(traveller, absent)) {
      assertThat(congo.book(flight, c.get("id").asString()).status()).isEqualTo(201);
    }
    assertThat(congo.confirm(flight).status()).isEqualTo(200);
    String given = traveller.get("members").get(0).get("givenName").asString();
    String family = traveller.get("members").get(0).get("familyName").asString();
    String name = given + " " + family;
    String absentName =
        absent.get("members").get(0).get("givenName").asString()
            + " "
            + absent.get("members").get(0).get("familyName").asString();
    Map<String, List<String>> violations = new LinkedHashMap<>();

    // axe runs in the page: the pages are checked with JavaScript first, then used without it
    try (BrowserContext context = newContext("en-GB", true)) {
      Page page = context.newPage();
      page.setViewportSize(820, 1180);
      signIn(page, "movement.mar", "en");
      page.navigate(url("/movement/flights"));
      check(page, "movement-flights-en", violations);
      page.navigate(url("/movement/flights/" + flight));
      check(page, "movement-flight-en", violations);
      page.navigate(url("/movement/flights/" + flight + "/check-in"));
      check(page, "movement-check-in-en", violations);
    }

    try (BrowserContext context = newContext("en-GB", false)) {
      Page page = context.newPage();
      page.setViewportSize(820, 1180);
      signIn(page, "movement.mar", "en");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Movement").setExact(true))
          .first()
          .click();
      assertThat(page).hasURL(url("/movement/flights"));
      // the flight itself: other tests' flights, in the same database, may list before it
      page.navigate(url("/movement/flights/" + flight));
      assertThat(page.locator("h1")).containsText("CMN → BZV");
      assertThat(page.locator("table.manifest")).containsText(family);
      assertThat(page.locator("table.manifest")).containsText("Passport");

      page.getByText("Departure-day check-in").click();
      assertThat(page).hasURL(url("/movement/flights/" + flight + "/check-in"));
      Locator depart =
          page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark the flight departed"));
      assertThat(depart).isDisabled();

      page.getByLabel("Check in " + name).click();
      assertThat(page.locator("#p-" + traveller.get("members").get(0).get("id").asString()))
          .containsText("Checked in");
      page.getByLabel(name + " is on board").click();
      assertThat(page.locator("#p-" + traveller.get("members").get(0).get("id").asString()))
          .containsText("On board");

      page.getByLabel(absentName + " did not show").click();
      // a no-show needs its reason: the form comes back naming the field
      page.getByText("Mark the household a no-show").click();
      assertThat(page.locator("#reason-error")).isVisible();
      page.getByLabel("Reason").fill("did not come to the airport");
      page.getByText("Mark the household a no-show").click();
      assertThat(page).hasURL(url("/movement/flights/" + flight + "/check-in"));
      assertThat(page.getByRole(AriaRole.STATUS).first())
          .containsText(absent.get("caseNumber").asString());
      screenshot(page, "movement-check-in-done-en");

      assertThat(depart).isEnabled();
      depart.click();
      assertThat(page).hasURL(url("/movement/flights/" + flight));
      assertThat(page.locator(".alert--success"))
          .containsText("The flight has departed with 1 household.");
      assertThat(page.locator(".page-heading__badges")).containsText("Departed");
      screenshot(page, "movement-flight-departed-en");
    }

    assertThat(congo.status(traveller.get("id").asString())).isEqualTo("DEPARTED");
    assertThat(congo.status(absent.get("id").asString())).isEqualTo("NO_SHOW");
    assertThat(congo.movement.get(flights(flight)).json().get("status").asString())
        .isEqualTo("DEPARTED");

    try (BrowserContext context = newContext("ar", true)) {
      Page page = context.newPage();
      signIn(page, "movement.mar", "ar");
      page.navigate(url("/movement/flights"));
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      assertThat(page.locator("h1")).hasText("الرحلات");
      check(page, "movement-flights-ar", violations);
      page.navigate(url("/movement/flights/" + flight));
      check(page, "movement-flight-ar", violations);
    }
    assertThat(violations).isEmpty();
  }

  /**
   * Departure day from start to end on a charter to Douala, with the demo's money and people: the
   * movement officer checks the passengers in on a tablet without JavaScript, takes back a check-in
   * made by mistake, marks a household a no-show with the reason and the flight departed; the
   * Cameroon mission's caseworker, who cannot mark the case arrived from its page, confirms the
   * arrival on the arrivals page, and the case is ARRIVED.
   */
  @Test
  void departureDayFromCheckInToTheReceivingMissionsConfirmation() {
    FlightFixture douala = new FlightFixture(port, "CMR");
    Map<String, Object> charter = douala.charter(40, 0);
    charter.put("arrivalAirport", "DLA");
    charter.put("flightNumber", "AT 9170");
    long flight = douala.schedule(charter);
    JsonNode family = douala.ready(douala.motherWithBabyAndBoy());
    JsonNode absent = douala.ready(douala.single());
    for (JsonNode c : List.of(family, absent)) {
      assertThat(douala.book(flight, c.get("id").asString()).status()).isEqualTo(201);
    }
    assertThat(douala.confirm(flight).status()).isEqualTo(200);
    List<String> names = new java.util.ArrayList<>();
    family
        .get("members")
        .forEach(
            m -> names.add(m.get("givenName").asString() + " " + m.get("familyName").asString()));
    String boy = family.get("members").get(2).get("id").asString();
    String absentName =
        absent.get("members").get(0).get("givenName").asString()
            + " "
            + absent.get("members").get(0).get("familyName").asString();
    String caseNumber = family.get("caseNumber").asString();
    Map<String, List<String>> violations = new LinkedHashMap<>();

    try (BrowserContext context = newContext("en-GB", false)) {
      Page page = context.newPage();
      page.setViewportSize(820, 1180);
      signIn(page, "movement.mar", "en");
      page.navigate(url("/movement/flights/" + flight + "/check-in"));
      for (String name : names) {
        page.getByLabel("Check in " + name).click();
      }
      // the boy was checked in before his papers were seen: taken back, then checked in again
      assertThat(page.locator("#p-" + boy)).containsText("Checked in");
      page.getByLabel("Undo the check-in of " + names.get(2)).click();
      assertThat(page.locator("#p-" + boy)).containsText("Expected");
      assertThat(page.getByLabel("Check in " + names.get(2))).isVisible();

      page.getByLabel(absentName + " did not show").click();
      page.getByLabel("Reason").fill("did not come to the airport; his phone is off");
      page.getByText("Mark the household a no-show").click();
      assertThat(page).hasURL(url("/movement/flights/" + flight + "/check-in"));
      assertThat(page.getByRole(AriaRole.STATUS).first())
          .containsText(absent.get("caseNumber").asString());
      assertThat(page.locator("#no-show-" + absent.get("id").asString()))
          .containsText("did not come to the airport");
      assertThat(
              page.getByLabel(
                  "Undo the no-show of household " + absent.get("caseNumber").asString()))
          .isVisible();

      page.getByLabel("Check in " + names.get(2)).click();
      for (String name : names) {
        page.getByLabel(name + " is on board").click();
      }
      assertThat(page.locator("#p-" + boy)).containsText("On board");
      assertThat(page.getByLabel("Undo the boarding of " + names.get(2))).isVisible();
      screenshot(page, "movement-check-in-undo-en");
      // the page with its undo buttons passes axe, in English and in Arabic
      for (String language : List.of("en", "ar")) {
        try (BrowserContext checked = newContext(language.equals("en") ? "en-GB" : "ar", true)) {
          Page tablet = checked.newPage();
          tablet.setViewportSize(820, 1180);
          signIn(tablet, "movement.mar", language);
          tablet.navigate(url("/movement/flights/" + flight + "/check-in"));
          check(tablet, "movement-check-in-undo-" + language, violations);
        }
      }
      Locator depart =
          page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark the flight departed"));
      assertThat(depart).isEnabled();
      depart.click();
      assertThat(page.locator(".alert--success"))
          .containsText("The flight has departed with 1 household.");
    }
    assertThat(douala.status(family.get("id").asString())).isEqualTo("DEPARTED");
    assertThat(douala.status(absent.get("id").asString())).isEqualTo("NO_SHOW");
    List<String> changes = new java.util.ArrayList<>();
    douala
        .movement
        .get(flights(flight) + "/changes")
        .json()
        .forEach(c -> changes.add(c.get("action").asString()));
    assertThat(changes)
        .containsSubsequence(
            "movement.passenger-checked-in",
            "movement.passenger-check-in-undone",
            "movement.household-no-show",
            "movement.passenger-boarded",
            "movement.flight-departed");

    try (BrowserContext context = newContext("fr-FR", true)) {
      Page page = context.newPage();
      page.setViewportSize(820, 1180);
      signIn(page, "caseworker.cmr", "fr");
      // the case page offers the step, but the case arrives only with its flight
      page.navigate(url("/cases/" + family.get("id").asString()));
      page.getByText("Marquer comme arrivé").click();
      assertThat(page.locator(".alert--error"))
          .containsText("Cette étape se fait avec le vol du ménage");
      assertThat(page.locator(".alert--error")).containsText("arrivals page");

      page.navigate(url("/movement/arrivals"));
      Locator row = page.locator("table tbody tr").filter(hasText(caseNumber));
      assertThat(row).hasCount(1);
      check(page, "movement-arrivals-walkthrough-fr", violations);
      row.getByRole(AriaRole.BUTTON).click();
      assertThat(page.getByRole(AriaRole.STATUS))
          .containsText("L’arrivée du dossier " + caseNumber + " est confirmée.");
      assertThat(page.locator("table tbody tr").filter(hasText(caseNumber))).hasCount(0);
    }
    assertThat(douala.status(family.get("id").asString())).isEqualTo("ARRIVED");
    assertThat(violations).isEmpty();
  }

  /**
   * A grandmother joins a family booked on a full charter: the booking is kept and the movement
   * officer sees the flight over capacity in the list of flights, on its page (which household, how
   * many seats lack) and at check-in.
   */
  @Test
  void theMovementOfficerSeesAFlightOverCapacityOnceABookedHouseholdGrows() {
    FlightFixture douala = new FlightFixture(port, "CMR");
    Map<String, Object> charter = douala.charter(3, 2);
    charter.put("arrivalAirport", "DLA");
    charter.put("flightNumber", "AT 9172");
    long flight = douala.schedule(charter);
    JsonNode single = douala.ready(douala.single());
    JsonNode family = douala.ready(douala.motherWithBabyAndBoy());
    String familyId = family.get("id").asString();
    for (JsonNode c : List.of(single, family)) {
      assertThat(douala.book(flight, c.get("id").asString()).status()).isEqualTo(201);
    }
    assertThat(douala.confirm(flight).status()).isEqualTo(200);
    List<Map<String, Object>> members = FlightFixture.memberFields(family);
    members.add(douala.grandmother(family));
    douala.patchMembers(familyId, members);
    douala.awaitBooking(flight, familyId, b -> b.get("overCapacity").asBoolean());
    Map<String, List<String>> violations = new LinkedHashMap<>();

    try (BrowserContext context = newContext("en-GB", true)) {
      Page page = context.newPage();
      signIn(page, "movement.mar", "en");
      page.navigate(url("/movement/flights"));
      assertThat(page.locator("table.flights tr").filter(hasText("AT 9172")))
          .containsText("Over capacity");
      page.navigate(url("/movement/flights/" + flight));
      Locator alert = page.locator(".over-capacity");
      assertThat(alert).containsText("take 4 seats and the flight has 3; 1 seat is lacking");
      assertThat(alert).containsText(family.get("caseNumber").asString());
      assertThat(page.locator("table.manifest")).containsText("Mariam");
      check(page, "movement-flight-over-capacity-en", violations);
      page.navigate(url("/movement/flights/" + flight + "/check-in"));
      assertThat(page.locator(".over-capacity")).containsText("Over capacity");
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theCameroonMissionConfirmsTheArrivalOfAHouseholdFromTheDemoCharterToDouala() {
    Map<String, List<String>> violations = new LinkedHashMap<>();
    try (BrowserContext context = newContext("fr-FR", true)) {
      Page page = context.newPage();
      page.setViewportSize(820, 1180);
      signIn(page, "caseworker.cmr", "fr");
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Mouvements").setExact(true))
          .first()
          .click();
      assertThat(page.locator("table.flights")).containsText("CMN → DLA");
      page.getByRole(
              AriaRole.LINK,
              new Page.GetByRoleOptions().setName("Arrivées à confirmer").setExact(true))
          .click();
      assertThat(page).hasURL(url("/movement/arrivals"));
      Locator confirm = page.locator("table tbody tr").first();
      String caseNumber = confirm.locator("td").nth(1).textContent().strip();
      check(page, "movement-arrivals-fr", violations);
      confirm.getByRole(AriaRole.BUTTON).click();
      assertThat(page.getByRole(AriaRole.STATUS))
          .containsText("L’arrivée du dossier " + caseNumber + " est confirmée.");
      assertThat(page.locator("table")).not().containsText(caseNumber);
    }
    assertThat(violations).isEmpty();
  }
}
