package org.homeward.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.organisation.Browser;
import org.homeward.registry.Households;
import org.homeward.reintegration.ReintegrationFixture;
import org.homeward.reporting.dashboard.internal.SummaryKeeper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard on the demo data and on households the test registers, withdraws and flies home
 * through the API: its counts stay equal to a recount of the registry's own tables (after the
 * events, and after a rebuild), a Cameroon reader counts only Cameroon's cases, a donor's viewer
 * only those of the projects its donor funds, and the API and the CSV give the same figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SummaryKeeper keeper;

  ApiClient headquarters;

  @BeforeAll
  void aFewMoreCasesThanTheDemo() {
    headquarters = ApiClient.as(port, "admin");
    ApiClient caseworker = ApiClient.as(port, "caseworker.mar");
    // registered, counselled, then withdrawn
    Response registered =
        caseworker.post("/api/v1/cases", Households.familyOfThree(Households.uniqueFamilyName()));
    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    String id = registered.json().get("id").asString();
    assertThat(
            caseworker
                .post("/api/v1/cases/" + id + "/transitions", Map.of("to", "COUNSELLED"))
                .status())
        .isEqualTo(200);
    assertThat(
            caseworker
                .post(
                    "/api/v1/cases/" + id + "/transitions",
                    Map.of("to", "WITHDRAWN", "reason", "wishes to stay for now"))
                .status())
        .isEqualTo(200);
    // two households funded, made ready and flown home to Cameroon
    ReintegrationFixture cameroon = new ReintegrationFixture(port);
    cameroon.fund();
    cameroon.arrived(List.of(cameroon.olderMan(), cameroon.motherAndSon()));
    settle();
  }

  @Test
  void theCountsStayEqualToARecountOfTheRegistryAfterTheEventsAndAfterARebuild() {
    assertThat(figures(headquarters.get("/api/v1/reporting/dashboard").json()))
        .isEqualTo(recount());
    keeper.rebuild();
    assertThat(figures(headquarters.get("/api/v1/reporting/dashboard").json()))
        .isEqualTo(recount());
  }

  @Test
  void aCameroonReaderCountsOnlyTheCasesOfCameroonAndThoseHandedOverToIt() {
    JsonNode all = headquarters.get("/api/v1/reporting/dashboard").json();
    JsonNode cameroon = ApiClient.as(port, "chief.cmr").get("/api/v1/reporting/dashboard").json();
    long expected =
        jdbc.sql(
                "SELECT count(*) FROM registry_case WHERE mission_code LIKE 'CMR%'"
                    + " OR (handed_over AND destination_country = 'CMR')")
            .query(Long.class)
            .single();
    assertThat(stage(cameroon, "REGISTERED")).isEqualTo(expected).isPositive();
    assertThat(stage(cameroon, "REGISTERED")).isLessThan(stage(all, "REGISTERED"));
    // every case Cameroon counts has departed for Cameroon: it sees no other country's departures
    List<String> destinations = new ArrayList<>();
    cameroon.get("departures").forEach(d -> destinations.add(d.get("destination").asString()));
    assertThat(destinations).isNotEmpty().containsOnly("CMR");
    // and a mission filter outside what it oversees counts nothing
    JsonNode senegal =
        ApiClient.as(port, "chief.cmr").get("/api/v1/reporting/dashboard?mission=MAR").json();
    assertThat(stage(senegal, "DEPARTED")).isLessThanOrEqualTo(stage(cameroon, "DEPARTED"));
  }

  @Test
  void aDonorsViewerCountsOnlyTheCasesOfTheProjectsItsDonorFunds() {
    ApiClient donor = ApiClient.as(port, "donor.viewer");
    JsonNode seen = donor.get("/api/v1/reporting/dashboard").json();
    List<Long> projects = new ArrayList<>();
    seen.get("projects").forEach(p -> projects.add(p.get("projectId").asLong()));
    List<Long> funded =
        jdbc.sql(
                "SELECT pd.project_id FROM funding_project_donor pd JOIN funding_donor d"
                    + " ON d.id = pd.donor_id WHERE d.name LIKE 'Switzerland%'"
                    + " ORDER BY pd.project_id")
            .query(Long.class)
            .list();
    assertThat(projects).isNotEmpty().containsExactlyInAnyOrderElementsOf(funded);
    long paidFor =
        jdbc.sql(
                """
                SELECT count(DISTINCT c.id) FROM registry_case c
                JOIN funding_commitment f ON f.case_id = c.id AND f.status <> 'RELEASED'
                WHERE f.project_id = ANY (?)
                  AND c.status NOT IN ('WITHDRAWN', 'INELIGIBLE', 'NO_SHOW')
                  AND (c.status <> 'CLOSED' OR c.handed_over)
                """)
            .param(funded.toArray(Long[]::new))
            .query(Long.class)
            .single();
    assertThat(stage(seen, "REGISTERED")).isEqualTo(paidFor);
    assertThat(stage(seen, "REGISTERED"))
        .isLessThan(stage(headquarters.get("/api/v1/reporting/dashboard").json(), "REGISTERED"));
  }

  @Test
  void theDemoTellsItsStoryTheAppealPartlyFundedDeparturesToFourCountriesBusinessesStarted() {
    JsonNode all = headquarters.get("/api/v1/reporting/dashboard").json();
    assertThat(all.get("appeals").size()).isPositive();
    int received = all.get("appeals").get(0).get("receivedPercent").asInt();
    assertThat(received).isBetween(1, 99);
    // two charters have left (Douala, Abidjan), households are booked on those to Lagos and Dakar
    List<String> countries = new ArrayList<>();
    all.get("departures")
        .forEach(d -> {
          if (!countries.contains(d.get("destination").asString())) {
            countries.add(d.get("destination").asString());
          }
        });
    assertThat(countries).hasSizeGreaterThanOrEqualTo(4);
    assertThat(stage(all, "DEPARTED")).isPositive();
    assertThat(stage(all, "WITHDRAWN")).isPositive();
    assertThat(all.get("projects").get(0).has("budget")).isTrue();
    // businesses started: approved or completed microbusiness plans, read from reintegration
    long businesses = 0;
    for (JsonNode p : all.get("plans")) {
      if (p.get("type").asString().equals("MICROBUSINESS")
          && List.of("APPROVED", "COMPLETED").contains(p.get("status").asString())) {
        businesses += p.get("plans").asLong();
      }
    }
    assertThat(businesses).isPositive();
  }

  @Test
  void theCsvOfAPanelHasTheRowsOfTheApiAndTheFiltersNarrowBoth() {
    Browser signedIn = new Browser(port);
    signedIn.signIn("admin", ApiClient.DEMO_PASSWORD, null);
    Browser.Page csv = signedIn.get("/reporting/dashboard/pipeline.csv?nationality=CMR");
    assertThat(csv.status()).isEqualTo(200);
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("stage,in_funnel,cases,people");
    JsonNode cmr = headquarters.get("/api/v1/reporting/dashboard?nationality=CMR").json();
    assertThat(lines[1])
        .isEqualTo(
            "REGISTERED,true,"
                + stage(cmr, "REGISTERED")
                + ","
                + cmr.get("pipeline").get(0).get("people").asLong());
    assertThat(stage(cmr, "REGISTERED"))
        .isLessThan(stage(headquarters.get("/api/v1/reporting/dashboard").json(), "REGISTERED"));
    // a period before anything happened counts nothing
    JsonNode before =
        headquarters.get("/api/v1/reporting/dashboard?from=1990-01&to=1990-12").json();
    assertThat(stage(before, "REGISTERED")).isZero();
    for (String panel : DashboardCsvPanels.ALL) {
      assertThat(signedIn.get("/reporting/dashboard/" + panel + ".csv").status())
          .as(panel)
          .isEqualTo(200);
    }
  }

  @Test
  void aBadFilterIsABadRequestAndAReaderWithoutAggregatesIsRefused() {
    Response bad = headquarters.get("/api/v1/reporting/dashboard?from=2026-13");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
    assertThat(headquarters.get("/api/v1/reporting/dashboard?from=2026-05&to=2026-01").status())
        .isEqualTo(400);
    assertThat(headquarters.get("/api/v1/reporting/dashboard?mission=ZZZ").status()).isEqualTo(404);
    assertThat(ApiClient.as(port, "caseworker.mar").get("/api/v1/reporting/dashboard").status())
        .isEqualTo(403);
  }

  /** Waits until every event for the dashboards' listener has been handled. */
  void settle() {
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (System.nanoTime() < deadline) {
      long pending =
          jdbc.sql(
                  "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                      + " AND listener_id LIKE '%dashboard%'")
              .query(Long.class)
              .single();
      if (pending == 0) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("the dashboards' events were not all handled within four minutes");
  }

  static long stage(JsonNode dashboard, String stage) {
    for (JsonNode s : dashboard.get("pipeline")) {
      if (s.get("stage").asString().equals(stage)) {
        return s.get("cases").asLong();
      }
    }
    throw new AssertionError("no stage " + stage);
  }

  /** The dashboard's counts as comparable maps. */
  static Map<String, Object> figures(JsonNode d) {
    Map<String, Object> f = new LinkedHashMap<>();
    Map<String, String> pipeline = new TreeMap<>();
    d.get("pipeline")
        .forEach(s ->
            pipeline.put(
                s.get("stage").asString(),
                s.get("cases").asLong() + "/" + s.get("people").asLong()));
    f.put("pipeline", pipeline);
    Map<String, Long> departures = new TreeMap<>();
    d.get("departures")
        .forEach(r ->
            departures.put(
                r.get("month").asString()
                    + " "
                    + r.get("destination").asString()
                    + " "
                    + r.get("stage").asString(),
                r.get("cases").asLong()));
    f.put("departures", departures);
    Map<String, Long> nationalities = new TreeMap<>();
    d.get("nationalities")
        .forEach(r -> nationalities.put(r.get("nationality").asString(), r.get("people").asLong()));
    f.put("nationalities", nationalities);
    Map<String, Long> vulnerabilities = new TreeMap<>();
    d.get("vulnerabilities")
        .forEach(r -> {
          String v = r.get("vulnerability").asString();
          // the sensitive categories are counted from their tags, which a recount cannot read
          if (r.get("people").asLong() > 0
              && !org.homeward.registry.Vulnerability.valueOf(v).isSensitive()) {
            vulnerabilities.put(r.get("vulnerability").asString(), r.get("people").asLong());
          }
        });
    f.put("vulnerabilities", vulnerabilities);
    Map<String, Long> sexes = new TreeMap<>();
    d.get("pyramid")
        .forEach(r -> {
          sexes.merge("F", r.get("female").asLong(), Long::sum);
          sexes.merge("M", r.get("male").asLong(), Long::sum);
          sexes.merge("X", r.get("other").asLong(), Long::sum);
        });
    f.put("sexes", sexes);
    return f;
  }

  /** The same figures counted straight from the registry's tables. */
  Map<String, Object> recount() {
    Map<String, Object> f = new LinkedHashMap<>();
    Map<String, String> pipeline = new TreeMap<>();
    String people =
        "(SELECT count(*) FROM registry_person p WHERE p.case_id = c.id AND p.merged_into IS NULL)";
    pipeline.put(
        "REGISTERED",
        jdbc.sql("SELECT count(*) || '/' || coalesce(sum(" + people + "), 0) FROM registry_case c")
            .query(String.class)
            .single());
    Map<String, String> reachedBy =
        Map.of(
            "ELIGIBLE", "ELIGIBLE",
            "DEPARTED", "DEPARTED",
            "PLAN_APPROVED", "IN_REINTEGRATION",
            "CLOSED", "CLOSED",
            "WITHDRAWN", "WITHDRAWN",
            "NO_SHOW", "NO_SHOW",
            "REFERRED", "REFERRED",
            "INELIGIBLE", "INELIGIBLE");
    reachedBy.forEach((stage, status) ->
        pipeline.put(
            stage,
            jdbc.sql(
                    "SELECT count(*) || '/' || coalesce(sum("
                        + people
                        + "), 0)"
                        + " FROM registry_case c WHERE EXISTS (SELECT 1 FROM registry_status_change s"
                        + " WHERE s.case_id = c.id AND s.to_status = ?)")
                .param(status)
                .query(String.class)
                .single()));
    pipeline.put(
        "ASSISTED",
        jdbc.sql(
                "SELECT count(*) || '/' || coalesce(sum("
                    + people
                    + "), 0) FROM registry_case c"
                    + " WHERE EXISTS (SELECT 1 FROM registry_status_change s WHERE s.case_id = c.id"
                    + " AND s.to_status = 'IN_REINTEGRATION') AND EXISTS (SELECT 1 FROM"
                    + " registry_status_change s WHERE s.case_id = c.id AND s.to_status = 'CLOSED')")
            .query(String.class)
            .single());
    pipeline.put(
        "BOOKED",
        jdbc.sql(
                "SELECT count(*) || '/' || coalesce(sum("
                    + people
                    + "), 0) FROM registry_case c"
                    + " WHERE c.status = 'BOOKED'")
            .query(String.class)
            .single());
    f.put("pipeline", pipeline);
    Map<String, Long> departures = new TreeMap<>();
    jdbc.sql(
            """
            SELECT to_char(min(s.at AT TIME ZONE 'UTC'), 'YYYY-MM') || ' ' || c.destination_country
              || ' ' || s.to_status
            FROM registry_case c JOIN registry_status_change s ON s.case_id = c.id
            WHERE s.to_status = 'DEPARTED' OR (s.to_status = 'BOOKED' AND c.status = 'BOOKED')
            GROUP BY c.id, c.destination_country, s.to_status
            """)
        .query(String.class)
        .list()
        .forEach(k -> departures.merge(k, 1L, Long::sum));
    f.put("departures", departures);
    Map<String, Long> nationalities = new TreeMap<>();
    jdbc.sql(
            "SELECT nationality, count(*) FROM registry_person WHERE merged_into IS NULL"
                + " GROUP BY nationality")
        .query(rs -> {
          nationalities.put(rs.getString(1), rs.getLong(2));
        });
    f.put("nationalities", nationalities);
    Map<String, Long> vulnerabilities = new TreeMap<>();
    jdbc.sql(
            """
            SELECT v, count(DISTINCT p.id) FROM registry_person p,
              unnest(p.vulnerabilities || p.derived_vulnerabilities) v
            WHERE p.merged_into IS NULL GROUP BY v
            """)
        .query(rs -> {
          vulnerabilities.put(rs.getString(1), rs.getLong(2));
        });
    f.put("vulnerabilities", vulnerabilities);
    Map<String, Long> sexes = new TreeMap<>(Map.of("F", 0L, "M", 0L, "X", 0L));
    jdbc.sql(
            "SELECT coalesce(sex, 'X'), count(*) FROM registry_person WHERE merged_into IS NULL"
                + " GROUP BY 1")
        .query(rs -> {
          sexes.merge(rs.getString(1), rs.getLong(2), Long::sum);
        });
    f.put("sexes", sexes);
    return f;
  }
}
