package org.confederatio.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the crash and restore tests give their extra servers ({@link ServerProcess}): ports after
 * the suite's server's own, and a database of the suite's kind of their own, outside the server's
 * folder so that it outlives a server made anew.
 */
final class ExtraServers {

  private ExtraServers() {}

  static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("test.db.kind"));

  /**
   * Ports {@code 2 + offset} after the suite's server's: the two executions (Derby, PostgreSQL) run
   * one after the other, and every test stops its servers.
   */
  static Map<String, String> ports(int offset) {
    Map<String, String> ports = new HashMap<>();
    ports.put("http.port", port("test.http.port", offset));
    ports.put("https.port", port("test.https.port", offset));
    return ports;
  }

  private static String port(String property, int offset) {
    return String.valueOf(Integer.parseInt(System.getProperty(property)) + 2 + offset);
  }

  /** An empty database {@code name} of the suite's kind, and the variables that select it. */
  static Map<String, String> database(String name) {
    Map<String, String> variables = new HashMap<>();
    if (POSTGRESQL) {
      String database = postgres(name);
      Postgres.recreate(database);
      variables.put("db.name", database);
    } else {
      Path folder = scratch("derby-" + name).resolve("confederatio");
      variables.put("db.kind", "derby");
      variables.put("db.derby.path", folder.toString());
    }
    return variables;
  }

  /** The suite's PostgreSQL database's name with {@code suffix}: one per test, per checkout. */
  static String postgres(String suffix) {
    return System.getProperty("test.db.name") + "_" + suffix;
  }

  /** An empty folder {@code name} under the build's target folder. */
  static Path scratch(String name) {
    Path folder =
        Path.of(System.getProperty("test.wlp.home"))
            .toAbsolutePath()
            .getParent()
            .getParent()
            .resolve("extra-servers")
            .resolve(name);
    try {
      if (Files.exists(folder)) {
        try (Stream<Path> paths = Files.walk(folder)) {
          for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
            Files.delete(path);
          }
        }
      }
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  static void copy(Path from, Path to) throws IOException {
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

  /**
   * The suite's PostgreSQL database dumped with {@code pg_dump -Fc} and restored with {@code
   * pg_restore} into an empty database {@code suffix}, as README "Backup and restore" says; the
   * variables that select it.
   */
  static Map<String, String> restoredPostgres(String suffix) throws Exception {
    Path dump = scratch("pg-dump").resolve("confederatio.dump");
    String database = postgres(suffix);
    run(
        "pg_dump",
        "-Fc",
        "-h",
        host(),
        "-p",
        pgPort(),
        "-U",
        user(),
        "-d",
        System.getProperty("test.db.name"),
        "-f",
        dump.toString());
    Postgres.recreate(database);
    run(
        "pg_restore",
        "--no-owner",
        "--exit-on-error",
        "-h",
        host(),
        "-p",
        pgPort(),
        "-U",
        user(),
        "-d",
        database,
        dump.toString());
    return Map.of("db.name", database);
  }

  private static String host() {
    return System.getProperty("test.pg.host", "localhost");
  }

  private static String pgPort() {
    return System.getProperty("test.pg.port", "5432");
  }

  private static String user() {
    return System.getProperty("test.pg.user", "confederatio");
  }

  private static void run(String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", System.getProperty("test.pg.password", "confederatio"));
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
  }
}
