package org.homeward.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.homeward.movement.FlightDeparted;
import org.homeward.movement.FlightId;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseQueries;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.RegisteredPerson;
import org.homeward.reintegration.PlanId;
import org.homeward.reintegration.PlanType;
import org.homeward.reintegration.ReintegrationPlanApproved;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public statistics and the appeal page on the whole application with the demo: the CSV's
 * header and HXL lines, the counts against a recount after events (each counted once however often
 * it arrives), no suppressed count that the published CSV lets a reader solve for, and no demo
 * person's identifiers anywhere in the public pages, in any language, or in the CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicStatisticsTest {

  static final Set<CaseStatus> LEFT =
      EnumSet.of(CaseStatus.DEPARTED, CaseStatus.ARRIVED, CaseStatus.IN_REINTEGRATION);

  @LocalServerPort int port;
  @Autowired CaseQueries registry;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  final HttpClient http = HttpClient.newHttpClient();

  /** The demo's departures are counted by listeners after the start: waits until they are. */
  @BeforeEach
  void demoCounted() {
    Set<java.util.UUID> left = new HashSet<>();
    registry.forEachPerson(
        Actor.system(),
        p -> {
          if (LEFT.contains(p.status()) && p.mergedInto() == null) {
            left.add(p.personId().value());
          }
        });
    assertThat(left).as("the demo has households that left").isNotEmpty();
    await(() ->
        jdbc.sql("select person_id from reporting_returnee where returned_on is not null")
            .query(java.util.UUID.class)
            .set()
            .containsAll(left));
  }

  @Test
  void theCsvHasItsHeaderThenTheHxlHashtagsAndTheDemosReturns() throws Exception {
    HttpResponse<String> csv = get("/public/statistics.csv", "en");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("content-type").orElseThrow()).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("country_code,sex,age_group,year,returned,reintegrated");
    assertThat(lines.get(1))
        .isEqualTo(
            "#country+code,#sex,#age+group,#date+year,#affected+returned,#affected+reintegrated");
    assertThat(lines.subList(2, lines.size()))
        .allSatisfy(
            l -> assertThat(l).matches("([A-Z]{3}|all),([FMX]|all),[^,]+,\\d{4},[^,]+,[^,]+"));
    assertThat(lines).anyMatch(l -> l.startsWith("all,all,all,"));
  }

  @Test
  void noSuppressedCountOfThePublishedCsvCanBeSolvedForFromItsTotals() throws Exception {
    List<String> lines = get("/public/statistics.csv", "en").body().lines().toList();
    // one grid per year and measure, as a reader would rebuild it from the file
    Map<String, Map<String, Map<String, String>>> grids = new HashMap<>();
    for (String line : lines.subList(2, lines.size())) {
      String[] f = line.split(",");
      String column = f[1].equals("all") ? "all" : f[1] + " " + f[2];
      for (int m = 0; m < 2; m++) {
        grids
            .computeIfAbsent(f[3] + " " + m, k -> new java.util.TreeMap<>())
            .computeIfAbsent(f[0], k -> new java.util.TreeMap<>())
            .put(column, f[4 + m]);
      }
    }
    assertThat(grids).isNotEmpty();
    for (var grid : grids.entrySet()) {
      List<String> rows = new ArrayList<>(grid.getValue().keySet());
      rows.remove("all");
      rows.add("all");
      List<String> columns = new ArrayList<>(grid.getValue().get("all").keySet());
      columns.remove("all");
      columns.add("all");
      Published[][] p = new Published[rows.size()][columns.size()];
      for (int i = 0; i < rows.size(); i++) {
        for (int j = 0; j < columns.size(); j++) {
          String text = grid.getValue().get(rows.get(i)).getOrDefault(columns.get(j), "0");
          p[i][j] =
              switch (text) {
                case "<5" -> Published.SMALL;
                case "x" -> Published.WITHHELD;
                default -> Published.shown(Long.parseLong(text));
              };
          if (!p[i][j].suppressed()) {
            assertThat(p[i][j].value()).as(grid.getKey()).matches(v -> v == 0 || v >= 5);
          }
        }
      }
      assertThat(SuppressionTest.nothingCanBeSolvedFor(p)).as(grid.getKey()).isTrue();
    }
  }

  @Test
  void theCountsEqualARecountOfTheRegistryAfterEventsEachCountedOnce() {
    assertThat(cells()).as("the counts are those of the people counted").isEqualTo(recount());

    // two households that have not left yet leave, and the event arrives twice
    List<CaseId> leaving = new ArrayList<>();
    registry.forEachPerson(
        Actor.system(),
        p -> {
          if (p.status() == CaseStatus.REGISTERED
              && leaving.size() < 2
              && !leaving.contains(p.caseId())) {
            leaving.add(p.caseId());
          }
        });
    assertThat(leaving).hasSize(2);
    List<RegisteredPerson> members = new ArrayList<>();
    leaving.forEach(c -> members.addAll(registry.membersOf(c, Actor.system())));
    LocalDate on = LocalDate.now(ZoneId.of("Africa/Casablanca"));
    long before = total("returned");
    FlightDeparted departed =
        new FlightDeparted(
            new FlightId(987_654),
            "MAR",
            "SEN",
            leaving,
            members.size(),
            on,
            "movement.mar",
            Instant.now());
    publish(departed);
    publish(departed);
    await(() -> total("returned") == before + members.size());

    Map<String, Long> expected = new HashMap<>();
    for (RegisteredPerson p : members) {
      expected.merge(
          p.identity().nationality()
              + " "
              + p.identity().sex()
              + " "
              + AgeGroup.of(p.identity().dateOfBirth(), on).code()
              + " "
              + on.getYear(),
          1L,
          Long::sum);
    }
    assertThat(cells()).isEqualTo(recount());
    Map<String, Long> returned = returnedCells();
    expected.forEach(
        (cell, n) -> assertThat(returned.get(cell)).as(cell).isGreaterThanOrEqualTo(n));

    // one of them in an approved plan, twice
    RegisteredPerson beneficiary = members.getFirst();
    long reintegrated = total("reintegrated");
    ReintegrationPlanApproved approved =
        new ReintegrationPlanApproved(
            new PlanId(987_654),
            PlanType.MICROBUSINESS,
            "SEN",
            List.of(beneficiary.caseId()),
            List.of(beneficiary.personId()),
            Money.of(new BigDecimal("500.00"), "USD"),
            on,
            "reintegration.sen",
            Instant.now());
    publish(approved);
    publish(approved);
    await(() -> total("reintegrated") == reintegrated + 1);
    publish(departed);
    sleep();
    assertThat(total("returned")).isEqualTo(before + members.size());
    assertThat(total("reintegrated")).isEqualTo(reintegrated + 1);
    assertThat(cells()).isEqualTo(recount());
  }

  @Test
  void noDemoPersonsNamePhoneDocumentCaseNumberOrBirthDateIsInThePublicPagesOrTheCsv()
      throws Exception {
    Set<String> identifiers = new LinkedHashSet<>();
    Set<String> dates = new LinkedHashSet<>();
    registry.forEachPerson(
        Actor.system(),
        p -> {
          var id = p.identity();
          add(identifiers, id.givenName());
          add(identifiers, id.familyName());
          if (id.givenName() != null && id.familyName() != null) {
            add(identifiers, id.givenName() + " " + id.familyName());
          }
          add(identifiers, id.phone());
          if (id.phone() != null) {
            add(identifiers, id.phone().replaceAll("[^+0-9]", ""));
          }
          add(identifiers, p.caseNumber());
          for (IdentityDocument d : id.documents()) {
            add(identifiers, d.number());
          }
          if (id.dateOfBirth() != null) {
            LocalDate dob = id.dateOfBirth();
            dates.add(dob.toString());
            dates.add(dob.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            dates.add(dob.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
            dates.add(dob.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)));
            dates.add(dob.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)));
          }
        });
    assertThat(identifiers).as("the demo's people").hasSizeGreaterThan(50);

    Map<String, String> documents = new HashMap<>();
    for (String language : List.of("fr", "en", "ar")) {
      for (String path : List.of("/public/appeal", "/public/statistics")) {
        HttpResponse<String> page = get(path + "?lang=" + language, language);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        documents.put(path + " " + language, page.body());
      }
    }
    documents.put("/public/statistics.csv", get("/public/statistics.csv", "en").body());
    assertThat(documents.get("/public/statistics en")).contains("<table");
    assertThat(documents.get("/public/appeal en")).contains("800,000");

    List<String> found = new ArrayList<>();
    for (var document : documents.entrySet()) {
      for (String identifier : identifiers) {
        // a name as a word, not inside another (Ali in Mali)
        if (Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(identifier) + "(?![\\p{L}\\p{N}])")
            .matcher(document.getValue())
            .find()) {
          found.add(identifier + " in " + document.getKey());
        }
      }
      for (String date : dates) {
        if (document.getValue().contains(date)) {
          found.add(date + " in " + document.getKey());
        }
      }
    }
    assertThat(found).as("personal data on the public pages").isEmpty();
  }

  @Test
  void theAppealPageShowsTheTargetWhatWasReceivedThePeopleAssistedAndTheMissionsContact()
      throws Exception {
    String page = get("/public/appeal?lang=en", "en").body();
    assertThat(page).contains("USD\u00a0800,000", "about 1,000 people");
    assertThat(page).containsPattern("Received: \\d+ % of the target");
    assertThat(page).contains("<progress");
    long returned =
        jdbc.sql(
                "select count(*) from reporting_returnee where returned_on is not null"
                    + " and mission_code = 'MAR'")
            .query(Long.class)
            .single();
    // 3,500 through the earlier projects and 185 by the appeal's project before its cases were kept
    assertThat(page).contains(String.format(Locale.ENGLISH, "%,d", 3_685 + returned));
    assertThat(page).contains("3,685 through the programme’s earlier projects");
    assertThat(page).contains("mailto:");
  }

  @Test
  void thePublicPagesKeepNoSessionForTheirReaders() throws Exception {
    for (String path : List.of("/public/appeal", "/public/statistics", "/public/statistics.csv")) {
      for (String language : List.of("fr", "en", "ar")) {
        HttpResponse<String> page = get(path, language);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.headers().allValues("set-cookie"))
            .as("%s in %s: an anonymous reader gets no session to keep", path, language)
            .noneMatch(c -> c.startsWith("JSESSIONID"));
      }
    }
  }

  private void publish(Object event) {
    transactions.executeWithoutResult(s -> events.publishEvent(event));
  }

  private long total(String measure) {
    return jdbc.sql("select coalesce(sum(" + measure + "), 0) from reporting_statistics_cell")
        .query(Long.class)
        .single();
  }

  private Map<String, Long> returnedCells() {
    Map<String, Long> cells = new HashMap<>();
    jdbc.sql("select country, sex, age_group, year, returned from reporting_statistics_cell")
        .query(rs -> {
          cells.put(
              rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4),
              rs.getLong(5));
        });
    return cells;
  }

  private Map<String, List<Long>> cells() {
    Map<String, List<Long>> cells = new HashMap<>();
    jdbc.sql(
            "select country, sex, age_group, year, returned, reintegrated"
                + " from reporting_statistics_cell where returned > 0 or reintegrated > 0")
        .query(rs -> {
          cells.put(
              rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4),
              List.of(rs.getLong(5), rs.getLong(6)));
        });
    return cells;
  }

  /** The counts worked out again, person by person, from who was counted and when. */
  private Map<String, List<Long>> recount() {
    Map<String, long[]> counts = new HashMap<>();
    jdbc.sql(
            "select country, sex, returned_age_group, returned_on, reintegrated_age_group,"
                + " reintegrated_on from reporting_returnee")
        .query(rs -> {
          if (rs.getDate(4) != null) {
            counts
                .computeIfAbsent(
                    rs.getString(1)
                        + " "
                        + rs.getString(2)
                        + " "
                        + rs.getString(3)
                        + " "
                        + rs.getDate(4).toLocalDate().getYear(),
                    k -> new long[2])[0]++;
          }
          if (rs.getDate(6) != null) {
            counts
                .computeIfAbsent(
                    rs.getString(1)
                        + " "
                        + rs.getString(2)
                        + " "
                        + rs.getString(5)
                        + " "
                        + rs.getDate(6).toLocalDate().getYear(),
                    k -> new long[2])[1]++;
          }
        });
    Map<String, List<Long>> recount = new HashMap<>();
    counts.forEach((k, v) -> recount.put(k, List.of(v[0], v[1])));
    return recount;
  }

  private HttpResponse<String> get(String path, String language) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", language)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void add(Set<String> identifiers, String value) {
    if (value != null && value.strip().length() >= 3) {
      identifiers.add(value.strip());
    }
  }

  private static void await(Supplier<Boolean> condition) {
    long until = System.currentTimeMillis() + 30_000;
    while (!condition.get()) {
      if (System.currentTimeMillis() > until) {
        throw new AssertionError("not counted within 30 s");
      }
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
