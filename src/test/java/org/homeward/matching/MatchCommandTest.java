package org.homeward.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {

  private static final String HEADER =
      "record_id,given_name,family_name,sex,date_of_birth,dob_estimated,nationality,"
          + "place_of_birth,phone,document_type,document_number,registration_site,"
          + "registration_date";

  @TempDir Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void writesThePairsItJudgesTheSamePerson() throws IOException {
    Path input =
        write(
            HEADER,
            "R1,Mamadou,Diallo,M,1985-03-12,false,GIN,Labé,+212661234567,passport,GA1234567,Oujda,2012-01-01",
            "R2,Mamadu,Jalloh,M,1985-12-03,false,GIN,Labe,+212661234567,passport,GA1234567,Rabat,2013-02-01",
            "R3,Fatoumata,Camara,F,1990-01-01,true,GIN,Kankan,,,,Rabat,2013-02-01");
    Path output = folder.resolve("pairs.csv");

    int exit = run("--input", input.toString(), "--output", output.toString());

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(output);
    assertThat(lines.getFirst()).isEqualTo("record_id_a,record_id_b,score");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("R1,R2,");
    assertThat(out.toString()).contains("records/s").contains("peak heap");
  }

  @Test
  void quotesAnIdThatHoldsACommaSoThatThePairStaysThreeFields() throws IOException {
    Path input =
        write(
            HEADER,
            "\"Oujda, 1\",Mamadou,Diallo,M,1985-03-12,false,GIN,Labé,+212661234567,passport,GA1234567,Oujda,2012-01-01",
            "\"Rabat \"\"2\"\"\",Mamadu,Jalloh,M,1985-12-03,false,GIN,Labe,+212661234567,passport,GA1234567,Rabat,2013-02-01");
    Path output = folder.resolve("pairs.csv");

    int exit = run("--input", input.toString(), "--output", output.toString());

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(output);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("\"Oujda, 1\",\"Rabat \"\"2\"\"\",");
  }

  @Test
  void namesTheMissingColumnAndWritesNothing() throws IOException {
    Path input =
        write(
            "record_id,given_name,family_name,sex,dob_estimated,nationality,place_of_birth,"
                + "phone,document_type,document_number",
            "R1,Awa,Sow,F,false,SEN,Dakar,,,");
    Path output = folder.resolve("pairs.csv");

    int exit = run("--input", input.toString(), "--output", output.toString());

    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("line 1").contains("date_of_birth").contains("missing");
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(output).doesNotExist();
  }

  @Test
  void namesTheLineAndFieldOfABadDate() throws IOException {
    Path input =
        write(
            HEADER,
            "R1,Awa,Sow,F,1990-04-02,false,SEN,Dakar,,,,Rabat,2012-01-01",
            "R2,Awa,Sow,F,1990-13-45,false,SEN,Dakar,,,,Rabat,2012-01-01");
    Path output = folder.resolve("pairs.csv");

    int exit = run("--input", input.toString(), "--output", output.toString());

    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("line 3").contains("date_of_birth").contains("1990-13-45");
    assertThat(output).doesNotExist();
  }

  @Test
  void refusesAnUnknownNationality() throws IOException {
    // XXX (nationality unknown) and the stateless codes are valid, as at registration: ZZZ is not
    Path input = write(HEADER, "R1,Awa,Sow,F,1990-04-02,false,ZZZ,Dakar,,,,Rabat,2012-01-01");
    Path output = folder.resolve("pairs.csv");

    int exit = run("--input", input.toString(), "--output", output.toString());

    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("line 2").contains("nationality").contains("ZZZ");
    assertThat(output).doesNotExist();
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path input = folder.resolve("empty.csv");
    Files.writeString(input, "");
    Path output = folder.resolve("pairs.csv");

    int exit = run("--input", input.toString(), "--output", output.toString());

    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("empty");
    assertThat(output).doesNotExist();
  }

  @Test
  void leavesAnEarlierOutputUntouchedWhenTheInputIsBad() throws IOException {
    Path input = write(HEADER, "R1,Awa,Sow,F,yesterday,false,SEN,Dakar,,,,Rabat,2012-01-01");
    Path output = folder.resolve("pairs.csv");
    Files.writeString(output, "record_id_a,record_id_b,score\nA,B,0.99\n");

    run("--input", input.toString(), "--output", output.toString());

    assertThat(Files.readString(output)).contains("A,B,0.99");
    try (var files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void explainsHowToCallItWhenAnOptionIsMissing() {
    int exit = run("--input", "records.csv");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--output").contains("usage");
  }

  private int run(String... args) {
    return MatchCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path write(String... lines) throws IOException {
    Path file = folder.resolve("records.csv");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }
}
