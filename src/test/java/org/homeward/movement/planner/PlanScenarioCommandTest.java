package org.homeward.movement.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanScenarioCommandTest {

  @TempDir Path folder;

  static int generate(String... args) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return PlanScenarioCommand.run(args, sink, sink);
  }

  @Test
  void writesARealisticScenarioThePlanCommandReads() throws IOException {
    Path output = folder.resolve("s.json");

    assertThat(
            generate(
                "--people",
                "2000",
                "--flights",
                "12",
                "--seed",
                "3",
                "--output",
                output.toString()))
        .isZero();

    PlanJson.Reading reading = PlanJson.read(Files.readString(output));
    assertThat(reading.problems()).isEmpty();
    PlanningProblem problem = reading.problem();
    assertThat(problem.households().stream().mapToInt(h -> h.members().size()).sum())
        .isEqualTo(2000);
    assertThat(problem.flights()).hasSize(12).allMatch(f -> f.seats() >= 150 && f.seats() <= 180);
    assertThat(problem.flights().stream().map(PlanFlight::destination))
        .contains("CMR", "NGA", "SEN", "CIV");
    var members = problem.households().stream().flatMap(h -> h.members().stream()).toList();
    assertThat(members).anyMatch(PlanMember::infantForALap);
    assertThat(members).anyMatch(PlanMember::unaccompaniedMinor);
    assertThat(members).anyMatch(PlanMember::medicalEscort);
    assertThat(members).anyMatch(m -> m.travelDocValidUntil() == null);
    assertThat(members)
        .anyMatch(m ->
            m.fitValidUntil() != null
                && m.fitValidUntil().isBefore(ScenarioGenerator.DEFAULT_START));
    assertThat(problem.households())
        .anyMatch(h -> h.value().stripTrailingZeros().scale() > 0)
        .anyMatch(h -> h.members().size() >= 5);
  }

  @Test
  void theSameSeedGivesTheSameScenario() throws IOException {
    Path a = folder.resolve("a.json");
    Path b = folder.resolve("b.json");
    Path c = folder.resolve("c.json");
    generate("--people", "300", "--flights", "4", "--seed", "8", "--output", a.toString());
    generate("--people", "300", "--flights", "4", "--seed", "8", "--output", b.toString());
    generate("--people", "300", "--flights", "4", "--seed", "9", "--output", c.toString());

    assertThat(Files.readString(a))
        .isEqualTo(Files.readString(b))
        .isNotEqualTo(Files.readString(c));
  }

  @Test
  void theShippedReferenceScenarioIsTheOneItsCommandGenerates() throws IOException {
    Path output = folder.resolve("reference.json");
    generate("--people", "1000", "--flights", "8", "--seed", "1", "--output", output.toString());

    assertThat(Files.readString(output))
        .isEqualTo(Files.readString(Path.of("bench", "planner", "reference.json")));
    PlanningProblem reference = PlanJson.read(Files.readString(output)).problem();
    assertThat(
            Objects.requireNonNull(reference).flights().stream()
                .map(PlanFlight::destination)
                .distinct())
        .hasSize(6);
  }

  @Test
  void aWrongCommandLineGetsExitCode2() {
    assertThat(generate("--people", "10")).isEqualTo(2);
    assertThat(generate("--people", "ten", "--flights", "1", "--output", "x")).isEqualTo(2);
    assertThat(generate("--people", "10", "--flights", "0", "--output", "x")).isEqualTo(2);
    assertThat(generate("--help")).isZero();
  }
}
