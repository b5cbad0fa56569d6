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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Allocation runs through the API on cantons of the test's own, checked with the command-line tool.
 */
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
  void aRunSumsToThePotReportsLateFormsPublishesAndRecomputesWithTheCommandLineTool()
      throws Exception {
    // a canton that closes on 30 June and sends undesignated money to its fund (A5)
    String fund = Fixture.organization("CONFEDERAL_FUND", "Run Fund");
    TestCanton canton = FiscalWorld.cantonWithFund(fund);
    String organization = FiscalWorld.phyle("Run Phyle", canton);
    for (String tax : List.of("1000.00", "2345.67", "333.33")) {
      String onTime = FiscalWorld.taxpayer(canton, LAST_YEAR, tax);
      FiscalWorld.designate(canton, onTime, LAST_YEAR, LocalDate.of(LAST_YEAR, 3, 1), organization);
    }
    FiscalWorld.taxpayer(canton, LAST_YEAR, "800.00");
    List<String> lateTaxes = List.of("500.00", "700.00");
    for (String tax : lateTaxes) {
      String late = FiscalWorld.taxpayer(canton, LAST_YEAR, tax);
      FiscalWorld.designate(canton, late, LAST_YEAR, LocalDate.of(LAST_YEAR, 7, 1), "canton");
    }
    JsonObject view = computed(canton.clerk, canton.code, LAST_YEAR);

    BigDecimal sum =
        view.getJsonArray("lines").stream()
            .map(l -> new BigDecimal(l.asJsonObject().getString("amount")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(
        new BigDecimal(view.getJsonObject("run").getString("pot")),
        sum,
        "lines sum to the pot to the cent");
    // the late forms are there with their amount: 1 % of their taxes
    var late =
        view.getJsonArray("undesignated").stream()
            .map(v -> v.asJsonObject())
            .filter(u -> u.getString("reason").equals("LATE"))
            .findFirst()
            .orElseThrow();
    assertEquals(lateTaxes.size(), late.getJsonNumber("taxpayers").longValue(), late.toString());
    BigDecimal lateWeight =
        lateTaxes.stream()
            .map(BigDecimal::new)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .multiply(new BigDecimal("0.01"));
    assertEquals(
        0, lateWeight.compareTo(new BigDecimal(late.getString("amount"))), late.toString());
    assertTrue(lines(view).containsKey(fund), "the fund has a line: " + lines(view));
    long id = view.getJsonObject("run").getJsonNumber("id").longValue();

    JsonObject published = Publishing.run(canton.clerk, id);
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
    assertTrue(verified.body().contains("\"canton\":\"" + canton.code + "\""), verified.body());
  }

  @Test
  void aPublishedRunNeverChanges() {
    TestCanton canton = Fixture.canton();
    FiscalWorld.taxpayer(canton, LAST_YEAR, "1234.56");
    Api clerk = canton.clerk;
    JsonObject view = computed(clerk, canton.code, LAST_YEAR);
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
    TestCanton canton = Fixture.canton();
    TestCanton other = Fixture.canton();
    FiscalWorld.taxpayer(canton, LAST_YEAR, "100.00");
    Api citizen = other.citizen("Run Onlooker").api();
    Api foundation =
        Fixture.foundation(Fixture.organization("COMMONS_FOUNDATION", "Run Onlooker Commons"));
    String runs = canton.path("/allocation-runs");
    for (Api user : List.of(other.clerk, canton.policy, citizen, foundation, Fixture.ADMIN)) {
      assertRefused(user.postJson(runs, "{\"year\":" + LAST_YEAR + "}"));
    }
    JsonObject view = computed(canton.clerk, canton.code, LAST_YEAR);
    long id = view.getJsonObject("run").getJsonNumber("id").longValue();
    assertEquals(200, canton.policy.get("/api/allocation-runs/" + id).statusCode());
    assertRefused(canton.policy.postJson("/api/allocation-runs/" + id + "/publish", "{}"));
    // a draft does not exist for anyone else (A12, issue 13)
    for (Api user : List.of(other.clerk, other.policy, citizen, foundation)) {
      assertProblem(user.get("/api/allocation-runs/" + id), 404, "Not found");
      assertProblem(
          user.postJson("/api/allocation-runs/" + id + "/publish", "{}"), 404, "Not found");
    }
    assertProblem(
        Api.anonymous().get("/api/allocation-runs/" + id + "/aggregates.json"), 404, "Not found");
  }

  /** The same lines as the command-line tool over the canton's year exported to its files. */
  @Test
  void theRunGivesTheSameLinesAsTheCommandLineToolOverTheExportedFiles() throws Exception {
    TestCanton canton = Fixture.canton();
    TestCanton other = Fixture.canton();
    String organization = FiscalWorld.phyle("Offline Phyle", canton);
    String chooser = FiscalWorld.taxpayer(canton, LAST_YEAR, "4321.05");
    FiscalWorld.designate(canton, chooser, LAST_YEAR, LocalDate.of(LAST_YEAR, 2, 3), organization);
    String toCanton = FiscalWorld.taxpayer(canton, LAST_YEAR, "987.65");
    FiscalWorld.designate(canton, toCanton, LAST_YEAR, LocalDate.of(LAST_YEAR, 4, 5), "canton");
    FiscalWorld.taxpayer(canton, LAST_YEAR, "50.00");
    JsonObject view = computed(canton.clerk, canton.code, LAST_YEAR);
    Path dir = Files.createTempDirectory(canton.code + "-" + LAST_YEAR);
    String inputs = canton.path("/allocation-inputs/" + LAST_YEAR + "/");
    for (String file : new String[] {"POLICY.json", "A.csv", "D.csv"}) {
      var response = canton.clerk.get(inputs + file);
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
    assertTrue(lines(view).containsKey(organization), lines(view).toString());
    assertRefused(canton.policy.get(inputs + "D.csv"));
    assertRefused(other.clerk.get(inputs + "A.csv"));
  }

  /**
   * {@code n} fresh taxpayers of the canton for last year, most designating one of the
   * organizations, so that a run takes many chunks.
   */
  static void populate(TestCanton canton, String[] organizations, int n) {
    String run = Fixture.letters(8);
    StringBuilder people =
        new StringBuilder(
            "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin\n");
    StringBuilder taxes = new StringBuilder("taxpayer,tax\n");
    StringBuilder choices = new StringBuilder("taxpayer,recipient,share_bp,made_on\n");
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
            .append(organizations[i % organizations.length])
            .append(i % 3 == 0 ? ",6000," : ",10000,")
            .append(LAST_YEAR)
            .append("-05-01\n");
        if (i % 3 == 0) {
          choices.append(id).append(",canton,4000,").append(LAST_YEAR).append("-05-01\n");
        }
      }
    }
    // the register in files of 500 rows: one file of 2,000 outlasts the transaction timeout on a
    // loaded machine (the subject here is the run, not the register import)
    for (String part : inParts(people.toString(), 500)) {
      var registered = canton.clerk.postCsv(canton.path("/people/import"), part);
      assertEquals(200, registered.statusCode(), registered.body());
    }
    assertEquals(
        200,
        canton
            .clerk
            .postCsv(canton.path("/imports/assessments?year=" + LAST_YEAR), taxes.toString())
            .statusCode());
    assertEquals(
        200,
        canton
            .clerk
            .postCsv(canton.path("/imports/designations?year=" + LAST_YEAR), choices.toString())
            .statusCode());
  }

  /** The CSV cut into files of at most {@code rows} rows, each with the header. */
  private static List<String> inParts(String csv, int rows) {
    List<String> lines = csv.lines().toList();
    List<String> parts = new java.util.ArrayList<>();
    for (int from = 1; from < lines.size(); from += rows) {
      parts.add(
          lines.get(0)
              + "\n"
              + String.join("\n", lines.subList(from, Math.min(from + rows, lines.size())))
              + "\n");
    }
    return parts;
  }

  static final int LAST_YEAR = ServerClock.YEAR - 1;

  @Test
  void aRunStoppedHalfWayAndRestartedGivesTheSameLinesAsAnUninterruptedOne() {
    TestCanton canton = Fixture.canton();
    String[] organizations = new String[5];
    for (int i = 0; i < organizations.length; i++) {
      organizations[i] = FiscalWorld.phyle("Chunked Phyle " + i, canton);
    }
    populate(canton, organizations, 2_000);
    Api clerk = canton.clerk;
    JsonObject whole = computed(clerk, canton.code, LAST_YEAR);

    var started =
        clerk.postJson(
            canton.path("/allocation-runs"), "{\"year\":" + LAST_YEAR + ",\"chunkSize\":5}");
    long id = Api.json(started).getJsonObject("run").getJsonNumber("id").longValue();
    // 400 chunks of 5: the stop lands while the job works unless the machine stalls for the
    // whole run, which the "stopped half-way" assertion below then reports
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    JsonObject running = Api.json(clerk.get("/api/allocation-runs/" + id));
    while (running.getJsonObject("run").getJsonNumber("taxpayersDone").longValue() == 0
        && running.getJsonObject("run").getString("state").equals("RUNNING")) {
      assertTrue(Instant.now().isBefore(deadline), "the run did no chunk in two minutes");
      sleep(20);
      running = Api.json(clerk.get("/api/allocation-runs/" + id));
    }
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
