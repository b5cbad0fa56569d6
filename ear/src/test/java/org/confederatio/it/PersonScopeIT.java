package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Whose a person's fiscal data is (ALLOCATION.md, Inputs): the canton they reside in on 31 December
 * of the year, or today for the year in progress. A clerk of any other canton is answered as for an
 * unknown person, reads and writes alike; a residence period reveals nothing dated outside it.
 */
class PersonScopeIT {

  private static final int TWO_YEARS_AGO = ServerClock.YEAR - 2;
  private static final int LAST_YEAR = ServerClock.YEAR - 1;

  /** Canton A, where the person lived until 30 June last year; canton B, where they live since. */
  private final TestCanton a = Fixture.canton();

  private final TestCanton b = Fixture.canton();
  private final String mover = movedFromAToB();

  private String movedFromAToB() {
    String person = a.resident("Mara Mover", LocalDate.of(1975, 3, 9), LocalDate.of(2010, 1, 1));
    LocalDate arrival = LocalDate.of(LAST_YEAR, 7, 1);
    assertEquals(200, move(a.clerk, person, null, arrival, null).statusCode());
    assertEquals(
        200, move(b.clerk, person, b.code, arrival, LocalDate.of(1975, 3, 9)).statusCode());
    return person;
  }

  /** A move into {@code to} (abroad when null); an arrival quotes the date of birth. */
  private static HttpResponse<String> move(
      Api clerk, String person, String to, LocalDate on, LocalDate born) {
    return clerk.postJson(
        "/api/people/" + person + "/moves",
        "{\"canton\":%s,\"date\":\"%s\"%s}"
            .formatted(
                to == null ? "null" : "\"" + to + "\"",
                on,
                born == null ? "" : ",\"born\":\"" + born + "\""));
  }

  private static HttpResponse<String> file(TestCanton canton, String person, int year) {
    return canton.clerk.get(canton.path("/taxpayers/" + person + "?year=" + year));
  }

  /** The refusal for an unknown person, with the id taken out, to compare with another. */
  private static String unknownShape(HttpResponse<String> response, String id) {
    JsonObject problem = Api.json(response);
    return response.statusCode()
        + " "
        + problem.getString("title")
        + " "
        + problem.getString("detail").replace(id, "ID");
  }

  @Test
  void aYearBelongsToTheCantonOfResidenceOnItsLastDayAndOtherClerksGetNotFound() {
    assertEquals(200, file(a, mover, TWO_YEARS_AGO).statusCode());
    assertEquals(200, file(b, mover, LAST_YEAR).statusCode());
    assertEquals(200, file(b, mover, ServerClock.YEAR).statusCode());

    var bReadsTwoYearsAgo = file(b, mover, TWO_YEARS_AGO);
    var aReadsLastYear = file(a, mover, LAST_YEAR);
    var unknown = file(a, "P-NOBODY" + Fixture.letters(6), LAST_YEAR);

    assertProblem(bReadsTwoYearsAgo, 404, "Not found");
    assertProblem(aReadsLastYear, 404, "Not found");
    assertEquals(
        unknownShape(unknown, unknown.uri().getPath().replaceAll(".*/", "")),
        unknownShape(aReadsLastYear, mover),
        "an out-of-reach person reads exactly like an unknown one");
    assertFalse(aReadsLastYear.body().contains("Mara"), aReadsLastYear.body());
  }

  @Test
  void aClerkOfAnotherCantonCannotAssessOrDesignateAndNothingIsStored() {
    var assessed =
        a.clerk.putJson(
            a.path("/taxpayers/" + mover + "/assessments/" + LAST_YEAR), "{\"tax\":\"1000.00\"}");
    var designated =
        a.clerk.putJson(
            a.path("/taxpayers/" + mover + "/designations/" + LAST_YEAR),
            "{\"madeOn\":\"%d-03-01\",\"version\":null,\"shares\":[{\"recipient\":\"canton\",\"basisPoints\":10000}]}"
                .formatted(LAST_YEAR));

    assertProblem(assessed, 404, "Not found");
    assertProblem(designated, 404, "Not found");
    var inB = Api.json(file(b, mover, LAST_YEAR));
    assertTrue(DesignationsApiIT.absent(inB, "assessment"), inB.toString());
    assertTrue(inB.getJsonArray("history").isEmpty(), inB.toString());
    var inA = a.clerk.get(a.path("/taxpayers?year=" + LAST_YEAR + "&q=" + mover));
    assertEquals(0, Api.json(inA).getJsonArray("items").size(), inA.body());
  }

  @Test
  void theCantonOfTheYearAssessesAndAClerksViewHoldsOnlyItsOwnPeriods() {
    var assessed =
        b.clerk.putJson(
            b.path("/taxpayers/" + mover + "/assessments/" + LAST_YEAR), "{\"tax\":\"1000.00\"}");
    assertEquals(200, assessed.statusCode(), assessed.body());

    var seenByB = Api.json(file(b, mover, LAST_YEAR)).getJsonObject("person");
    assertEquals("XX", seenByB.getString("nationality"), "B's resident: B sees their nationality");
    var periodsSeenByB = seenByB.getJsonArray("residences");
    assertEquals(1, periodsSeenByB.size(), seenByB.toString());
    assertEquals(b.code, periodsSeenByB.getJsonObject(0).getString("canton"));

    var seenByA = Api.json(a.clerk.get("/api/people/" + mover));
    assertTrue(DesignationsApiIT.absent(seenByA, "nationality"), "no longer A's: " + seenByA);
    assertEquals(1, seenByA.getJsonArray("residences").size(), seenByA.toString());
    assertEquals(a.code, seenByA.getJsonArray("residences").getJsonObject(0).getString("canton"));
    assertFalse(seenByA.toString().contains(b.code), seenByA.toString());
  }

  @Test
  void aTaxpayerWhoMovesAwayBeforeTheYearEndsLeavesTheCantonsListsOfThatYear() {
    String leaving = a.resident("Lea Leaving", LocalDate.of(1985, 8, 8), LocalDate.of(2012, 2, 2));
    var assessed =
        a.clerk.putJson(
            a.path("/taxpayers/" + leaving + "/assessments/" + ServerClock.YEAR),
            "{\"tax\":\"500.00\"}");
    assertEquals(200, assessed.statusCode(), assessed.body());
    String search = a.path("/taxpayers?year=" + ServerClock.YEAR + "&q=" + leaving);
    assertEquals(1, Api.json(a.clerk.get(search)).getJsonArray("items").size());

    assertEquals(200, move(a.clerk, leaving, null, ServerClock.TODAY, null).statusCode());
    assertEquals(
        200,
        move(b.clerk, leaving, b.code, ServerClock.TODAY, LocalDate.of(1985, 8, 8)).statusCode());

    assertEquals(0, Api.json(a.clerk.get(search)).getJsonArray("items").size());
    assertProblem(file(a, leaving, ServerClock.YEAR), 404, "Not found");
    assertEquals(200, file(b, leaving, ServerClock.YEAR).statusCode());
  }

  @Test
  void aClerkOfACantonThePersonNeverLivedInGetsNotFound() {
    TestCanton c = Fixture.canton();

    assertProblem(c.clerk.get("/api/people/" + mover), 404, "Not found");
    assertProblem(file(c, mover, LAST_YEAR), 404, "Not found");
    assertProblem(
        c.clerk.patchJson("/api/people/" + mover, "{\"nationality\":\"YY\"}"), 404, "Not found");
    assertProblem(
        a.clerk.patchJson("/api/people/" + mover, "{\"nationality\":\"YY\"}"), 404, "Not found");
  }

  @Test
  void aPersonStillLivingInAnotherCantonArrivesOnlyOnceItRecordedTheDeparture() {
    String settled = a.resident("Sol Settled", LocalDate.of(1980, 1, 2), LocalDate.of(2011, 4, 5));

    var early = move(b.clerk, settled, b.code, ServerClock.TODAY, LocalDate.of(1980, 1, 2));
    var backdated =
        move(b.clerk, settled, b.code, LocalDate.of(2009, 1, 1), LocalDate.of(1980, 1, 2));

    assertProblem(early, 409, "Conflict");
    assertProblem(backdated, 409, "Conflict");
    assertFalse(backdated.body().contains("2011"), "names no period of A: " + backdated.body());
    var inA = Api.json(a.clerk.get("/api/people/" + settled)).getJsonArray("residences");
    assertEquals(1, inA.size());
    assertTrue(DesignationsApiIT.absent(inA.getJsonObject(0), "to"), "A's period is still open");
    assertProblem(b.clerk.get("/api/people/" + settled), 404, "Not found");
  }

  @Test
  void aClerkSeesAffiliationsOnlyWhileThePersonLivesInTheCanton() {
    String organization = Fixture.organization("PHYLE", "Scope Phyle");
    Fixture.accredit(organization, b.code, TestCanton.FIRST_YEAR);
    Api citizen = Fixture.account("citizen", null, null, mover);
    var chosen =
        citizen.putJson(
            "/api/me/affiliations", "{\"organizations\":[\"%s\"]}".formatted(organization));
    assertEquals(200, chosen.statusCode(), chosen.body());

    var inB = Api.json(file(b, mover, ServerClock.YEAR)).getJsonArray("affiliations");
    var inA = Api.json(file(a, mover, TWO_YEARS_AGO)).getJsonArray("affiliations");

    assertEquals(organization, inB.getJsonObject(0).getString("organization"));
    assertTrue(inA.isEmpty(), "A's year, but the person no longer lives in A: " + inA);
  }

  @Test
  void aFiscalImportRowForAnotherCantonsTaxpayerReadsLikeOneForNobodyAndNothingIsImported() {
    String nobody = "P-NOBODY" + Fixture.letters(6);
    var refused =
        a.clerk.postCsv(
            a.path("/imports/assessments?year=" + LAST_YEAR),
            "taxpayer,tax\n" + mover + ",1000.00\n" + nobody + ",2000.00\n");

    assertProblem(refused, 400, "Invalid input");
    var violations = Api.json(refused).getJsonArray("violations");
    assertEquals(2, violations.size(), refused.body());
    assertEquals(
        violations.getJsonObject(0).getString("message").replace(mover, "ID"),
        violations.getJsonObject(1).getString("message").replace(nobody, "ID"));
    var inB = Api.json(file(b, mover, LAST_YEAR));
    assertTrue(DesignationsApiIT.absent(inB, "assessment"), inB.toString());
  }

  @Test
  void aRegisterImportRowForSomeoneOfAnotherCantonRevealsNothingAndPlantsNothing() {
    TestCanton c = Fixture.canton();
    String header =
        "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin\n";
    var wrongBirth =
        c.clerk.postCsv(
            c.path("/people/import"),
            header + mover + ",Mara Mover,1960-06-06,1990-01-01,1991-12-31,,,\n");
    var rightBirth =
        c.clerk.postCsv(
            c.path("/people/import"),
            header + mover + ",Mara Mover,1975-03-09,1990-01-01,1991-12-31,,,\n");

    assertProblem(wrongBirth, 400, "Invalid input");
    assertProblem(rightBirth, 400, "Invalid input");
    assertEquals(
        Api.json(wrongBirth).getJsonArray("violations"),
        Api.json(rightBirth).getJsonArray("violations"),
        "the answer does not depend on what the register holds");
    assertFalse(wrongBirth.body().contains("1975"), wrongBirth.body());
    assertProblem(c.clerk.get("/api/people/" + mover), 404, "Not found");
  }
}
