package org.homeward;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Homeward: assisted voluntary return and reintegration, one application, one module per
 * capability. Without arguments (or with only {@code --options}) it runs the server; with a command
 * name first it runs that command-line tool instead, without starting a web server.
 */
@SpringBootApplication
@EnableScheduling
public class HomewardApplication {

  public static void main(String[] args) {
    if (args.length > 0 && !args[0].startsWith("-")) {
      System.exit(CommandLine.run(args[0], Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(HomewardApplication.class, args);
  }
}
