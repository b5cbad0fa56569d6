package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The residence register and the rolls through the API, as ROLL.md and issue 4 ask, in a canton of
 * the test's own.
 */
class RollApiIT {

  private final TestCanton canton = Fixture.canton();
  private final Api clerk = canton.clerk;
  private static final LocalDate TODAY = ServerClock.TODAY;

  private static String newId() {
    return "T-" + UUID.randomUUID().toString().substring(0, 12);
  }

  private String register(String canton, Api by, String born, LocalDate since, String nationality) {
    String id = newId();
    var response =
        by.postJson(
            "/api/cantons/" + canton + "/people",
            """
        {"id":"%s","name":"Test Person","born":"%s","residentSince":"%s","nationality":"%s"}
        """
                .formatted(id, born, since, nationality));
    assertEquals(201, response.statusCode(), response.body());
    return id;
  }

  /**
   * The person's entry, on whichever page of the roll it falls (the database may hold many people).
   */
  private JsonObject entry(String canton, Api by, LocalDate date, String person) {
    for (int page = 0; ; page++) {
      var entries =
          Api.json(
                  by.get(
                      "/api/cantons/" + canton + "/roll?date=" + date + "&size=5000&page=" + page))
              .getJsonArray("entries");
      if (entries.isEmpty()) {
        throw new AssertionError(person + " is not on the roll of " + canton + " on " + date);
      }
      var found =
          entries.stream()
              .map(v -> v.asJsonObject())
              .filter(e -> e.getString("personId").equals(person))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
    }
  }

  @Test
  void aRecentArrivalIsTooShortWithTheDateTheyBecomeEligible() {
    String id = register(canton.code, clerk, "1980-01-01", TODAY.minusMonths(2), "IT");

    JsonObject entry = entry(canton.code, clerk, TODAY, id);

    assertEquals("RESIDENCE_TOO_SHORT", entry.getString("reason"));
    assertEquals(TODAY.minusMonths(2).plusMonths(3).toString(), entry.getString("date"));
  }

  @Test
  void anotherNationalityWithEnoughResidenceIsEligibleAndChangingItChangesNothing() {
    String id = register(canton.code, clerk, "1970-05-05", TODAY.minusYears(3), "ZZ");
    JsonObject before = entry(canton.code, clerk, TODAY, id);

    var changed = clerk.patchJson("/api/people/" + id, "{\"nationality\":\"QQ\"}");

    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals("ELIGIBLE", before.getString("reason"));
    assertEquals(before, entry(canton.code, clerk, TODAY, id));
  }

  @Test
  void aRegistrationAndAMoveAreOnTheNextPageOfARollAlreadyAskedFor() {
    String stays = register(canton.code, clerk, "1970-01-01", LocalDate.of(2010, 1, 1), "IT");
    assertEquals("ELIGIBLE", entry(canton.code, clerk, TODAY, stays).getString("reason"));
    var before = Api.json(clerk.get(canton.path("/roll?date=" + TODAY + "&size=1")));

    String arrives = register(canton.code, clerk, "1971-01-01", LocalDate.of(2011, 1, 1), "IT");
    assertEquals(
        200,
        clerk
            .postJson(
                "/api/people/" + stays + "/moves", "{\"canton\":null,\"date\":\"" + TODAY + "\"}")
            .statusCode());
    var after = Api.json(clerk.get(canton.path("/roll?date=" + TODAY + "&size=1")));

    assertEquals(before.getInt("considered") + 1, after.getInt("considered"));
    assertEquals(before.getInt("eligible"), after.getInt("eligible"), "one in, one out");
    assertEquals("ELIGIBLE", entry(canton.code, clerk, TODAY, arrives).getString("reason"));
    JsonObject moved = entry(canton.code, clerk, TODAY, stays);
    assertEquals("NOT_RESIDENT", moved.getString("reason"));
    assertEquals(TODAY.toString(), moved.getString("date"));
  }

  @Test
  void anOverlappingMoveIsRefusedNamingTheConflictAndChangesNothing() {
    String id = register(canton.code, clerk, "1980-01-01", LocalDate.of(2020, 1, 1), "IT");
    assertEquals(
        200,
        clerk
            .postJson("/api/people/" + id + "/moves", "{\"canton\":null,\"date\":\"2024-01-01\"}")
            .statusCode());
    String before = clerk.get("/api/people/" + id).body();

    var response =
        clerk.postJson(
            "/api/people/" + id + "/moves",
            "{\"canton\":\"" + canton.code + "\",\"date\":\"2023-06-01\",\"born\":\"1980-01-01\"}");

    assertProblem(response, 409, "Conflict");
    assertTrue(
        Api.json(response)
            .getString("detail")
            .contains(canton.code + " from 2020-01-01 to 2023-12-31"),
        Api.json(response).getString("detail"));
    assertEquals(before, clerk.get("/api/people/" + id).body());
  }

  @Test
  void aFrozenSnapshotDoesNotChangeAndTheDiffListsTheMovers() {
    String stays = register(canton.code, clerk, "1970-01-01", LocalDate.of(2010, 1, 1), "IT");
    String leaves = register(canton.code, clerk, "1970-01-01", LocalDate.of(2010, 1, 1), "IT");
    LocalDate first = TODAY.minusDays(10);
    long a = freeze("First " + UUID.randomUUID(), first);
    String csvBefore = clerk.get("/api/elections/" + a + "/roll.csv").body();

    assertEquals(
        200,
        clerk
            .postJson(
                "/api/people/" + leaves + "/moves",
                "{\"canton\":null,\"date\":\"" + TODAY.minusDays(5) + "\"}")
            .statusCode());
    long b = freeze("Second " + UUID.randomUUID(), TODAY);

    assertEquals(
        csvBefore,
        clerk.get("/api/elections/" + a + "/roll.csv").body(),
        "the snapshot is unchanged");
    assertTrue(csvBefore.startsWith("person_id,reason,date\r\n")); // RFC 4180
    assertTrue(csvBefore.contains(leaves + ",ELIGIBLE,"));
    var diff = Api.json(clerk.get("/api/elections/" + a + "/diff/" + b));
    var removed =
        diff.getJsonArray("removed").stream()
            .map(v -> v.asJsonObject().getString("personId"))
            .toList();
    assertTrue(removed.contains(leaves), removed.toString());
    assertTrue(!removed.contains(stays));
    assertEquals(
        "NOT_RESIDENT",
        diff.getJsonArray("removed").stream()
            .map(v -> v.asJsonObject())
            .filter(c -> c.getString("personId").equals(leaves))
            .findFirst()
            .orElseThrow()
            .getJsonObject("after")
            .getString("reason"));
  }

  private long freeze(String name, LocalDate date) {
    var response =
        clerk.postJson(
            canton.path("/elections"),
            "{\"name\":\"" + name + "\",\"referenceDate\":\"" + date + "\"}");
    assertEquals(201, response.statusCode(), response.body());
    return Api.json(response).getJsonNumber("id").longValue();
  }

  @Test
  void theCitizenSeesTheirOwnStatus() {
    var citizen = canton.citizen("Cara Citizen");

    var status = Api.json(citizen.api().get("/api/me/roll-status"));

    assertEquals(citizen.person(), status.getString("person"));
    var here =
        status.getJsonArray("today").stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getString("canton").equals(canton.code))
            .findFirst()
            .orElseThrow();
    assertEquals("ELIGIBLE", here.getJsonObject("entry").getString("reason"));
  }

  @Test
  void badInputIsRefusedWithTheField() {
    String resident = register(canton.code, clerk, "1980-01-01", LocalDate.of(2020, 1, 1), "IT");
    assertProblem(clerk.get(canton.path("/roll?date=24.11.2026")), 400, "Invalid input");
    var noName =
        clerk.postJson(
            canton.path("/people"), "{\"born\":\"1990-01-01\",\"residentSince\":\"2030-01-01x\"}");
    assertProblem(noName, 400, "Invalid input");
    assertEquals(
        "residentSince",
        Api.json(noName).getJsonArray("violations").getJsonObject(0).getString("field"));
    assertProblem(
        clerk.postJson(
            "/api/people/" + resident + "/moves", "{\"canton\":\"" + canton.code + "\"}"),
        400,
        "Invalid input");
  }

  @Test
  void aClerkOfAnotherCantonIsRefused() {
    Api otherClerk = Fixture.canton().clerk;
    assertProblem(otherClerk.get(canton.path("/roll?date=" + TODAY)), 403, "Access refused");
    assertProblem(
        otherClerk.postJson(
            canton.path("/people"),
            "{\"name\":\"X\",\"born\":\"1990-01-01\",\"residentSince\":\"2020-01-01\"}"),
        403,
        "Access refused");
    String id = register(canton.code, clerk, "1980-01-01", LocalDate.of(2020, 1, 1), "IT");
    // a person who never lived in the clerk's canton is answered as an unknown one
    assertProblem(otherClerk.get("/api/people/" + id), 404, "Not found");
    assertProblem(
        otherClerk.postJson("/api/people/" + id + "/death", "{\"date\":\"2026-01-01\"}"),
        404,
        "Not found");
  }

  @Test
  void aCitizenAskingAboutSomeoneElseAndAFoundationAreRefused() {
    Api citizen = canton.citizen("Cara Citizen").api();
    Api foundation = Fixture.foundation(Fixture.organization("PHYLE", "Roll Phyle"));
    String someoneElse = register(canton.code, clerk, "1980-01-01", LocalDate.of(2020, 1, 1), "IT");
    assertProblem(citizen.get("/api/people/" + someoneElse), 404, "Not found");
    assertProblem(citizen.get(canton.path("/roll?date=" + TODAY)), 403, "Forbidden");
    assertProblem(foundation.get(canton.path("/roll?date=" + TODAY)), 403, "Forbidden");
    assertProblem(foundation.get("/api/me/roll-status"), 403, "Forbidden");
    assertProblem(
        canton.policy.postJson(
            canton.path("/elections"), "{\"name\":\"x\",\"referenceDate\":\"2026-01-01\"}"),
        403,
        "Forbidden");
  }

  @Test
  void nobodyIsOnTwoRolls() {
    // R4 across every canton: the check is the whole register's, read by the global admin
    var response = Fixture.ADMIN.get("/api/one-roll-check");

    assertEquals(200, response.statusCode());
    assertEquals("[]", response.body().strip());
    assertProblem(clerk.get("/api/one-roll-check"), 403, "Forbidden");
  }
}
