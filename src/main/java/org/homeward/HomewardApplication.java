package org.homeward;

import java.util.OptionalInt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Homeward: assisted voluntary return and reintegration, one application, one module per
 * capability. Without arguments (or with only {@code --options}) it runs the server; with a command
 * name first it runs that command-line tool instead, without starting a web server; {@code --help}
 * lists them ({@link CommandLine}).
 */
@SpringBootApplication
@EnableScheduling
public class HomewardApplication {

  public static void main(String[] args) {
    OptionalInt answered = CommandLine.dispatch(args, System.out, System.err);
    if (answered.isPresent()) {
      System.exit(answered.getAsInt());
    }
    SpringApplication.run(HomewardApplication.class, args);
  }
}
