package org.homeward;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * Homeward as a real process of its own, the way a mission runs it: for tests that kill it (the JVM
 * alone, or the JVM and its PostgreSQL) or stop it with SIGTERM, then start it again on the same
 * home folder. It runs the application's own classes and configuration, not the tests' settings.
 */
public final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final Path home;
  private final Path log;
  private final int port;

  private ServerProcess(Process process, Path home, Path log, int port) {
    this.process = process;
    this.home = home;
    this.log = log;
    this.port = port;
  }

  /** Starts Homeward on {@code home} and waits until it answers healthy. */
  public static ServerProcess start(Path home, String name, String... arguments) {
    try {
      int port = freePort();
      Path log = home.resolveSibling(home.getFileName() + "-" + name + ".log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx768m");
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-cp");
      command.add(String.join(java.io.File.pathSeparator, applicationClasspath()));
      command.add(HomewardApplication.class.getName());
      command.add("--server.port=" + port);
      command.add("--homeward.home=" + home.toAbsolutePath());
      command.add(
          "--homeward.db.embedded.binaries="
              + Path.of("target/postgres-binaries").toAbsolutePath());
      command.addAll(List.of(arguments));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      ServerProcess server = new ServerProcess(process, home, log, port);
      server.awaitHealthy(Duration.ofMinutes(3));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  /** Everything the process has logged so far. */
  public String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pid of the embedded PostgreSQL's postmaster, from its pid file. */
  public Optional<Long> postgresPid() {
    try {
      List<String> lines = Files.readAllLines(home.resolve("postgres/postmaster.pid"));
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** SIGKILL to the JVM alone, as the out-of-memory killer does: its PostgreSQL lives on. */
  public void killJvm() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30));
  }

  /** SIGKILL to the JVM and to every process of its PostgreSQL at once, as a crash does. */
  public void killJvmAndPostgres() {
    Optional<ProcessHandle> postmaster = postgresPid().flatMap(ProcessHandle::of);
    List<ProcessHandle> all = new ArrayList<>();
    postmaster.ifPresent(p -> {
      all.add(p);
      p.descendants().forEach(all::add);
    });
    process.destroyForcibly();
    all.forEach(ProcessHandle::destroyForcibly);
    awaitExit(Duration.ofSeconds(30));
    for (ProcessHandle p : all) {
      p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }
  }

  /** SIGTERM, as a service manager stops it; answers the exit code. */
  public int terminate(Duration within) {
    process.destroy();
    return awaitExit(within);
  }

  private int awaitExit(Duration within) {
    try {
      if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("Homeward did not end within " + within);
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void awaitHealthy(Duration within) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Homeward ended with exit code " + process.exitValue() + " while starting:\n" + tail());
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Homeward was not healthy within " + within + ":\n" + tail());
  }

  private String tail() {
    String text = log();
    return text.substring(Math.max(0, text.length() - 6000));
  }

  /**
   * The classpath of this test run less the test classes, read through surefire's manifest-only jar
   * when it uses one.
   */
  public static List<String> applicationClasspath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
        try (JarFile jar = new JarFile(entry)) {
          String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
          Path base = Path.of(entry).toAbsolutePath().getParent();
          for (String item : classPath.split(" ")) {
            if (item.isBlank()) {
              continue;
            }
            URI uri = URI.create(item);
            entries.add(
                uri.isAbsolute()
                    ? Path.of(uri).toString()
                    : base.resolve(java.net.URLDecoder.decode(item, StandardCharsets.UTF_8))
                        .normalize()
                        .toString());
          }
        }
      } else {
        entries.add(entry);
      }
    }
    entries.removeIf(e -> e.replace('\\', '/').matches(".*/test-classes/?$"));
    return entries;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
