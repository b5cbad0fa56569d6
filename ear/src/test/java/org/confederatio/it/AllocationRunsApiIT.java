package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.confederatio.it.ApiSecurityIT.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Allocation runs over the demo data through the API, checked with the command-line tool. */
class AllocationRunsApiIT {

  static final Path RULES_JAR = Path.of("../rules/target/confederatio-rules.jar");

  /** Starts a run and waits for its job to compute it. */
  static JsonObject computed(Api clerk, String canton, int year) {
    var started =
        clerk.postJson("/api/cantons/" + canton + "/allocation-runs", "{\"year\":" + year + "}");
    assertEquals(202, started.statusCode(), started.body());
    long id = Api.json(started).getJsonObject("run").getJsonNumber("id").longValue();
    return waitFor(clerk, id, "DRAFT");
  }

  static JsonObject waitFor(Api by, long id, String state) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      JsonObject view = Api.json(by.get("/api/allocation-runs/" + id));
      String now = view.getJsonObject("run").getString("state");
      if (now.equals(state)) {
        return view;
      }
      if (now.equals("FAILED")) {
        throw new AssertionError("run " + id + " failed: " + view);
      }
      sleep(200);
    }
    throw new AssertionError(
        "run "
            + id
            + " did not reach "
            + state
            + ": "
            + by.get("/api/allocation-runs/" + id).body());
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The lines of a run, or of the command-line tool's report (the same shape), by recipient. */
  static Map<String, String> lines(JsonObject view) {
    Map<String, String> lines = new TreeMap<>();
    view.getJsonArray("lines")
        .forEach(
            l ->
                lines.put(
                    l.asJsonObject().getString("recipient"), l.asJsonObject().getString("amount")));
    return lines;
  }

  /** Runs the rules module's command-line tool and returns its standard output as JSON. */
  static JsonObject cli(String... arguments) throws IOException, InterruptedException {
    var command =
        new java.util.ArrayList<>(
            java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                RULES_JAR.toString()));
    command.addAll(java.util.List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), out);
    try (var reader = jakarta.json.Json.createReader(new StringReader(out))) {
      return reader.readObject();
    }
  }

  @Test
  void aRunOverTheDemoDataSumsToThePotPublishesAndRecomputesWithTheCommandLineTool()
      throws Exception {
    Api clerk = Api.as("clerk-montes");
    JsonObject view = computed(clerk, "MON", 2025);

    BigDecimal sum =
        view.getJsonArray("lines").stream()
            .map(l -> new BigDecimal(l.asJsonObject().getString("amount")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(
        new BigDecimal(view.getJsonObject("run").getString("pot")),
        sum,
        "lines sum to the pot to the cent");
    // Montes sends undesignated money to its fund: the late forms are there with their amount
    var late =
        view.getJsonArray("undesignated").stream()
            .map(v -> v.asJsonObject())
            .filter(u -> u.getString("reason").equals("LATE"))
            .findFirst()
            .orElseThrow();
    assertTrue(late.getJsonNumber("taxpayers").longValue() > 0);
    assertTrue(new BigDecimal(late.getString("amount")).signum() > 0, late.toString());
    long id = view.getJsonObject("run").getJsonNumber("id").longValue();

    JsonObject published = Publishing.run(clerk, id);
    assertEquals("PUBLISHED", published.getJsonObject("run").getString("state"));
    assertTrue(published.getJsonObject("run").getBoolean("inForce"), "A12: the new run counts");

    var aggregates = Api.anonymous().get("/api/allocation-runs/" + id + "/aggregates.json");
    assertEquals(200, aggregates.statusCode(), "published aggregates are public");
    Path file = Files.createTempFile("AGGREGATES", ".json");
    Files.writeString(file, aggregates.body());
    JsonObject report = cli("recompute", "--aggregates", file.toString());
    assertEquals(lines(view), lines(report));

    String digest = published.getJsonObject("run").getString("digest");
    var verified = Api.anonymous().get("/api/verify/" + digest);
    assertEquals(200, verified.statusCode(), verified.body());
    assertTrue(verified.body().contains("\"canton\":\"MON\""), verified.body());
  }

  @Test
  void aPublishedRunNeverChanges() {
    Api clerk = Api.as("clerk-montes");
    JsonObject view = computed(clerk, "MON", 2025);
    long id = view.getJsonObject("run").getJsonNumber("id").longValue();
    Publishing.run(clerk, id);

    assertProblem(clerk.postJson("/api/allocation-runs/" + id + "/publish", "{}"), 409, "Conflict");
    assertProblem(
        clerk.postJson("/api/allocation-runs/" + id + "/publish", "{\"reason\":\"again\"}"),
        409,
        "Conflict");
    assertProblem(clerk.postJson("/api/allocation-runs/" + id + "/restart", ""), 409, "Conflict");
    assertProblem(clerk.postJson("/api/allocation-runs/" + id + "/stop", ""), 409, "Conflict");
    assertEquals(lines(view), lines(Api.json(clerk.get("/api/allocation-runs/" + id))));
  }

  @Test
  void aDigestNeverPublishedIsRejected() {
    assertProblem(Api.anonymous().get("/api/verify/" + "0".repeat(64)), 404, "Not found");
    assertProblem(Api.anonymous().get("/api/verify/not-a-digest"), 400, "Invalid input");
  }

  @Test
  void onlyAClerkOfTheCantonStartsAndADraftIsOnlyForItsClerksAndPolicyOfficers() {
    for (String user : new String[] {"clerk", "policy-montes", "citizen", "foundation", "admin"}) {
      assertRefused(Api.as(user).postJson("/api/cantons/MON/allocation-runs", "{\"year\":2025}"));
    }
    JsonObject view = computed(Api.as("clerk-montes"), "MON", 2025);
    long id = view.getJsonObject("run").getJsonNumber("id").longValue();
    assertEquals(200, Api.as("policy-montes").get("/api/allocation-runs/" + id).statusCode());
    assertRefused(
        Api.as("policy-montes").postJson("/api/allocation-runs/" + id + "/publish", "{}"));
    // a draft does not exist for anyone else (A12, issue 13)
    for (String user : new String[] {"clerk", "policy", "citizen", "foundation"}) {
      assertProblem(Api.as(user).get("/api/allocation-runs/" + id), 404, "Not found");
      assertProblem(
          Api.as(user).postJson("/api/allocation-runs/" + id + "/publish", "{}"), 404, "Not found");
    }
    assertProblem(
        Api.anonymous().get("/api/allocation-runs/" + id + "/aggregates.json"), 404, "Not found");
  }

  /** The same lines as the command-line tool over the canton's year exported to its files. */
  @Test
  void theRunGivesTheSameLinesAsTheCommandLineToolOverTheExportedFiles() throws Exception {
    Api clerk = Api.as("clerk-montes");
    JsonObject view = computed(clerk, "MON", 2025);
    Path dir = Files.createTempDirectory("mon-2025");
    for (String file : new String[] {"POLICY.json", "A.csv", "D.csv"}) {
      var response = clerk.get("/api/cantons/MON/allocation-inputs/2025/" + file);
      assertEquals(200, response.statusCode(), response.body());
      Files.writeString(dir.resolve(file), response.body());
    }

    JsonObject report =
        cli(
            "allocate",
            "--policy",
            dir.resolve("POLICY.json").toString(),
            "--assessments",
            dir.resolve("A.csv").toString(),
            "--designations",
            dir.resolve("D.csv").toString());

    assertEquals(lines(view), lines(report), "the same lines offline");
    assertRefused(Api.as("policy-montes").get("/api/cantons/MON/allocation-inputs/2025/D.csv"));
    assertRefused(Api.as("clerk").get("/api/cantons/MON/allocation-inputs/2025/A.csv"));
  }

  /**
   * 2,000 fresh taxpayers of Lacus for last year, each designating, so that a run takes many
   * chunks.
   */
  private static void populate(Api clerk, int n) {
    String run = java.util.UUID.randomUUID().toString().substring(0, 8);
    StringBuilder people =
        new StringBuilder(
            "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin\n");
    StringBuilder taxes = new StringBuilder("taxpayer,tax\n");
    StringBuilder choices = new StringBuilder("taxpayer,recipient,share_bp,made_on\n");
    String[] organizations = {
      "commons-of-code", "las-indias", "ocean-care", "open-maps", "free-farmers"
    };
    for (int i = 0; i < n; i++) {
      String id = "R" + run + "-" + i;
      people.append(id).append(",Run ").append(i).append(",1970-01-01,2000-01-01,,,,\n");
      taxes
          .append(id)
          .append(',')
          .append(100 + i * 37 % 9000)
          .append('.')
          .append(String.format("%02d", i % 100))
          .append('\n');
      if (i % 7 != 0) {
        choices
            .append(id)
            .append(',')
            .append(organizations[i % 5])
            .append(i % 3 == 0 ? ",6000," : ",10000,")
            .append(LAST_YEAR)
            .append("-05-01\n");
        if (i % 3 == 0) {
          choices.append(id).append(",canton,4000,").append(LAST_YEAR).append("-05-01\n");
        }
      }
    }
    assertEquals(
        200, clerk.postCsv("/api/cantons/LAC/people/import", people.toString()).statusCode());
    assertEquals(
        200,
        clerk
            .postCsv("/api/cantons/LAC/imports/assessments?year=" + LAST_YEAR, taxes.toString())
            .statusCode());
    assertEquals(
        200,
        clerk
            .postCsv("/api/cantons/LAC/imports/designations?year=" + LAST_YEAR, choices.toString())
            .statusCode());
  }

  static final int LAST_YEAR = ServerClock.YEAR - 1;

  @Test
  void aRunStoppedHalfWayAndRestartedGivesTheSameLinesAsAnUninterruptedOne() {
    Api clerk = Api.as("clerk");
    populate(clerk, 2_000);
    JsonObject whole = computed(clerk, "LAC", LAST_YEAR);

    var started =
        clerk.postJson(
            "/api/cantons/LAC/allocation-runs", "{\"year\":" + LAST_YEAR + ",\"chunkSize\":5}");
    long id = Api.json(started).getJsonObject("run").getJsonNumber("id").longValue();
    JsonObject running;
    do {
      running = Api.json(clerk.get("/api/allocation-runs/" + id));
    } while (running.getJsonObject("run").getJsonNumber("taxpayersDone").longValue() == 0
        && running.getJsonObject("run").getString("state").equals("RUNNING"));
    assertEquals(200, clerk.postJson("/api/allocation-runs/" + id + "/stop", "").statusCode());
    JsonObject stopped = waitFor(clerk, id, "STOPPED");
    long done = stopped.getJsonObject("run").getJsonNumber("taxpayersDone").longValue();
    long total = stopped.getJsonObject("run").getJsonNumber("taxpayersTotal").longValue();
    assertTrue(done > 0 && done < total, "stopped half-way: " + done + " of " + total);
    assertTrue(stopped.getJsonArray("lines").isEmpty(), "no partial result is visible");

    assertEquals(200, clerk.postJson("/api/allocation-runs/" + id + "/restart", "").statusCode());
    JsonObject restarted = waitFor(clerk, id, "DRAFT");

    assertEquals(
        total,
        restarted.getJsonObject("run").getJsonNumber("taxpayersDone").longValue(),
        "nobody counted twice");
    assertEquals(lines(whole), lines(restarted));
    assertEquals(
        whole.getJsonObject("run").getString("digest"),
        restarted.getJsonObject("run").getString("digest"));
  }
}
