package org.homeward.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FundsCommandTest {

  static final Path SAMPLES = Path.of("src", "test", "resources", "funding");

  @TempDir Path folder;

  record Run(int exitCode, String out, String err) {
    void failedCleanly() {
      assertThat(out).isEmpty();
      assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  static Run funds(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        FundsCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  Path file(String text) throws IOException {
    return Files.writeString(folder.resolve("scenario.json"), text);
  }

  static JsonNode json(String text) {
    return JsonMapper.builder().build().readTree(text);
  }

  @Test
  void printsThePositionAsJson() {
    Run run = funds("--scenario", SAMPLES.resolve("worked-example.json").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode position = json(run.out());
    assertThat(position.propertyNames())
        .containsExactly(
            "pledged",
            "received",
            "spent",
            "committed",
            "available",
            "burnRatePerWeek",
            "exhaustionDate");
    assertThat(position.get("available").isString()).isTrue();
    assertThat(position.get("available").stringValue()).isEqualTo("129250.00");
    assertThat(position.get("exhaustionDate").stringValue()).isEqualTo("2012-08-15");
  }

  @Test
  void printsNullWhenNothingIsBeingSpent() {
    Run run = funds("--scenario", SAMPLES.resolve("no-spending.json").toString());

    assertThat(run.exitCode()).isZero();
    JsonNode position = json(run.out());
    assertThat(position.get("burnRatePerWeek").stringValue()).isEqualTo("0.00");
    assertThat(position.get("committed").stringValue()).isEqualTo("0.00");
    assertThat(position.get("exhaustionDate").isNull()).isTrue();
  }

  @Test
  void theWorkedExampleOfTheDocsGivesTheNumbersItShows() throws IOException {
    String doc = Files.readString(Path.of("docs", "funding.md"));
    List<String> blocks = new ArrayList<>();
    Matcher json = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    while (json.find()) {
      blocks.add(json.group(1));
    }
    assertThat(blocks).hasSize(2);
    assertThat(json(blocks.get(0)))
        .isEqualTo(json(Files.readString(SAMPLES.resolve("worked-example.json"))));

    Run run = funds("--scenario", file(blocks.get(0)).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(json(run.out())).isEqualTo(json(blocks.get(1)));
  }

  @Test
  void theExampleOfTheUsageIsAValidScenario() throws IOException {
    Run help = funds("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("usage: java -jar homeward.jar funds --scenario");
    String example = help.out().substring(help.out().indexOf("example:") + "example:".length());

    Run run = funds("--scenario", file(example).toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(json(run.out()).get("pledged").stringValue()).isEqualTo("1080.00");
  }

  @Test
  void reportsEveryProblemOnItsOwnLineWithExitCode1() {
    Path scenario = SAMPLES.resolve("bad-input.json");

    Run run = funds("--scenario", scenario.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    run.failedCleanly();
    assertThat(run.err().lines())
        .allSatisfy(line -> assertThat(line).startsWith("funds: " + scenario + ": "))
        .contains(
            "funds: " + scenario + ": asOf: not a date (YYYY-MM-DD): \"2012-06-31\"",
            "funds: "
                + scenario
                + ": contributions[2].received: not a date (YYYY-MM-DD): \"2012-13-01\"",
            "funds: " + scenario + ": contributions[0].amount: must not be negative: \"-300.00\"",
            "funds: "
                + scenario
                + ": rates[0].to: not an ISO 4217 currency code (e.g. \"USD\"): \"USX\"",
            "funds: " + scenario + ": expenditures[0].line: missing")
        .hasSize(8);
  }

  @Test
  void reportsAMissingRateWithExitCode1() throws IOException {
    String text =
        Files.readString(SAMPLES.resolve("worked-example.json"))
            .replace(
                "\"2012-01-01\", \"from\": \"USD\", \"to\": \"MAD\"",
                "\"2012-05-07\", \"from\": \"USD\", \"to\": \"MAD\"");

    Run run = funds("--scenario", file(text).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    run.failedCleanly();
    assertThat(run.err())
        .contains(
            "expenditures[2]: no exchange rate MAD->USD (nor USD->MAD) dated on or before"
                + " 2012-05-06");
  }

  @Test
  void refusesFilesThatAreNotScenarios() throws IOException {
    for (String text : List.of("", "   \n", "not json", "{\"asOf\": ", "[1, 2]")) {
      Run run = funds("--scenario", file(text).toString());
      assertThat(run.exitCode()).as(text).isEqualTo(1);
      run.failedCleanly();
      assertThat(run.err().lines()).as(text).hasSize(1);
    }
  }

  @Test
  void refusesAFileThatIsNotUtf8() throws IOException {
    Path latin1 = Files.write(folder.resolve("latin1.json"), new byte[] {'{', (byte) 0xE9, '}'});

    Run run = funds("--scenario", latin1.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    run.failedCleanly();
    assertThat(run.err())
        .isEqualTo("funds: cannot read --scenario " + latin1 + ": not UTF-8 text\n");
  }

  @Test
  void refusesAMissingOrUnreadableScenarioWithExitCode1() {
    Path missing = folder.resolve("nowhere.json");

    Run absent = funds("--scenario", missing.toString());
    Run aFolder = funds("--scenario", folder.toString());

    assertThat(absent.exitCode()).isEqualTo(1);
    absent.failedCleanly();
    assertThat(absent.err())
        .isEqualTo("funds: cannot read --scenario " + missing + ": no such file\n");
    assertThat(aFolder.exitCode()).isEqualTo(1);
    aFolder.failedCleanly();
    assertThat(aFolder.err()).contains("a folder, not a file");
  }

  @Test
  void answersAWrongCommandLineWithTheUsageAndExitCode2() {
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {"--scenario"},
            new String[] {"--scenario", "--help"},
            new String[] {"--input", "scenario.json"},
            new String[] {"scenario.json"})) {
      Run run = funds(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      run.failedCleanly();
      assertThat(run.err()).startsWith("funds: ").contains("usage: java -jar homeward.jar funds");
    }
  }
}
