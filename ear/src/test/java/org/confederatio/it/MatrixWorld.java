package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The small world the authorization matrix calls into, owned by the test: canton A (own) and B
 * (other), person P resident in A and Q in B, each with a citizen login, organization O accredited
 * in A with a foundation login and O2 with another, and in A everything a path names: a published
 * and a draft allocation run, two frozen elections, a function with O's candidacy, a finding; and a
 * draft settlement of a demo body (bodies take members only from a future year, so a test's own
 * canton cannot be a member of one it could settle today).
 */
final class MatrixWorld {

  /** The confederal body whose draft settlement the settlement rows read. */
  static final String BODY = "transit-fund";

  /** A year {@link #BODY} had members in, so that it can be settled. */
  static final int SETTLED_YEAR = 2025;

  final TestCanton a = Fixture.canton();
  final TestCanton b = Fixture.canton();
  final TestCanton.Citizen p = a.citizen("Person P");
  final TestCanton.Citizen q = b.citizen("Person Q");
  final String o = Fixture.organization("PHYLE", "Matrix Phyle");
  final String o2 = Fixture.organization("COMMONS_FOUNDATION", "Matrix Commons");
  final Api foundationO = Fixture.foundation(o);
  final Api foundationO2 = Fixture.foundation(o2);
  final long publishedRun;
  final String digest;
  final long draftRun;
  final long election;
  final long laterElection;
  final String function;
  final long candidacy;
  final String finding;
  final long settlement;

  MatrixWorld() {
    Fixture.accredit(o, a.code, TestCanton.FIRST_YEAR);
    Fixture.accredit(o2, b.code, TestCanton.FIRST_YEAR);
    ok(
        a.clerk.putJson(
            a.path("/taxpayers/" + p.person() + "/assessments/" + ServerClock.YEAR),
            "{\"tax\":\"1000.00\"}"));
    a.designate(p.person(), o);
    b.taxpayer("500.00");

    publishedRun = computedRun();
    digest = Publishing.run(a.clerk, publishedRun).getJsonObject("run").getString("digest");
    draftRun = computedRun();

    election = freeze("Matrix election", ServerClock.TODAY.minusDays(7));
    laterElection = freeze("Matrix later election", ServerClock.TODAY);

    function = Fixture.unique("f");
    Fixture.created(
        a.policy.postJson(
            a.path("/functions"),
            """
            {"id":"%s","name":"Matrix function","level":"CANTONAL","scope":"LOCAL",\
            "coercive":false,"delegatedBy":[]}"""
                .formatted(function)));
    candidacy =
        id(
            Fixture.created(
                foundationO.postJson("/api/functions/" + function + "/candidacies", claims())));
    finding =
        Api.json(a.policy.get(a.path("/subsidiarity-review")))
            .getJsonArray("findings")
            .getJsonObject(0)
            .getString("id");

    if (Publishing.settlementInForce(BODY, SETTLED_YEAR) == null) {
      Publishing.settlement(Fixture.ADMIN, settle());
    }
    settlement = settle();
  }

  /** The callers, in the order of the table's columns. */
  Map<String, Api> callers() {
    var callers = new java.util.LinkedHashMap<String, Api>();
    callers.put("anonymous", Api.anonymous());
    callers.put("admin", Fixture.ADMIN);
    callers.put("clerk A", a.clerk);
    callers.put("clerk B", b.clerk);
    callers.put("policy A", a.policy);
    callers.put("policy B", b.policy);
    callers.put("citizen P", p.api());
    callers.put("citizen Q", q.api());
    callers.put("foundation O", foundationO);
    callers.put("foundation O2", foundationO2);
    return callers;
  }

  /**
   * The path with its variables filled from A, P and O ("own"); an {@code {id}} by the collection
   * it follows. A variable nobody taught the world fails the test, so that a new path gets a value.
   */
  String fill(String template) {
    List<String> segments = List.of(template.split("/"));
    StringBuilder path = new StringBuilder();
    for (int i = 1; i < segments.size(); i++) {
      String segment = segments.get(i);
      path.append('/');
      path.append(
          segment.startsWith("{") ? value(segment, segments.get(i - 1), template) : segment);
    }
    return path.toString();
  }

  private String value(String variable, String collection, String template) {
    return switch (variable) {
      case "{canton}", "{code}" -> a.code;
      case "{year}" -> String.valueOf(ServerClock.YEAR);
      case "{validFrom}" -> String.valueOf(TestCanton.FIRST_YEAR);
      case "{organization}" -> o;
      case "{digest}" -> digest;
      case "{a}" -> String.valueOf(election);
      case "{b}" -> String.valueOf(laterElection);
      case "{id}" ->
          switch (collection) {
            case "allocation-runs" -> String.valueOf(draftRun);
            case "bodies" -> BODY;
            case "candidacies" -> String.valueOf(candidacy);
            case "elections" -> String.valueOf(election);
            case "findings" -> finding;
            case "functions" -> function;
            // an import's id lives in the memory of the page that started it: an unknown one
            case "imports" -> "import-" + Fixture.letters(8).toLowerCase(java.util.Locale.ROOT);
            case "organizations" -> o;
            case "people", "taxpayers" -> p.person();
            case "settlements" -> String.valueOf(settlement);
            default ->
                throw new AssertionError(
                    "no value for {id} after " + collection + " in " + template);
          };
      default -> throw new AssertionError("no value for " + variable + " in " + template);
    };
  }

  /** O's claims for its candidacy: every principle of the review, met, with its evidence. */
  private static String claims() {
    return RollWorld.PRINCIPLES.stream()
        .map(p -> "{\"principle\":\"%s\",\"met\":true,\"evidence\":\"Statutes\"}".formatted(p))
        .collect(java.util.stream.Collectors.joining(",", "{\"principles\":[", "]}"));
  }

  private long computedRun() {
    var started =
        a.clerk.postJson(a.path("/allocation-runs"), "{\"year\":" + ServerClock.YEAR + "}");
    assertEquals(202, started.statusCode(), started.body());
    long id = Api.json(started).getJsonObject("run").getJsonNumber("id").longValue();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      JsonObject run = Api.json(a.clerk.get("/api/allocation-runs/" + id)).getJsonObject("run");
      if (run.getString("state").equals("DRAFT")) {
        return id;
      }
      if (run.getString("state").equals("FAILED")) {
        throw new AssertionError("run " + id + " failed: " + run);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("run " + id + " was not computed within two minutes");
  }

  private long freeze(String name, java.time.LocalDate date) {
    return id(
        Fixture.created(
            a.clerk.postJson(
                a.path("/elections"),
                "{\"name\":\"%s %s\",\"referenceDate\":\"%s\"}"
                    .formatted(name, Fixture.letters(6), date))));
  }

  private long settle() {
    return id(
        Fixture.created(
            Fixture.ADMIN.postJson(
                "/api/bodies/" + BODY + "/settlements", "{\"year\":" + SETTLED_YEAR + "}")));
  }

  private static long id(HttpResponse<String> response) {
    return Api.json(response).getJsonNumber("id").longValue();
  }

  private static void ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
  }
}
