package org.confederatio.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A Liberty server of the test build beside the suite's own, for what the suite's server cannot
 * show without being disturbed: a crash, a second instance, a restored database. It is made from
 * the suite's server (the same server.xml, bootstrap variables and application, none of its data,
 * logs or test deployments), with the given bootstrap variables on top.
 */
final class ServerProcess implements AutoCloseable {

  /** What is copied from the suite's server: its configuration and the application. */
  private static final Set<String> COPIED =
      Set.of("server.xml", "jvm.options", "server.env", "apps", "configDropins");

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final String name;
  private final Path directory;
  private final String baseUrl;

  private ServerProcess(String name, Path directory, String baseUrl) {
    this.name = name;
    this.directory = directory;
    this.baseUrl = baseUrl;
  }

  /**
   * A server {@code name} in the suite's Liberty, replacing an earlier folder of that name, with
   * {@code variables} (http.port and https.port at least) over the suite's server's bootstrap.
   */
  static ServerProcess create(String name, Map<String, String> variables) {
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("a server name of a-z, 0-9 and '-': " + name);
    }
    if (!variables.containsKey("http.port") || !variables.containsKey("https.port")) {
      throw new IllegalArgumentException("a server of the tests needs http.port and https.port");
    }
    Path source = Path.of(System.getProperty("test.server.dir"));
    Path target = source.resolveSibling(name);
    try {
      if (Files.exists(target)) {
        new ServerProcess(name, target, "").stopQuietly();
        delete(target);
      }
      Files.createDirectories(target);
      for (String entry : COPIED) {
        if (Files.exists(source.resolve(entry))) {
          copy(source.resolve(entry), target.resolve(entry));
        }
      }
      Properties bootstrap = new Properties();
      try (var in = Files.newBufferedReader(source.resolve("bootstrap.properties"))) {
        bootstrap.load(in);
      }
      bootstrap.putAll(variables);
      try (var out = Files.newBufferedWriter(target.resolve("bootstrap.properties"))) {
        bootstrap.store(out, "made by ServerProcess from " + source.getFileName());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ServerProcess(name, target, "http://localhost:" + variables.get("http.port"));
  }

  /** Starts the server and waits until it answers {@code /health} with 200. */
  ServerProcess start() {
    run("start");
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<Void> health =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return this;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause(500);
    }
    throw new IllegalStateException(
        name + " did not answer /health within " + START_TIMEOUT + "; see " + log());
  }

  /**
   * {@code kill -9} of the server's JVM: no shutdown hook, no last commit; returns once it is gone.
   */
  void kill() {
    Path pidFile = directory.resolveSibling(".pid").resolve(name + ".pid");
    try {
      long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
      ProcessHandle process =
          ProcessHandle.of(pid)
              .orElseThrow(
                  () -> new IllegalStateException(name + " (pid " + pid + ") is not running"));
      process.destroyForcibly();
      process.onExit().get();
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("killing " + name + " failed", e);
    }
  }

  void stop() {
    run("stop");
  }

  String baseUrl() {
    return baseUrl;
  }

  Path directory() {
    return directory;
  }

  /** The server's messages.log, for a failure's message. */
  Path log() {
    return directory.resolve("logs").resolve("messages.log");
  }

  @Override
  public void close() {
    stopQuietly();
  }

  private void stopQuietly() {
    try {
      run("stop");
    } catch (RuntimeException e) {
      // already stopped, killed or never started
    }
  }

  private void run(String action) {
    Path wlp = Path.of(System.getProperty("test.wlp.home"));
    ProcessBuilder command =
        new ProcessBuilder(List.of(wlp.resolve("bin").resolve("server").toString(), action, name))
            .redirectErrorStream(true);
    command.environment().put("JAVA_HOME", System.getProperty("java.home"));
    try {
      Process process = command.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      // stop answers 1 when the server was not running: not an error for a test's clean-up
      if (exit != 0 && !(action.equals("stop") && exit == 1)) {
        throw new IllegalStateException(
            "server " + action + " " + name + " exited " + exit + ": " + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path destination = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(path, destination);
        }
      }
    }
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path :
          (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
