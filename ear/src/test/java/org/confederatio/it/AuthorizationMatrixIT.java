package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confederatio.it.AuthorizationMatrix.Operation;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 9: every operation the live {@code /openapi} lists, called by anonymous and by
 * each role, on its own and on another canton, organization and person, against the outcome written
 * down in {@link #TABLE}. An operation without a row, or a row without an operation, fails the
 * test: a new endpoint cannot ship before someone writes down who may call it.
 *
 * <p>The calls are what an attacker would send without knowing the rules: reads with the world's
 * ids, changes with an empty JSON object ({@code {}}), an empty CSV file or no body at all, as the
 * document declares. They mostly stop at validation, and a 400 there is {@code +}: the caller got
 * past the guard (the services check the caller before they read the input). A password change
 * sends the caller's right current password and a new one that is too short, so that it passes the
 * guard, changes nothing and counts as no failed sign-in.
 */
class AuthorizationMatrixIT {

  /** The columns of {@link #TABLE}, in order; the "other" callers test the other-party case. */
  static final List<String> CALLERS =
      List.of(
          "anonymous",
          "admin",
          "clerk A",
          "clerk B",
          "policy A",
          "policy B",
          "citizen P",
          "citizen Q",
          "foundation O",
          "foundation O2");

  /**
   * Who may call what. Path variables are A's, P's and O's (see {@link MatrixWorld#fill}): clerk B,
   * policy B, citizen Q and foundation O2 are the callers from elsewhere. {@code +} allowed, {@code
   * -} refused (401 for anonymous, 403 for the signed-in), {@code 0} hidden (404), {@code !} known
   * defect (see {@link #KNOWN_DEFECTS}). The rows are called in this order: those that change
   * something for good (suspension) come last.
   */
  static final String TABLE =
      """
      #                                                                        an ad cA cB pA pB cP cQ fO fX
      GET    /api/accounts                                                     -  +  -  -  -  -  -  -  -  -
      POST   /api/accounts                                                     -  +  -  -  -  -  -  -  -  -
      # the administrator's backup of the embedded database (409 on PostgreSQL: still past the guard)
      POST   /api/backups                                                      -  +  -  -  -  -  -  -  -  -
      GET    /api/metrics                                                      -  +  -  -  -  -  -  -  -  -
      # A's draft run: hidden from all but A's clerk and policy officer and the admin
      GET    /api/allocation-runs/{id}                                         -  +  +  0  +  0  0  0  0  0
      GET    /api/allocation-runs/{id}/aggregates.json                         0  +  +  0  +  0  0  0  0  0
      GET    /api/allocation-runs/{id}/comparison                              -  +  +  0  +  0  0  0  0  0
      POST   /api/allocation-runs/{id}/publish                                 -  -  +  0  -  0  0  0  0  0
      POST   /api/allocation-runs/{id}/restart                                 -  -  +  0  -  0  0  0  0  0
      POST   /api/allocation-runs/{id}/stop                                    -  -  +  0  -  0  0  0  0  0
      GET    /api/audit                                                        -  +  +  -  +  -  -  -  -  -
      GET    /api/audit.csv                                                    -  +  +  -  +  -  -  -  -  -
      POST   /api/bodies                                                       -  +  -  -  -  -  -  -  -  -
      GET    /api/bodies                                                       -  +  +  +  +  +  +  +  +  +
      POST   /api/bodies/{id}/settlements                                      -  +  -  -  -  -  -  -  -  -
      GET    /api/bodies/{id}/settlements                                      -  +  +  +  +  +  +  +  +  +
      GET    /api/candidacies/{id}                                             -  +  +  +  +  +  +  +  +  +
      POST   /api/candidacies/{id}/review                                      -  -  -  -  +  -  -  -  -  -
      POST   /api/cantons                                                      -  +  -  -  -  -  -  -  -  -
      GET    /api/cantons                                                      -  +  +  +  +  +  +  +  +  +
      GET    /api/cantons/{canton}/accredited                                  -  +  +  +  +  +  +  +  +  +
      GET    /api/cantons/{canton}/allocation-inputs/{year}/A.csv              -  -  +  -  -  -  -  -  -  -
      GET    /api/cantons/{canton}/allocation-inputs/{year}/D.csv              -  -  +  -  -  -  -  -  -  -
      GET    /api/cantons/{canton}/allocation-inputs/{year}/POLICY.json        -  +  +  -  +  -  -  -  -  -
      POST   /api/cantons/{canton}/allocation-runs                             -  -  +  -  -  -  -  -  -  -
      GET    /api/cantons/{canton}/allocation-runs                             -  +  +  -  +  -  -  -  -  -
      POST   /api/cantons/{canton}/elections                                   -  -  +  -  -  -  -  -  -  -
      POST   /api/cantons/{canton}/functions                                   -  -  -  -  +  -  -  -  -  -
      GET    /api/cantons/{canton}/functions                                   -  +  +  +  +  +  +  +  +  +
      POST   /api/cantons/{canton}/imports/assessments                         -  -  +  -  -  -  -  -  -  -
      POST   /api/cantons/{canton}/imports/designations                        -  -  +  -  -  -  -  -  -  -
      GET    /api/cantons/{canton}/invalid-designations                        -  -  +  -  -  -  -  -  -  -
      GET    /api/cantons/{canton}/memberships                                 -  +  +  +  +  +  +  +  +  +
      POST   /api/cantons/{canton}/memberships                                 -  -  -  -  +  -  -  -  -  -
      POST   /api/cantons/{canton}/people                                      -  -  +  -  -  -  -  -  -  -
      POST   /api/cantons/{canton}/people/import                               -  -  +  -  -  -  -  -  -  -
      POST   /api/cantons/{canton}/policies                                    -  -  -  -  +  -  -  -  -  -
      GET    /api/cantons/{canton}/policies                                    -  +  +  +  +  +  +  +  +  +
      POST   /api/cantons/{canton}/policies/what-if                            -  -  -  -  +  -  -  -  -  -
      GET    /api/cantons/{canton}/policies/{validFrom}                        -  +  +  +  +  +  +  +  +  +
      PUT    /api/cantons/{canton}/policies/{validFrom}                        -  -  -  -  +  -  -  -  -  -
      GET    /api/cantons/{canton}/roll                                        -  +  +  -  +  -  -  -  -  -
      GET    /api/cantons/{canton}/settlements                                 -  +  +  +  +  +  +  +  +  +
      GET    /api/cantons/{canton}/subsidiarity-dashboard                      -  +  +  +  +  +  +  +  +  +
      GET    /api/cantons/{canton}/subsidiarity-files/review.csv               -  +  +  +  +  +  +  +  +  +
      GET    /api/cantons/{canton}/subsidiarity-files/review.pdf               -  +  +  +  +  +  +  +  +  +
      GET    /api/cantons/{canton}/subsidiarity-review                         -  +  +  +  +  +  +  +  +  +
      GET    /api/cantons/{canton}/taxpayers                                   -  -  +  -  -  -  -  -  -  -
      GET    /api/cantons/{canton}/taxpayers/{id}                              -  -  +  -  -  -  -  -  -  -
      PUT    /api/cantons/{canton}/taxpayers/{id}/assessments/{year}           -  -  +  -  -  -  -  -  -  -
      PUT    /api/cantons/{canton}/taxpayers/{id}/designations/{year}          -  -  +  -  -  -  -  -  -  -
      GET    /api/cantons/{code}                                               -  +  +  +  +  +  +  +  +  +
      GET    /api/elections/{a}/diff/{b}                                       -  +  +  -  +  -  -  -  -  -
      GET    /api/elections/{id}                                               -  +  +  -  +  -  -  -  -  -
      GET    /api/elections/{id}/roll.csv                                      -  +  +  -  +  -  -  -  -  -
      POST   /api/findings/{id}/justification                                  -  -  -  -  +  -  -  -  -  -
      GET    /api/foundations/{organization}/reports                           -  +  -  -  -  -  -  -  +  -
      GET    /api/foundations/{organization}/reports.csv                       -  +  -  -  -  -  -  -  +  -
      GET    /api/foundations/{organization}/reports.pdf                       -  +  -  -  -  -  -  -  +  -
      POST   /api/functions/{id}/candidacies                                   -  -  -  -  -  -  -  -  +  +
      # a clerk's own imports (none yet for the matrix's clerks: an empty list)
      GET    /api/imports                                                      -  -  +  +  -  -  -  -  -  -
      # an import's id is known only to the page that started it: an unknown one, 404 to clerks
      GET    /api/imports/{id}                                                 -  -  0  0  -  -  -  -  -  -
      GET    /api/me                                                           -  +  +  +  +  +  +  +  +  +
      GET    /api/me/affiliations                                              -  -  -  -  -  -  +  +  -  -
      PUT    /api/me/affiliations                                              -  -  -  -  -  -  +  +  -  -
      GET    /api/me/designations/{year}                                       -  -  -  -  -  -  +  +  -  -
      PUT    /api/me/designations/{year}                                       -  -  -  -  -  -  +  +  -  -
      GET    /api/me/designations/{year}/receipt                               -  -  -  -  -  -  +  0  -  -
      PUT    /api/me/password                                                  -  +  +  +  +  +  +  +  +  +
      GET    /api/me/roll-status                                               -  -  -  -  -  -  +  +  -  -
      GET    /api/one-roll-check                                               -  +  -  -  -  -  -  -  -  -
      POST   /api/organizations                                                -  +  -  -  -  -  -  -  -  -
      GET    /api/organizations                                                -  +  +  +  +  +  +  +  +  +
      GET    /api/organizations/{id}                                           -  +  +  +  +  +  +  +  +  +
      PUT    /api/organizations/{id}                                           -  +  -  -  -  -  -  -  -  -
      GET    /api/organizations/{id}/accreditations                            -  +  +  +  +  +  +  +  +  +
      POST   /api/organizations/{id}/accreditations                            -  +  -  -  -  -  -  -  -  -
      POST   /api/organizations/{id}/accreditations/{canton}/withdrawal        -  +  -  -  -  -  -  -  -  -
      GET    /api/people/{id}                                                  -  +  +  0  -  -  +  0  -  -
      PATCH  /api/people/{id}                                                  -  -  +  0  -  -  -  -  -  -
      POST   /api/people/{id}/death                                            -  -  +  0  -  -  -  -  -  -
      POST   /api/people/{id}/moves                                            -  -  +  0  -  -  -  -  -  -
      # a draft settlement of a demo body, which A and B are not members of: the admin's only
      GET    /api/settlements/{id}                                             -  +  0  0  0  0  0  0  0  0
      POST   /api/settlements/{id}/publish                                     -  +  0  0  0  0  0  0  0  0
      GET    /api/settlements/{id}/settlement.csv                              -  +  0  0  0  0  0  0  0  0
      GET    /api/settlements/{id}/settlement.pdf                              -  +  0  0  0  0  0  0  0  0
      GET    /api/verify/{digest}                                              +  +  +  +  +  +  +  +  +  +
      # last: these change the organization for good (it is reinstated at once)
      POST   /api/organizations/{id}/suspension                                -  +  -  -  -  -  -  -  -  -
      DELETE /api/organizations/{id}/suspension                                -  +  -  -  -  -  -  -  -  -
      """;

  /**
   * Cells marked {@code !}: an outcome that is wrong, with the code it has today, so that the build
   * stays green and a fix shows up as a failure to update. Key: operation and caller, e.g. {@code
   * "GET /api/people/{id} | clerk B"}. Today: none (the defects the matrix found were fixed: a
   * foreign clerk's death or departure of a person answered with their birth date, see {@code
   * ForeignRegisterWritesIT}).
   */
  static final Map<String, Character> KNOWN_DEFECTS = Map.of();

  @Test
  void everyOperationAsEveryCallerHasTheOutcomeWrittenInItsRow() {
    JsonObject openApi = openApi();
    Map<Operation, String> rows = AuthorizationMatrix.rows(TABLE, CALLERS.size());
    List<String> untrue =
        AuthorizationMatrix.untrue(AuthorizationMatrix.operations(openApi), rows.keySet());
    assertTrue(untrue.isEmpty(), "the table is not the API's:\n" + String.join("\n", untrue));

    long started = System.nanoTime();
    MatrixWorld world = new MatrixWorld();
    System.out.printf("matrix: world built in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    started = System.nanoTime();
    Map<String, Api> callers = world.callers();
    assertEquals(CALLERS, List.copyOf(callers.keySet()), "the world's callers are the columns");
    List<String> mismatches = new ArrayList<>();
    List<String> observed = new ArrayList<>();
    for (var row : rows.entrySet()) {
      Operation operation = row.getKey();
      List<String> seen = new ArrayList<>();
      boolean rowDiffers = false;
      for (int column = 0; column < CALLERS.size(); column++) {
        String caller = CALLERS.get(column);
        HttpResponse<String> response =
            call(operation, spec(openApi, operation), world, callers.get(caller));
        char actual = AuthorizationMatrix.outcome(response.statusCode());
        char expected = row.getValue().charAt(column);
        seen.add(actual == 'E' ? "?" : String.valueOf(actual));
        String problem = expectedProblem(operation, caller, column, expected, actual, response);
        if (problem != null) {
          rowDiffers = true;
          mismatches.add(
              "%s as %s: %s, got %d %s"
                  .formatted(operation, caller, problem, response.statusCode(), title(response)));
        }
      }
      if (rowDiffers) {
        observed.add(
            "%-7s%-66s%s".formatted(operation.method(), operation.path(), String.join("  ", seen)));
      }
    }
    System.out.printf(
        "matrix: %d operations as %d callers in %d ms%n",
        rows.size(), CALLERS.size(), (System.nanoTime() - started) / 1_000_000);
    assertTrue(
        mismatches.isEmpty(),
        mismatches.size()
            + " cells differ from the table:\n"
            + String.join("\n", mismatches)
            + "\nthose rows as observed:\n"
            + String.join("\n", observed));
    assertEquals(
        "DRAFT",
        Api.json(world.a.clerk.get("/api/allocation-runs/" + world.draftRun))
            .getJsonObject("run")
            .getString("state"),
        "the empty publication stopped at its missing reason: the draft is still a draft");
  }

  /** Null if the answer is the one the cell expects, else what was expected. */
  private static String expectedProblem(
      Operation operation,
      String caller,
      int column,
      char expected,
      char actual,
      HttpResponse<String> response) {
    if (actual == 'E') {
      return "a server error";
    }
    if (expected == '!') {
      Character today = KNOWN_DEFECTS.get(operation + " | " + caller);
      if (today == null) {
        return "a known defect ('!') without its entry in KNOWN_DEFECTS";
      }
      return today == actual ? null : "the known defect's '" + today + "' (fixed? update the row)";
    }
    if (expected != actual) {
      return "expected '" + expected + "'";
    }
    int refusal = column == 0 ? 401 : 403;
    if (expected == '-' && response.statusCode() != refusal) {
      return "a refusal is " + refusal + " for " + caller;
    }
    return null;
  }

  @Test
  void anOperationWithoutARowAndARowWithoutAnOperationAreReported() {
    Set<Operation> table = AuthorizationMatrix.rows(TABLE, CALLERS.size()).keySet();
    Operation added = new Operation("POST", "/api/cantons/{canton}/something-new");
    Set<Operation> withAnotherEndpoint = new LinkedHashSet<>(table);
    withAnotherEndpoint.add(added);
    Operation removed = table.iterator().next();
    Set<Operation> withoutOne = new LinkedHashSet<>(table);
    withoutOne.remove(removed);

    assertEquals(List.of(), AuthorizationMatrix.untrue(table, table));
    assertEquals(
        List.of("no row for " + added + ": write down who may call it"),
        AuthorizationMatrix.untrue(withAnotherEndpoint, table));
    assertEquals(
        List.of("a row for " + removed + ", which /openapi does not list"),
        AuthorizationMatrix.untrue(withoutOne, table));
  }

  @Test
  void aRowWithTheWrongNumberOfCodesOrAnUnknownCodeOrTwiceIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AuthorizationMatrix.rows("GET /api/me + + +", CALLERS.size()));
    assertThrows(
        IllegalArgumentException.class,
        () -> AuthorizationMatrix.rows("GET /api/me - + + + + + + + + ?", CALLERS.size()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AuthorizationMatrix.rows(
                "GET /api/me - + + + + + + + + +\nGET /api/me - + + + + + + + + +",
                CALLERS.size()));
  }

  @Test
  void theOutcomesOfStatuses() {
    assertEquals('+', AuthorizationMatrix.outcome(200));
    assertEquals('+', AuthorizationMatrix.outcome(400));
    assertEquals('+', AuthorizationMatrix.outcome(409));
    assertEquals('-', AuthorizationMatrix.outcome(401));
    assertEquals('-', AuthorizationMatrix.outcome(403));
    assertEquals('0', AuthorizationMatrix.outcome(404));
    assertEquals('E', AuthorizationMatrix.outcome(500));
  }

  private static JsonObject openApi() {
    var response = Api.anonymous().get("/openapi?format=JSON", "application/json");
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private static JsonObject spec(JsonObject openApi, Operation operation) {
    return openApi
        .getJsonObject("paths")
        .getJsonObject(operation.path())
        .getJsonObject(operation.method().toLowerCase(java.util.Locale.ROOT));
  }

  /** The call as the document describes it, with the least a client can send. */
  private static HttpResponse<String> call(
      Operation operation, JsonObject spec, MatrixWorld world, Api caller) {
    String path = world.fill(operation.path()) + query(spec, world);
    String type = null;
    String body = null;
    if (spec.containsKey("requestBody")) {
      Set<String> types = spec.getJsonObject("requestBody").getJsonObject("content").keySet();
      type = types.contains("application/json") ? "application/json" : types.iterator().next();
      body = type.equals("application/json") ? "{}" : "";
    }
    if (operation.equals(new Operation("PUT", "/api/me/password")) && caller.password() != null) {
      body = "{\"current\":\"%s\",\"new\":\"short\"}".formatted(caller.password());
    }
    boolean quotesAVersion =
        parameters(spec, "header").stream().anyMatch(p -> p.getString("name").equals("If-Match"));
    if (quotesAVersion && operation.method().equals("PUT") && "application/json".equals(type)) {
      // a version nobody read: the guard answers first, or else the version check (409)
      return caller.putJson(path, body, "\"0\"");
    }
    return caller.send(operation.method(), path, type, body);
  }

  /**
   * The query parameters a caller of A's data would send: this fiscal year, today, canton A; no
   * others (paging keeps its defaults). Without them some operations refuse the request before they
   * look at the caller, and the row would say nothing about the guard.
   */
  private static String query(JsonObject spec, MatrixWorld world) {
    List<String> query = new ArrayList<>();
    for (JsonObject p : parameters(spec, "query")) {
      switch (p.getString("name")) {
        case "year" -> query.add("year=" + ServerClock.YEAR);
        case "date" -> query.add("date=" + ServerClock.TODAY);
        case "canton" -> query.add("canton=" + world.a.code);
        default -> {}
      }
    }
    return query.isEmpty() ? "" : "?" + String.join("&", query);
  }

  private static List<JsonObject> parameters(JsonObject spec, String in) {
    if (!spec.containsKey("parameters")) {
      return List.of();
    }
    return spec.getJsonArray("parameters").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("in").equals(in))
        .toList();
  }

  private static String title(HttpResponse<String> response) {
    String body = response.body();
    if (body.startsWith("{")) {
      try {
        JsonObject problem = Api.json(response);
        return problem.containsKey("title")
            ? "\"" + problem.getString("title", "") + "\" " + problem.getString("detail", "")
            : "";
      } catch (RuntimeException notAProblem) {
        return "";
      }
    }
    return "";
  }
}
