package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command line answers help, the version and mistakes itself, and starts nothing for them. */
class CommandLineTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private boolean dataExistedBefore;

  @BeforeEach
  void noteTheCurrentFolder() {
    dataExistedBefore = Files.exists(Path.of("data", "postgres"));
  }

  @AfterEach
  void noServerStarted() {
    if (!dataExistedBefore) {
      assertThat(Path.of("data", "postgres")).doesNotExist();
    }
  }

  /** Runs the command line as main does, with what it and the commands print captured. */
  private OptionalInt run(String... args) {
    PrintStream out = new PrintStream(this.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(this.err, true, StandardCharsets.UTF_8);
    PrintStream systemOut = System.out;
    PrintStream systemErr = System.err;
    System.setOut(out);
    System.setErr(err);
    try {
      return CommandLine.dispatch(args, out, err);
    } finally {
      System.setOut(systemOut);
      System.setErr(systemErr);
    }
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsEveryCommandWithAnExample() {
    for (String help : new String[] {"--help", "-h", "help"}) {
      out.reset();
      assertThat(run(help)).hasValue(0);
      for (CommandLine.Command command : CommandLine.COMMANDS) {
        assertThat(out()).contains("  " + command.name() + " ").contains(command.example());
      }
    }
    assertThat(out()).contains("server", "match", "generate");
  }

  @Test
  void aCommandsHelpShowsItsOptions() {
    assertThat(run("generate", "--help")).hasValue(0);
    assertThat(out()).contains("--cases N", "--home DIR", "--seed S", "--missions", "example:");

    out.reset();
    assertThat(run("help", "match")).hasValue(0);
    assertThat(out()).contains("--input FILE", "--output FILE");

    out.reset();
    assertThat(run("--server.port=9999", "--help")).hasValue(0);
    assertThat(out()).contains("--server.port=N", "HOMEWARD_HOME");
  }

  @Test
  void anUnknownCommandIsAnErrorListingTheValidOnes() {
    assertThat(run("bogus")).hasValue(2);
    assertThat(err()).contains("unknown command: bogus").contains("server, match, generate");
    assertThat(out()).isEmpty();
  }

  @Test
  void anUnknownOptionOfACommandIsAnErrorNamingTheValidOnes() {
    assertThat(run("generate", "--cases", "10", "--colour", "red")).hasValue(2);
    assertThat(err()).contains("unknown option --colour").contains("--cases", "--missions");

    err.reset();
    assertThat(run("generate")).hasValue(2);
    assertThat(err()).contains("--cases N is required");
  }

  @Test
  void printsTheVersion() {
    assertThat(run("--version")).hasValue(0);
    assertThat(out()).startsWith("homeward ");
  }

  @Test
  void serverOptionsStillStartTheServer() {
    assertThat(run()).isEmpty();
    assertThat(run("--server.port=0")).isEmpty();
  }
}
