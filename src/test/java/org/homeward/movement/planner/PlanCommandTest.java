package org.homeward.movement.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanCommandTest {

  static final Path SMALL = Path.of("bench", "planner", "small.json");

  @TempDir Path folder;

  record Run(int exitCode, String out, String err) {
    void failedCleanly() {
      assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  static Run plan(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        PlanCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  Path file(String text) throws IOException {
    return Files.writeString(folder.resolve("scenario.json"), text);
  }

  static JsonNode json(Path file) throws IOException {
    return JsonMapper.builder().build().readTree(Files.readString(file));
  }

  @Test
  void writesAPlanWithEveryHouseholdOnceAndItsValueAndDelay() throws IOException {
    Path output = folder.resolve("plan.json");

    Run run = plan("--scenario", SMALL.toString(), "--output", output.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("9 of 13 households placed, value 92.9", "written to");
    JsonNode plan = json(output);
    assertThat(plan.propertyNames())
        .containsExactly("assignments", "unassigned", "value", "delayCost");
    Set<String> seen = new HashSet<>();
    for (JsonNode assignment : plan.get("assignments")) {
      assertThat(assignment.propertyNames()).containsExactly("household", "flight");
      assertThat(seen.add(assignment.get("household").stringValue())).isTrue();
    }
    for (JsonNode left : plan.get("unassigned")) {
      assertThat(left.propertyNames()).containsExactly("household", "reason");
      assertThat(seen.add(left.get("household").stringValue())).isTrue();
      assertThat(left.get("reason").stringValue()).isNotBlank();
    }
    assertThat(seen).hasSize(13);
    assertThat(plan.get("value").isNumber()).isTrue();
    assertThat(plan.get("value").decimalValue()).isEqualByComparingTo("92.9");
    assertThat(plan.get("delayCost").decimalValue()).isEqualByComparingTo("156.8");
    assertThat(plan.get("unassigned").findValuesAsString("reason"))
        .contains("no flight goes to NGA");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(output);
    }
  }

  @Test
  void greedyWritesItsOwnPlan() throws IOException {
    Path output = folder.resolve("greedy.json");

    Run run = plan("--scenario", SMALL.toString(), "--output", output.toString(), "--greedy");

    assertThat(run.exitCode()).isZero();
    assertThat(json(output).get("assignments").size()).isPositive();
  }

  @Test
  void theExampleOfTheHelpIsAValidScenario() throws IOException {
    Run help = plan("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("usage: java -jar homeward.jar plan --scenario");
    String example =
        help.out()
            .substring(help.out().indexOf("example scenario:") + "example scenario:".length());
    Path output = folder.resolve("plan.json");

    Run run = plan("--scenario", file(example).toString(), "--output", output.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    // the infant is on a lap, the minor needs an escort: 1 + 2 seats of 3
    assertThat(json(output).get("assignments").size()).isEqualTo(2);
  }

  static Stream<Arguments> malformed() {
    String flight =
        "{\"id\": \"F-1\", \"destination\": \"CMR\", \"date\": \"2026-09-10\", \"seats\": 9}";
    String member =
        "{\"id\": \"M-1\", \"ageYears\": 30, \"travelDocValidUntil\": \"2027-01-01\","
            + " \"fitValidUntil\": \"2027-01-01\"}";
    String household =
        "{\"id\": \"H-1\", \"destination\": \"CMR\", \"value\": 12.5, \"readySince\":"
            + " \"2026-08-01\", \"members\": ["
            + member
            + "]}";
    return Stream.of(
        Arguments.of("", "empty; expected a JSON object"),
        Arguments.of("  \n", "empty; expected a JSON object"),
        Arguments.of("{\"flights\": [", "not JSON"),
        Arguments.of("[1, 2]", "expected a JSON object"),
        Arguments.of("{\"households\": []}", "flights: missing"),
        Arguments.of(
            "{\"flights\": [{\"id\": \"F-1\", \"destination\": \"CMR\", \"date\": \"2026-09-10\"}],"
                + " \"households\": []}",
            "flight F-1: flights[0].seats: missing"),
        Arguments.of(
            "{\"flights\": [" + flight.replace("9}", "-4}") + "], \"households\": []}",
            "flight F-1: flights[0].seats: must not be negative: -4"),
        Arguments.of(
            "{\"flights\": [" + flight.replace("9}", "9.5}") + "], \"households\": []}",
            "flight F-1: flights[0].seats: must be a whole number, not 9.5"),
        Arguments.of(
            "{\"flights\": ["
                + flight.replace("2026-09-10", "2026-02-30")
                + "], \"households\": []}",
            "flight F-1: flights[0].date: not a date (YYYY-MM-DD): \"2026-02-30\""),
        Arguments.of(
            "{\"flights\": [" + flight + ", " + flight + "], \"households\": []}",
            "flight F-1: flights[1].id: a second flight with this id"),
        Arguments.of(
            "{\"flights\": [], \"households\": ["
                + household.replace("\"id\": \"H-1\", ", "")
                + "]}",
            "households[0].id: missing"),
        Arguments.of(
            "{\"flights\": [], \"households\": [" + household.replace("12.5", "-3") + "]}",
            "household H-1: households[0].value: must not be negative: -3"),
        Arguments.of(
            "{\"flights\": [], \"households\": [" + household.replace("12.5", "\"lots\"") + "]}",
            "household H-1: households[0].value: not a number (e.g. 12.5): \"lots\""),
        Arguments.of(
            "{\"flights\": [], \"households\": ["
                + household.replace("\"2026-08-01\"", "\"1st of August\"")
                + "]}",
            "household H-1: households[0].readySince: not a date (YYYY-MM-DD): \"1st of August\""),
        Arguments.of(
            "{\"flights\": [], \"households\": ["
                + household.replace("\"ageYears\": 30", "\"ageYears\": \"30\"")
                + "]}",
            "household H-1: households[0].members[0].ageYears: must be a whole number, not \"30\""),
        Arguments.of(
            "{\"flights\": [], \"households\": ["
                + household.replace("\"2027-01-01\",", "\"2027-13-01\",")
                + "]}",
            "household H-1: households[0].members[0].travelDocValidUntil: not a date"),
        Arguments.of(
            "{\"flights\": [], \"households\": ["
                + household.replace("[" + member + "]", "[]")
                + "]}",
            "household H-1: households[0].members: a household has at least one member"),
        Arguments.of(
            "{\"flights\": [], \"households\": [" + household + ", " + household + "]}",
            "household H-1: households[1].id: a second household with this id"),
        Arguments.of(
            "{\"flights\": ["
                + flight
                + "], \"households\": ["
                + household
                + "],"
                + " \"pinned\": [{\"household\": \"H-1\", \"flight\": \"F-9\"}]}",
            "household H-1: pinned[H-1]: no such flight: F-9"),
        Arguments.of(
            "{\"flights\": ["
                + flight
                + "], \"households\": ["
                + household
                + "],"
                + " \"pinned\": [{\"household\": \"H-7\", \"flight\": \"F-1\"}]}",
            "household H-7: pinned[H-7]: no such household"),
        Arguments.of(
            "{\"flights\": ["
                + flight.replace("CMR", "SEN")
                + "], \"households\": ["
                + household
                + "], \"pinned\": [{\"household\": \"H-1\", \"flight\": \"F-1\"}]}",
            "household H-1: pinned[H-1]: cannot be pinned on flight F-1: goes to SEN"),
        Arguments.of(
            "{\"flights\": [" + flight + "], \"flights\": [], \"households\": []}",
            "not JSON: Duplicate Object property \"flights\""));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void refusesMalformedInputNamingTheFieldWithNoOutputFile(String scenario, String message)
      throws IOException {
    Path output = folder.resolve("plan.json");

    Run run = plan("--scenario", file(scenario).toString(), "--output", output.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    run.failedCleanly();
    assertThat(run.err()).contains(message);
    assertThat(run.out()).isEmpty();
    assertThat(output).doesNotExist();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(folder.resolve("scenario.json"));
    }
  }

  @Test
  void leavesAnEarlierPlanAsItWasWhenTheInputIsBad() throws IOException {
    Path output = Files.writeString(folder.resolve("plan.json"), "the earlier plan");

    Run run = plan("--scenario", file("{}").toString(), "--output", output.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("flights: missing", "households: missing");
    assertThat(Files.readString(output)).isEqualTo("the earlier plan");
  }

  @Test
  void reportsEveryProblemOfTheFileOnItsOwnLine() throws IOException {
    Path scenario =
        file(
            "{\"flights\": [{\"id\": \"F-1\", \"destination\": \"CMR\", \"seats\": -1}],"
                + " \"households\": [{\"id\": \"H-1\", \"destination\": \"CMR\", \"value\": 3,"
                + " \"members\": [{\"id\": \"M\"}]}]}");

    Run run =
        plan("--scenario", scenario.toString(), "--output", folder.resolve("p.json").toString());

    assertThat(run.err().lines())
        .allSatisfy(line -> assertThat(line).startsWith("plan: " + scenario + ": "))
        .extracting(line -> line.substring(("plan: " + scenario + ": ").length()))
        .containsExactly(
            "flight F-1: flights[0].date: missing",
            "flight F-1: flights[0].seats: must not be negative: -1",
            "household H-1: households[0].readySince: missing",
            "household H-1: households[0].members[0].ageYears: missing");
  }

  @Test
  void warnsOfFieldsItDoesNotKnowAndPlansAnyway() throws IOException {
    String text = Files.readString(SMALL).replaceFirst("\"seats\"", "\"gate\": \"B3\", \"seats\"");
    Path output = folder.resolve("plan.json");

    Run run = plan("--scenario", file(text).toString(), "--output", output.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("warning: flight F-DLA-1: flights[0].gate: unknown field, ignored");
    assertThat(output).exists();
  }

  @Test
  void aWrongCommandLineGetsTheUsageAndExitCode2() {
    Run noOutput = plan("--scenario", SMALL.toString());
    assertThat(noOutput.exitCode()).isEqualTo(2);
    assertThat(noOutput.err()).contains("plan: --output is required", "usage:");

    assertThat(plan("--scenario").exitCode()).isEqualTo(2);
    assertThat(plan("--frobnicate").err()).contains("unknown option --frobnicate");
    assertThat(plan("--scenario", "a", "--output", "b", "--time-limit", "soon").err())
        .contains("--time-limit is not a number: soon");
  }

  @Test
  void saysWhenFilesCannotBeReadOrWritten() {
    Run missing =
        plan(
            "--scenario",
            folder.resolve("nope.json").toString(),
            "--output",
            folder.resolve("plan.json").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("cannot read --scenario", "no such file");

    Run noFolder =
        plan(
            "--scenario",
            SMALL.toString(),
            "--output",
            folder.resolve("missing").resolve("plan.json").toString());
    assertThat(noFolder.exitCode()).isEqualTo(1);
    assertThat(noFolder.err()).contains("cannot write --output", "no such folder");
  }
}
