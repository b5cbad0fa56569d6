package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * What the crash tests of allocation runs share: an extra server's variables, a demo login's client
 * on it, and waiting for a run to reach a point. The demo canton Lacus (clerk {@code clerk}) has a
 * few dozen taxpayers in 2025: with chunks of two, enough chunks to pause after the third.
 */
final class RunCrashes {

  static final String CANTON = "LAC";
  static final int YEAR = 2025;
  static final int CHUNK = 2;
  static final int PAUSE_AFTER = 3;

  private RunCrashes() {}

  /** A demo login's HTTP Basic client on one server. */
  record Client(String baseUrl, String authorization) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static Client of(ServerProcess server, String username) {
      Properties passwords = new Properties();
      try (var in = Files.newBufferedReader(server.directory().resolve("demo-logins.properties"))) {
        passwords.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String password = passwords.getProperty(username);
      return new Client(
          server.baseUrl(),
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The same login on another server of the database: the password is the one the first server
     * generated (the next finds the accounts there and writes no file).
     */
    Client on(ServerProcess other) {
      return new Client(other.baseUrl(), authorization);
    }

    HttpResponse<String> send(String method, String path, String json) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .header("Authorization", authorization)
              .header("Accept", "application/json")
              .timeout(Duration.ofSeconds(60));
      request =
          json == null
              ? request.method(method, HttpRequest.BodyPublishers.noBody())
              : request
                  .header("Content-Type", "application/json")
                  .method(method, HttpRequest.BodyPublishers.ofString(json));
      try {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(baseUrl + path, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    JsonObject json(String path) {
      HttpResponse<String> response = send("GET", path, null);
      assertEquals(200, response.statusCode(), path + ": " + response.body());
      return read(response.body());
    }

    /** Starts a run of the demo canton's year in chunks of the size; its id. */
    long start(int chunkSize) {
      HttpResponse<String> started =
          send(
              "POST",
              "/api/cantons/" + CANTON + "/allocation-runs",
              "{\"year\":" + YEAR + ",\"chunkSize\":" + chunkSize + "}");
      assertEquals(202, started.statusCode(), started.body());
      return read(started.body()).getJsonObject("run").getJsonNumber("id").longValue();
    }

    /** The run once it is as asked (polled), within three minutes. */
    JsonObject await(long run, String what, Predicate<JsonObject> reached) {
      Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
      JsonObject view = json("/api/allocation-runs/" + run);
      while (!reached.test(view.getJsonObject("run"))) {
        assertTrue(Instant.now().isBefore(deadline), "run " + run + " never " + what + ": " + view);
        pause();
        view = json("/api/allocation-runs/" + run);
      }
      return view;
    }

    JsonObject computed(long run) {
      return await(run, "computed", r -> r.getString("state").equals("DRAFT"));
    }

    /** The run once its job paused after the third chunk (it counted three chunks' taxpayers). */
    JsonObject paused(long run) {
      JsonObject view =
          await(
              run,
              "paused",
              r -> r.getJsonNumber("taxpayersDone").longValue() >= (long) PAUSE_AFTER * CHUNK);
      assertEquals(
          (long) PAUSE_AFTER * CHUNK,
          view.getJsonObject("run").getJsonNumber("taxpayersDone").longValue(),
          "the job blocks after its third chunk: " + view);
      return view;
    }
  }

  static JsonObject read(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The same lines and the same digest as the uninterrupted run. */
  static void assertSameResult(JsonObject uninterrupted, JsonObject resumed) {
    assertEquals(AllocationRunsApiIT.lines(uninterrupted), AllocationRunsApiIT.lines(resumed));
    assertEquals(
        uninterrupted.getJsonObject("run").getString("digest"),
        resumed.getJsonObject("run").getString("digest"));
    JsonObject run = resumed.getJsonObject("run");
    assertEquals(
        run.getJsonNumber("taxpayersTotal").longValue(),
        run.getJsonNumber("taxpayersDone").longValue(),
        "every taxpayer counted once: " + run);
  }
}
