package org.homeward.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.registry.Households;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DuplicateReviewApiTest {

  @LocalServerPort int port;

  ApiClient caseworker;
  ApiClient dataProtection;

  @BeforeEach
  void signIn() {
    caseworker = ApiClient.as(port, "caseworker.mar");
    dataProtection = ApiClient.as(port, "dataprotection.mar");
  }

  @Test
  void showsADemoPersonAmongThePossibleDuplicatesOfTheirSecondRegistration() {
    JsonNode demo = demoPrincipalWithDateOfBirth();
    Map<String, Object> again =
        single(
            demo.get("givenName").asString().toUpperCase(),
            demo.get("familyName").asString().toLowerCase(),
            demo.get("dateOfBirth").asString(),
            demo.get("nationality").asString(),
            "+212699999999");

    String id = register(again);
    Response found = caseworker.get("/api/v1/cases/" + id + "/possible-duplicates");

    assertThat(found.status()).isEqualTo(200);
    JsonNode candidates = found.json().get("members").get(0).get("candidates");
    assertThat(personIds(candidates)).contains(demo.get("id").asString());
  }

  @Test
  void checksAPersonBeforeSavingAndExplainsEachField() {
    String family = Households.uniqueFamilyName();
    String original = register(single("Aminata", family, "1991-03-14", "SEN", "+212611111111"));
    long casesBefore = caseworker.get("/api/v1/cases?size=1").json().get("total").asLong();

    // swapped names, an accent, and day and month swapped in the date
    Map<String, Object> typed = person(family, "Aminàta", "1991-14-03", "SEN", null);
    typed.put("dateOfBirth", "1991-03-14");
    Response check = checkOnceScreened(typed);

    assertThat(check.status()).as(check.text()).isEqualTo(200);
    JsonNode first = check.json().get("candidates").get(0);
    assertThat(first.get("caseId").asString()).isEqualTo(original);
    assertThat(first.get("verdict").asString()).isIn("LIKELY_DUPLICATE", "POSSIBLE_DUPLICATE");
    assertThat(first.get("probability").asDouble()).isGreaterThan(0.5);
    assertThat(first.get("explanation").get("namesSwapped").asBoolean()).isTrue();
    List<String> fields = new ArrayList<>();
    first.get("explanation").get("fields").forEach(f -> fields.add(f.get("field").asString()));
    assertThat(fields).contains("given_name", "family_name", "date_of_birth", "phone");
    assertThat(caseworker.get("/api/v1/cases?size=1").json().get("total").asLong())
        .isEqualTo(casesBefore);
  }

  @Test
  void warnsOfAStatelessPersonRegisteredBefore() {
    String family = Households.uniqueFamilyName();
    Map<String, Object> household = single("Hawa", family, "1993-06-08", "XXA", "+212611111112");
    household.put("destinationCountry", "SEN");
    String original = register(household);

    Response check = checkOnceScreened(person("Hawa", family, "1993-06-08", "XXA", null));

    assertThat(check.status()).as(check.text()).isEqualTo(200);
    List<String> cases = new ArrayList<>();
    check.json().get("candidates").forEach(c -> cases.add(c.get("caseId").asString()));
    assertThat(cases).contains(original);
  }

  @Test
  void refusesACheckWithoutANameOrWithABadDate() {
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("dateOfBirth", "14/03/1991");
    Response check = caseworker.post("/api/v1/matching/check", typed);

    assertThat(check.status()).isEqualTo(400);
    assertThat(check.text()).contains("familyName", "dateOfBirth");
  }

  @Test
  void aPairMarkedNotTheSamePersonIsNeverProposedAgain() {
    String family = Households.uniqueFamilyName();
    register(single("Moussa", family, "1988-07-02", "MLI", "+212622222222"));
    String second = register(single("Mousa", family, "1988-07-02", "MLI", "+212633333333"));
    JsonNode review = reviewOf(second);

    Response decided =
        dataProtection.post(
            "/api/v1/matching/reviews/" + review.get("id").asLong() + "/decision",
            Map.of("decision", "NOT_SAME_PERSON"));

    assertThat(decided.status()).isEqualTo(200);
    assertThat(decided.json().get("status").asString()).isEqualTo("NOT_SAME_PERSON");
    JsonNode members =
        caseworker.get("/api/v1/cases/" + second + "/possible-duplicates").json().get("members");
    assertThat(personIds(members.get(0).get("candidates")))
        .doesNotContain(review.get("a").get("personId").asString());
    assertThat(openReviewIdsFor(second)).isEmpty();

    JsonNode run = completeARun();
    assertThat(run.get("progress").asDouble()).isEqualTo(1.0);
    assertThat(openReviewIdsFor(second)).isEmpty();
    assertThat(
            dataProtection
                .post(
                    "/api/v1/matching/reviews/" + review.get("id").asLong() + "/decision",
                    Map.of("decision", "NOT_SAME_PERSON"))
                .status())
        .isEqualTo(409);
    assertThat(auditActions("duplicate.not-same-person", review.get("id").asString()))
        .containsExactly("duplicate.not-same-person");
  }

  @Test
  void mergeKeepsBothRecordsAndUndoRestoresEveryOriginalValue() {
    String family = Households.uniqueFamilyName();
    String first = register(single("Fatoumata", family, "1995-11-20", "GIN", "+212644444444"));
    String second = register(single("Fatoumata", family, "1995-11-20", "GIN", "+212655555555"));
    JsonNode review = reviewOf(second);
    JsonNode firstBefore = caseworker.get("/api/v1/cases/" + first).json();
    JsonNode secondBefore = caseworker.get("/api/v1/cases/" + second).json();

    Response merged =
        caseworker.post(
            "/api/v1/matching/reviews/" + review.get("id").asLong() + "/decision",
            Map.of("decision", "SAME_PERSON", "survivor", "a", "keep", Map.of("phone", "b")));

    assertThat(merged.status()).isEqualTo(200);
    assertThat(merged.json().get("status").asString()).isEqualTo("SAME_PERSON");
    long mergeId = merged.json().get("mergeId").asLong();
    JsonNode survivor = caseworker.get("/api/v1/cases/" + first).json().get("members").get(0);
    assertThat(survivor.get("phone").asString()).isEqualTo("+212655555555");
    assertThat(survivor.get("givenName").asString()).isEqualTo("Fatoumata");
    // the duplicate's own record is kept as it was
    assertThat(caseworker.get("/api/v1/cases/" + second).json().get("members"))
        .isEqualTo(secondBefore.get("members"));
    assertThat(historyActions(first)).contains("person.merged");
    assertThat(historyActions(second)).contains("person.merged-into");
    assertThat(openReviewIdsFor(second)).isEmpty();

    Response undone = caseworker.post("/api/v1/matching/merges/" + mergeId + "/undo", null);

    assertThat(undone.status()).isEqualTo(200);
    assertThat(undone.json().get("undone").asBoolean()).isTrue();
    assertThat(caseworker.get("/api/v1/cases/" + first).json().get("members"))
        .isEqualTo(firstBefore.get("members"));
    assertThat(caseworker.get("/api/v1/cases/" + second).json().get("members"))
        .isEqualTo(secondBefore.get("members"));
    assertThat(historyActions(first)).contains("person.merged", "person.merge-undone");
    assertThat(openReviewIdsFor(second)).contains(review.get("id").asLong());
    assertThat(caseworker.post("/api/v1/matching/merges/" + mergeId + "/undo", null).status())
        .isEqualTo(409);
    assertThat(auditActions("duplicate.merged", review.get("id").asString()))
        .containsExactly("duplicate.merged");
    assertThat(auditActions("duplicate.merge-undone", review.get("id").asString()))
        .containsExactly("duplicate.merge-undone");
  }

  @Test
  void anotherMissionsReviewerSeesNoneOfThesePairs() {
    String family = Households.uniqueFamilyName();
    String first = register(single("Ibrahima", family, "1990-01-05", "SEN", "+212666666666"));
    String second = register(single("Ibrahim", family, "1990-01-05", "SEN", null));
    long reviewId = reviewOf(second).get("id").asLong();
    ApiClient cameroon = ApiClient.as(port, "caseworker.cmr");

    JsonNode queue = cameroon.get("/api/v1/matching/reviews?size=100").json();
    List<Long> seen = new ArrayList<>();
    queue.get("items").forEach(i -> seen.add(i.get("id").asLong()));
    assertThat(seen).doesNotContain(reviewId);
    assertThat(cameroon.get("/api/v1/matching/reviews/" + reviewId).status()).isEqualTo(404);
    assertThat(
            cameroon
                .post(
                    "/api/v1/matching/reviews/" + reviewId + "/decision",
                    Map.of("decision", "NOT_SAME_PERSON"))
                .status())
        .isEqualTo(404);
    assertThat(cameroon.get("/api/v1/cases/" + first + "/possible-duplicates").status())
        .isEqualTo(404);
    Response check =
        cameroon.post(
            "/api/v1/matching/check", person("Ibrahima", family, "1990-01-05", "SEN", null));
    assertThat(check.status()).as(check.text()).isEqualTo(200);
    assertThat(check.json().get("candidates")).isEmpty();
    // a finance officer reads cases but does not review duplicates
    assertThat(ApiClient.as(port, "finance.mar").get("/api/v1/matching/reviews").status())
        .isEqualTo(403);
  }

  @Test
  void theMissionAHouseholdDepartedToReviewsItsPairs() {
    String family = Households.uniqueFamilyName();
    String first = register(single("Esther", family, "1989-02-11", "CMR", "+212677777777"));
    String second = register(single("Ester", family, "1989-02-11", "CMR", null));
    long reviewId = reviewOf(second).get("id").asLong();
    ApiClient cameroon = ApiClient.as(port, "caseworker.cmr");
    assertThat(reviewIdsSeenBy(cameroon)).doesNotContain(reviewId);

    depart(first);
    depart(second);

    // the hand-over reaches matching once the transitions have committed
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!reviewIdsSeenBy(cameroon).contains(reviewId) && System.nanoTime() < deadline) {
      sleep();
    }
    assertThat(reviewIdsSeenBy(cameroon)).contains(reviewId);
    Response duplicates = cameroon.get("/api/v1/cases/" + second + "/possible-duplicates");
    assertThat(duplicates.status()).as(duplicates.text()).isEqualTo(200);
    assertThat(personIds(duplicates.json().get("members").get(0).get("candidates")))
        .contains(personIdOf(first));
  }

  private void depart(String caseId) {
    caseworker.post("/api/v1/cases/" + caseId + "/transitions", Map.of("to", "COUNSELLED"));
    caseworker.put(
        "/api/v1/cases/" + caseId + "/consent",
        Map.of(
            "declaredOn",
            java.time.LocalDate.now().toString(),
            "counsellor",
            "Amina Benali",
            "language",
            "fr",
            "signed",
            true));
    for (String step : List.of("ELIGIBLE", "READY_FOR_DEPARTURE")) {
      if (step.equals("READY_FOR_DEPARTURE")) {
        // every member documented and fit, as movement's guard asks
        new org.homeward.movement.MovementFixture(port).readyToTravel(caseId);
      }
      Response moved =
          caseworker.post("/api/v1/cases/" + caseId + "/transitions", Map.of("to", step));
      assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    }
    // booked and departed only with a flight, as movement's flight guard asks
    new org.homeward.movement.flights.FlightFixture(port, "CMR").departed(caseId);
  }

  private static List<Long> reviewIdsSeenBy(ApiClient reviewer) {
    List<Long> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode items =
          reviewer.get("/api/v1/matching/reviews?size=100&page=" + page).json().get("items");
      if (items.isEmpty()) {
        return ids;
      }
      items.forEach(i -> ids.add(i.get("id").asLong()));
    }
  }

  /**
   * The test settings compare the registry in steps of 20 people with a pause between steps, so a
   * stop asked for once the first step is done lands in the middle of the run.
   */
  @Test
  void aStoppedRunResumesAtTheStepItReachedAndLeavesNothingForAnUninterruptedRunToFind() {
    // pairs only a run can find, scattered through the registry (people are taken in id order)
    List<Set<String>> corrected = new ArrayList<>();
    List<String> given = List.of("Mariama", "Kadidia", "Assitan", "Nafissatou");
    for (int i = 0; i < given.size(); i++) {
      corrected.add(correctedIntoOnePerson(given.get(i), "1983-04-1" + i));
    }
    long id = startARun();
    waitForRun(id, "to finish its first step", run -> run.get("done").asInt() > 0);

    Response stop = dataProtection.post("/api/v1/matching/runs/" + id + "/stop", null);

    assertThat(stop.status()).as(stop.text()).isEqualTo(200);
    JsonNode stopped = waitForRun(id, "to stop", run -> !isIn(run, "RUNNING", "STOPPING"));
    assertThat(stopped.get("status").asString()).isEqualTo("STOPPED");
    int reached = stopped.get("done").asInt();
    assertThat(reached).isGreaterThan(0).isLessThan(stopped.get("total").asInt());
    assertThat(auditActions("duplicate.run-stopped", String.valueOf(id)))
        .containsExactly("duplicate.run-stopped");

    Response resumed = dataProtection.post("/api/v1/matching/runs", null);

    assertThat(resumed.status()).as(resumed.text()).isEqualTo(202);
    assertThat(resumed.json().get("id").asLong()).isEqualTo(id);
    List<Integer> progress = new ArrayList<>();
    JsonNode completed =
        waitForRun(
            id,
            "to complete",
            run -> {
              progress.add(run.get("done").asInt());
              return isIn(run, "COMPLETED");
            });
    // it went on from the step it had reached: its progress never went back
    assertThat(progress).allSatisfy(done -> assertThat(done).isGreaterThanOrEqualTo(reached));
    assertThat(progress).isSorted();
    assertThat(completed.get("done").asInt()).isEqualTo(completed.get("total").asInt());

    List<JsonNode> queued = allOpenReviews();
    assertThat(queued.stream().map(DuplicateReviewApiTest::people)).containsAll(corrected);
    List<Long> queuedIds = queued.stream().map(r -> r.get("id").asLong()).toList();

    // a run from the start over the same registry finds no pair the resumed run had not queued
    JsonNode uninterrupted = completeARun();
    assertThat(uninterrupted.get("id").asLong()).isNotEqualTo(id);
    assertThat(uninterrupted.get("done").asInt()).isEqualTo(uninterrupted.get("total").asInt());
    assertThat(uninterrupted.get("pairsFound").asInt()).isZero();
    assertThat(allOpenReviews().stream().map(r -> r.get("id").asLong()))
        .containsExactlyInAnyOrderElementsOf(queuedIds);
  }

  @Test
  void aPersonRegisteredWhileARunGoesOnIsStillFoundOnceItCompletes() {
    long id = startARun();
    waitForRun(id, "to finish its first step", run -> run.get("done").asInt() > 0);
    String family = Households.uniqueFamilyName();
    String caseId = register(single("Ramatoulaye", family, "1987-09-21", "GIN", "+212622222229"));
    Map<String, Object> again = person("Ramatoulaye", family, "1987-09-21", "GIN", null);
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!casesFound(again).contains(caseId) && System.nanoTime() < deadline) {
      sleep();
    }
    assertThat(casesFound(again)).as("found once screened").contains(caseId);
    assertThat(dataProtection.get("/api/v1/matching/runs/" + id).json().get("status").asString())
        .as("the registration was indexed while the run went on")
        .isIn("RUNNING", "STOPPING");

    waitForRun(id, "to complete", run -> isIn(run, "COMPLETED"));

    // the run's own index, read before the registration, now answers: it must hold them too
    assertThat(casesFound(again)).contains(caseId);
  }

  private List<String> casesFound(Map<String, Object> person) {
    Response check = caseworker.post("/api/v1/matching/check", person);
    assertThat(check.status()).as(check.text()).isEqualTo(200);
    List<String> cases = new ArrayList<>();
    check.json().get("candidates").forEach(c -> cases.add(c.get("caseId").asString()));
    return cases;
  }

  /**
   * Registers two different people, then corrects the second into the first: registration screened
   * them as different, so only a run over the registry pairs them.
   *
   * @return the two people's ids
   */
  private Set<String> correctedIntoOnePerson(String given, String born) {
    String family = Households.uniqueFamilyName();
    String first = register(single(given, family, born, "SEN", null));
    String second =
        register(single("Oumou", Households.uniqueFamilyName(), "1961-10-30", "GIN", null));
    String secondPerson = personIdOf(second);
    Map<String, Object> correction = person(given, family, born, "SEN", null);
    correction.put("id", secondPerson);
    Response patched =
        caseworker.patch(
            "/api/v1/cases/" + second, Map.of("members", List.of(correction)), "If-Match", "\"1\"");
    assertThat(patched.status()).as(patched.text()).isEqualTo(200);
    return Set.of(personIdOf(first), secondPerson);
  }

  private String personIdOf(String caseId) {
    return caseworker
        .get("/api/v1/cases/" + caseId)
        .json()
        .get("members")
        .get(0)
        .get("id")
        .asString();
  }

  /** The two people of a queued pair. */
  private static Set<String> people(JsonNode review) {
    return Set.of(
        review.get("a").get("personId").asString(), review.get("b").get("personId").asString());
  }

  /** Starts a run (or resumes a stopped one), once a run another test started has finished. */
  private long startARun() {
    Response started = dataProtection.post("/api/v1/matching/runs", null);
    if (started.status() == 409) {
      waitForRun(runIdOf(started), "to finish", run -> !isIn(run, "RUNNING", "STOPPING"));
      started = dataProtection.post("/api/v1/matching/runs", null);
    }
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    return started.json().get("id").asLong();
  }

  /** Reads the run every 20 ms until {@code until} holds of it, for a minute at most. */
  private JsonNode waitForRun(long id, String what, Predicate<JsonNode> until) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode run = dataProtection.get("/api/v1/matching/runs/" + id).json();
      if (until.test(run)) {
        return run;
      }
      assertThat(run.get("status").asString()).as("run %d", id).isNotEqualTo("FAILED");
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("run " + id + " took more than a minute " + what);
  }

  private static boolean isIn(JsonNode run, String... statuses) {
    return List.of(statuses).contains(run.get("status").asString());
  }

  private JsonNode completeARun() {
    return waitForRun(startARun(), "to complete", run -> isIn(run, "COMPLETED"));
  }

  private static long runIdOf(Response conflict) {
    return conflict.json().get("runId").asLong();
  }

  private JsonNode reviewOf(String caseId) {
    JsonNode member = caseworker.get("/api/v1/cases/" + caseId).json().get("members").get(0);
    String personId = member.get("id").asString();
    // screening runs after the registration commits, and other tests' runs may fill the queue
    // with likelier pairs: wait for it and read every page
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      for (int page = 0; ; page++) {
        JsonNode items =
            dataProtection
                .get("/api/v1/matching/reviews?size=100&page=" + page)
                .json()
                .get("items");
        if (items.isEmpty()) {
          break;
        }
        for (JsonNode item : items) {
          if (item.get("b").get("personId").asString().equals(personId)) {
            return item;
          }
        }
      }
      sleep();
    }
    throw new AssertionError("no review queued for " + personId);
  }

  private List<Long> openReviewIdsFor(String caseId) {
    List<Long> ids = new ArrayList<>();
    for (JsonNode item :
        dataProtection.get("/api/v1/matching/reviews?size=100").json().get("items")) {
      if (item.get("a").get("caseId").asString().equals(caseId)
          || item.get("b").get("caseId").asString().equals(caseId)) {
        ids.add(item.get("id").asLong());
      }
    }
    return ids;
  }

  /** Every open pair in the reviewer's queue, on every page. */
  private List<JsonNode> allOpenReviews() {
    List<JsonNode> reviews = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode items =
          dataProtection.get("/api/v1/matching/reviews?size=100&page=" + page).json().get("items");
      if (items.isEmpty()) {
        return reviews;
      }
      items.forEach(reviews::add);
    }
  }

  private List<String> historyActions(String caseId) {
    List<String> actions = new ArrayList<>();
    caseworker
        .get("/api/v1/cases/" + caseId + "/history")
        .json()
        .forEach(e -> actions.add(e.get("action").asString()));
    return actions;
  }

  private List<String> auditActions(String action, String subjectId) {
    List<String> actions = new ArrayList<>();
    dataProtection
        .get("/api/v1/audit/entries?action=" + action + "&subjectId=" + subjectId)
        .json()
        .get("items")
        .forEach(e -> actions.add(e.get("action").asString()));
    return actions;
  }

  private JsonNode demoPrincipalWithDateOfBirth() {
    for (JsonNode summary : caseworker.get("/api/v1/cases?size=50").json().get("items")) {
      JsonNode principal =
          caseworker
              .get("/api/v1/cases/" + summary.get("id").asString())
              .json()
              .get("members")
              .get(0);
      if (principal.hasNonNull("dateOfBirth") && !principal.get("dobEstimated").asBoolean()) {
        return principal;
      }
    }
    throw new AssertionError("no demo principal with a date of birth");
  }

  /**
   * A check before registering, asked again for a while when it finds nobody: a person joins the
   * index when their registration has been screened, just after it commits.
   */
  private Response checkOnceScreened(Map<String, Object> typed) {
    Response check = caseworker.post("/api/v1/matching/check", typed);
    for (int i = 0;
        i < 75 && check.status() == 200 && check.json().get("candidates").isEmpty();
        i++) {
      sleep();
      check = caseworker.post("/api/v1/matching/check", typed);
    }
    return check;
  }

  private String register(Map<String, Object> household) {
    Response created = caseworker.post("/api/v1/cases", household);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private static Map<String, Object> person(
      String given, String family, String born, String nationality, String phone) {
    Map<String, Object> member =
        Households.member(given, family, "F", born, "PRINCIPAL", phone, List.of());
    member.put("nationality", nationality);
    return member;
  }

  private static Map<String, Object> single(
      String given, String family, String born, String nationality, String phone) {
    Map<String, Object> member = person(given, family, born, nationality, phone);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("missionCode", "MAR");
    body.put("destinationCountry", nationality);
    body.put("members", new ArrayList<>(List.of(member)));
    return body;
  }

  private static List<String> personIds(JsonNode candidates) {
    List<String> ids = new ArrayList<>();
    candidates.forEach(c -> ids.add(c.get("personId").asString()));
    return ids;
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
