package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 4: a server killed with {@code kill -9} in the middle of an allocation run and of
 * a bulk import loses nothing. Once restarted, it takes its own run over when the run's lease
 * lapsed and finishes it from the run's own checkpoint, with the lines and digest of an
 * uninterrupted run; the import kept none of its file, reads as interrupted, and takes the same
 * file again, whole.
 *
 * <p>One server of the test's own, on the suite's database kind (Derby in the first execution,
 * PostgreSQL in the second), is killed once with both at their crash points, chosen by test-only
 * variables, never by a timer: the run's writer blocks after its third chunk ({@code
 * confederatio.test.pause.run.chunks}), the import after {@value #PAUSE} rows, counted once their
 * JDBC batch was sent ({@code confederatio.test.pause.import.rows}).
 */
class CrashIT {

  private static final int PAUSE = 2_000;
  private static final int PEOPLE = 20;
  private static final int DAYS = 150;
  private static final int YEAR = ServerClock.YEAR - 1;
  private static final String CANTON = "/api/cantons/LAC";

  @Test
  void aServerKilledDuringARunAndAnImportLosesNothing() throws Exception {
    Map<String, String> variables = new HashMap<>(ExtraServers.database("crash"));
    variables.putAll(ExtraServers.ports(0));
    variables.put("confederatio.demo", "true");
    // one start with logs in JSON, checked below, so that no other server starts for it
    variables.put("confederatio.log.format", "json");
    // the run's pause counts the run's chunks: restarted past its third, it does not pause again
    variables.put("confederatio.test.pause.run.chunks", String.valueOf(RunCrashes.PAUSE_AFTER));
    Map<String, String> paused = new HashMap<>(variables);
    paused.put("confederatio.test.pause.import.rows", String.valueOf(PAUSE));

    List<String> people = new ArrayList<>();
    String csv;
    String interrupted;
    Properties logins;
    long run;
    RunCrashes.Client runClerk;
    try (ServerProcess server = ServerProcess.create("confederatio-crash", paused).start()) {
      logins = Remote.demoLogins(server.directory());
      Remote clerk = Remote.as(server.baseUrl(), "clerk", logins.getProperty("clerk"));
      runClerk = RunCrashes.Client.of(server, "clerk");
      StringBuilder register =
          new StringBuilder(
              "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin\n");
      for (int i = 0; i < PEOPLE; i++) {
        String id = "C-" + Fixture.letters(10);
        people.add(id);
        register.append(id).append(",Crash Test,1970-01-01,2000-01-01,,,,\n");
      }
      // fewer rows than the pause: the register goes through whole
      assertEquals(
          200, clerk.post(CANTON + "/people/import", "text/csv", register.toString()).statusCode());

      // the run first, over the taxpayers of the demo canton's year; the people above are not
      // assessed and designate nothing yet
      run = runClerk.start(RunCrashes.CHUNK);
      runClerk.paused(run);

      csv = designations(people);
      CompletableFuture<HttpResponse<String>> cutOff =
          clerk.postLater(CANTON + "/imports/designations?year=" + YEAR, "text/csv", csv);
      JsonObject job = awaitPaused(clerk);
      interrupted = job.getString("id");
      server.kill();
      assertTrue(
          cutOff.handle((answer, failure) -> failure != null).get(),
          "the import's caller got no answer: its server died");
    }

    try (ServerProcess server = ServerProcess.create("confederatio-crash", variables).start()) {
      // the run, before the import is sent again: its designations would change the result
      RunCrashes.Client onRestarted = runClerk.on(server);
      JsonObject resumed = onRestarted.computed(run);
      long uninterrupted = onRestarted.start(1_000);
      RunCrashes.assertSameResult(onRestarted.computed(uninterrupted), resumed);
      assertEquals("clerk", resumed.getJsonObject("run").getString("startedBy"));
      String audit =
          onRestarted.send("GET", "/api/audit?action=take-over&entityId=" + run, null).body();
      assertTrue(audit.contains("\"take-over\""), "the take-over is audited: " + audit);

      Remote clerk = Remote.as(server.baseUrl(), "clerk", logins.getProperty("clerk"));
      JsonObject job = imports(clerk).get(0);
      assertEquals(interrupted, job.getString("id"));
      assertEquals("INTERRUPTED", job.getString("phase"), job.toString());
      var progress = clerk.get("/api/imports/" + interrupted);
      assertEquals(200, progress.statusCode(), progress.body());
      assertEquals("INTERRUPTED", Api.json(progress).getString("phase"));

      for (String person : people) {
        assertEquals(0, history(clerk, person), "nothing of the file was kept for " + person);
      }

      var again = clerk.post(CANTON + "/imports/designations?year=" + YEAR, "text/csv", csv);
      assertEquals(200, again.statusCode(), "the same file goes through again: " + again.body());
      assertEquals(PEOPLE * DAYS, Api.json(again).getInt("rows"));
      for (String person : people) {
        assertTrue(history(clerk, person) > 0, "the whole file is there for " + person);
      }
      assertEquals("DONE", imports(clerk).get(0).getString("phase"));

      assertJsonLogs(server);
      if (ExtraServers.POSTGRESQL) {
        // the database gone (an empty one in its place): readiness DOWN, liveness still UP
        Postgres.recreate(variables.get("db.name"));
        var ready = Remote.anonymous(server.baseUrl()).get("/health/ready");
        assertEquals(503, ready.statusCode(), ready.body());
        assertEquals("DOWN", OperationsIT.check(Api.json(ready), "database").getString("status"));
        assertEquals(200, Remote.anonymous(server.baseUrl()).get("/health/live").statusCode());
      }
    }
  }

  /** Every person designates the canton on each of the first {@value #DAYS} days of the year. */
  private static String designations(List<String> people) {
    StringBuilder csv = new StringBuilder("taxpayer,recipient,share_bp,made_on\n");
    LocalDate day = LocalDate.of(YEAR, 1, 1);
    for (int d = 0; d < DAYS; d++, day = day.plusDays(1)) {
      for (String person : people) {
        csv.append(person).append(",canton,10000,").append(day).append('\n');
      }
    }
    return csv.toString();
  }

  private static JsonObject awaitPaused(Remote clerk) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      List<JsonObject> jobs = imports(clerk);
      if (!jobs.isEmpty()
          && jobs.get(0).getString("kind").equals("DESIGNATIONS")
          && jobs.get(0).getString("phase").equals("IMPORTING")
          && jobs.get(0).getInt("done") >= PAUSE) {
        assertEquals(PAUSE, jobs.get(0).getInt("done"), "the import stopped where it was told");
        return jobs.get(0);
      }
      AllocationRunsApiIT.sleep(200);
    }
    throw new AssertionError("the import did not pause: " + imports(clerk));
  }

  private static List<JsonObject> imports(Remote clerk) {
    var list = clerk.get("/api/imports");
    assertEquals(200, list.statusCode(), list.body());
    return Api.structure(list).asJsonArray().stream().map(JsonValue::asJsonObject).toList();
  }

  private static int history(Remote clerk, String person) {
    var file = clerk.get(CANTON + "/taxpayers/" + person + "?year=" + YEAR);
    assertEquals(200, file.statusCode(), file.body());
    return Api.json(file).getJsonArray("history").size();
  }

  /**
   * After Liberty's banner, every line of the server's messages.log is one JSON object
   * (confederatio.log.format=json).
   */
  static void assertJsonLogs(ServerProcess server) throws Exception {
    List<String> lines = Files.readAllLines(server.log());
    int first = 0;
    while (first < lines.size() && !lines.get(first).startsWith("{")) {
      first++;
    }
    assertTrue(first < 30, "Liberty's banner only before the JSON: " + lines.subList(0, first));
    assertTrue(lines.size() - first > 5, "the server logged in JSON: " + lines);
    for (String line : lines.subList(first, lines.size())) {
      try (var reader = Json.createReader(new StringReader(line))) {
        JsonObject entry = reader.readObject();
        assertTrue(entry.containsKey("message") || entry.containsKey("ibm_datetime"), line);
      }
    }
  }
}
