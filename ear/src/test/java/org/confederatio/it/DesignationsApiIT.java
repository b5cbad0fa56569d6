package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The citizen's designation and the clerk's entry through the API, in a canton of the class's own
 * (founding policy: at most 3 recipients, deadline 31 December) with three organizations accredited
 * there. The citizen is a resident of that canton with a login of their own.
 */
class DesignationsApiIT {

  private static final int YEAR = ServerClock.YEAR;

  private static TestCanton canton;
  private static Api citizen;
  private static String citizenId;
  private static Api clerk;
  private static String commons;
  private static String ocean;
  private static String indias;
  private final Api admin = Fixture.ADMIN;

  @BeforeAll
  static void aCantonWithACitizenAndThreeOrganizations() {
    canton = Fixture.canton();
    clerk = canton.clerk;
    TestCanton.Citizen resident = canton.citizen("Designating Citizen");
    citizen = resident.api();
    citizenId = resident.person();
    // assessed this year, so that the citizen's designation counts
    FiscalWorld.assess(canton, citizenId, YEAR, "1000.00");
    commons = FiscalWorld.phyle("Commons of Code", canton);
    ocean = FiscalWorld.phyle("Ocean Care", canton);
    indias = FiscalWorld.phyle("Las Indias", canton);
  }

  /** The version of the citizen's current designation, for a save that replaces it. */
  private String currentVersion() {
    var mine = Api.json(citizen.get("/api/me/designations/" + YEAR));
    return absent(mine, "current")
        ? "null"
        : Long.toString(mine.getJsonObject("current").getJsonNumber("version").longValue());
  }

  /** JSON-B leaves out null fields. */
  static boolean absent(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  private HttpResponse<String> designate(String shares) {
    return citizen.putJson(
        "/api/me/designations/" + YEAR,
        "{\"version\":" + currentVersion() + ",\"shares\":[" + shares + "]}");
  }

  private static String detail(HttpResponse<String> response) {
    JsonObject problem = Api.json(response);
    return problem.getString("detail")
        + " "
        + problem.getOrDefault("violations", jakarta.json.JsonValue.EMPTY_JSON_ARRAY);
  }

  /** A fresh organization, optionally accredited in the canton, optionally suspended afterwards. */
  private String organization(boolean accredit, boolean suspend) {
    String id = "org-" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(
        201,
        admin
            .postJson(
                "/api/organizations",
                "{\"id\":\"" + id + "\",\"name\":\"Test Phyle\",\"kind\":\"PHYLE\"}")
            .statusCode());
    if (accredit) {
      assertEquals(
          201,
          admin
              .postJson(
                  "/api/organizations/" + id + "/accreditations",
                  "{\"canton\":\"%s\",\"fromYear\":%d}"
                      .formatted(canton.code, TestCanton.FIRST_YEAR))
              .statusCode());
    }
    if (suspend) {
      assertEquals(
          200, admin.postJson("/api/organizations/" + id + "/suspension", "").statusCode());
    }
    return id;
  }

  @Test
  void aSixtyFortySplitBetweenTwoAccreditedOrganizationsIsAccepted() {
    var response =
        designate(
            "{\"recipient\":\""
                + commons
                + "\",\"basisPoints\":6000},"
                + "{\"recipient\":\""
                + ocean
                + "\",\"basisPoints\":4000}");

    assertEquals(200, response.statusCode(), response.body());
    var mine = Api.json(response);
    assertEquals(canton.code, mine.getString("canton"));
    assertEquals("COUNTS", mine.getString("standing"));
    var shares = mine.getJsonObject("current").getJsonArray("shares");
    assertEquals(commons, shares.getJsonObject(0).getString("recipient"));
    assertEquals(4000, shares.getJsonObject(1).getInt("basisPoints"));
    var receipt = citizen.get("/api/me/designations/" + YEAR + "/receipt");
    assertEquals(200, receipt.statusCode());
    assertTrue(receipt.body().contains(commons + ": 60.00 %"), receipt.body());
  }

  @Test
  void aSuspendedOrganizationIsRefusedSayingSo() {
    String suspended = organization(true, true);

    var response = designate("{\"recipient\":\"" + suspended + "\",\"basisPoints\":10000}");

    assertProblem(response, 400, "Invalid input");
    assertTrue(detail(response).contains("suspended"), response.body());
    assertTrue(detail(response).contains("shares[0].recipient"), response.body());
  }

  @Test
  void anUnaccreditedOrganizationIsRefused() {
    String notAccredited = organization(false, false);

    var response = designate("{\"recipient\":\"" + notAccredited + "\",\"basisPoints\":10000}");

    assertProblem(response, 400, "Invalid input");
    assertTrue(detail(response).contains("not accredited"), response.body());
  }

  @Test
  void sharesSummingToNineThousandNineHundredNinetyNineAreRefused() {
    var response =
        designate(
            "{\"recipient\":\""
                + commons
                + "\",\"basisPoints\":5999},"
                + "{\"recipient\":\"canton\",\"basisPoints\":4000}");

    assertProblem(response, 400, "Invalid input");
    assertTrue(detail(response).contains("sum to 9999"), response.body());
  }

  @Test
  void tooManyRecipientsAndADuplicateAreRefused() {
    var many =
        designate(
            "{\"recipient\":\""
                + commons
                + "\",\"basisPoints\":2500},"
                + "{\"recipient\":\""
                + ocean
                + "\",\"basisPoints\":2500},{\"recipient\":\""
                + indias
                + "\",\"basisPoints\":2500},"
                + "{\"recipient\":\"canton\",\"basisPoints\":2500}");
    assertProblem(many, 400, "Invalid input");
    assertTrue(detail(many).contains("at most 3"), many.body());

    var twice =
        designate(
            "{\"recipient\":\""
                + ocean
                + "\",\"basisPoints\":5000},"
                + "{\"recipient\":\""
                + ocean
                + "\",\"basisPoints\":5000}");
    assertProblem(twice, 400, "Invalid input");
    assertTrue(detail(twice).contains("appears twice"), twice.body());
  }

  @Test
  void afterTheDeadlineTheDesignationIsReadOnly() {
    int lastYear =
        YEAR - 1; // the canton closes on 31 December, so last year's designations are closed
    var before = Api.json(citizen.get("/api/me/designations/" + lastYear));
    assertEquals(false, before.getBoolean("open"));

    var response =
        citizen.putJson(
            "/api/me/designations/" + lastYear,
            "{\"version\":"
                + (absent(before, "current")
                    ? "null"
                    : before.getJsonObject("current").get("version"))
                + ",\"shares\":[{\"recipient\":\"canton\",\"basisPoints\":10000}]}");

    assertProblem(response, 400, "Invalid input");
    assertTrue(detail(response).contains("late"), response.body());
  }

  @Test
  void ofTwoEditsOfTheSameVersionTheSecondIsRefused() {
    String version = currentVersion();
    String body =
        "{\"version\":"
            + version
            + ",\"shares\":[{\"recipient\":\"canton\",\"basisPoints\":10000}]}";
    var clerkSaves =
        clerk.putJson(
            canton.path("/taxpayers/" + citizenId + "/designations/" + YEAR),
            body.replace("{\"version\"", "{\"madeOn\":\"" + ServerClock.TODAY + "\",\"version\""));
    assertEquals(200, clerkSaves.statusCode(), clerkSaves.body());

    var citizenSaves = citizen.putJson("/api/me/designations/" + YEAR, body);

    assertProblem(citizenSaves, 409, "Conflict");
    assertTrue(detail(citizenSaves).contains("a clerk"), citizenSaves.body());
  }

  @Test
  void aClerkCorrectsAPaperFormAndTheHistoryStays() {
    // assessed, so that the clerk's form counts
    String taxpayer = FiscalWorld.taxpayer(canton, YEAR, "900.00");
    String path = canton.path("/taxpayers/" + taxpayer + "/designations/" + YEAR);
    FiscalWorld.designate(canton, taxpayer, YEAR, ServerClock.TODAY.minusDays(1), "canton");
    var file = FiscalWorld.file(canton, taxpayer, YEAR);
    int before = file.getJsonArray("history").size();
    String version = file.getJsonArray("history").getJsonObject(0).get("version").toString();

    var saved =
        clerk.putJson(
            path,
            "{\"madeOn\":\""
                + ServerClock.TODAY
                + "\",\"version\":"
                + version
                + ",\"shares\":[{\"recipient\":\""
                + indias
                + "\",\"basisPoints\":10000}]}");
    assertEquals(200, saved.statusCode(), saved.body());

    var after = FiscalWorld.file(canton, taxpayer, YEAR);
    assertEquals(before + 1, after.getJsonArray("history").size());
    assertEquals("CLERK", after.getJsonArray("history").getJsonObject(0).getString("channel"));
    assertEquals(
        Api.json(saved).getJsonNumber("version").longValue(),
        after.getJsonNumber("counted").longValue());
  }

  @Test
  void aClerkRecordsAnAssessmentAndABadAmountIsNamed() {
    String taxpayer = FiscalWorld.person(canton, "Assessed Once");
    String path = canton.path("/taxpayers/" + taxpayer + "/assessments/" + YEAR);
    var saved = clerk.putJson(path, "{\"tax\":\"4321.05\"}");
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals("4321.05", Api.json(saved).getString("tax"));

    var bad = clerk.putJson(path, "{\"tax\":\"12.345\"}");
    assertProblem(bad, 400, "Invalid input");
    assertTrue(detail(bad).contains("tax"), bad.body());
    assertEquals(
        "4321.05",
        FiscalWorld.file(canton, taxpayer, YEAR).getJsonObject("assessment").getString("tax"),
        "the refused amount changed nothing");
  }

  @Test
  void aClerkFindsTaxpayersAndSeesDesignationsThatDoNotCount() {
    int lastYear = YEAR - 1;
    String name = "Findable " + Fixture.letters(8);
    for (int i = 0; i < 2; i++) {
      FiscalWorld.assess(canton, FiscalWorld.person(canton, name), lastYear, "100.00");
    }
    var found =
        Api.json(
            clerk.get(
                canton.path(
                    "/taxpayers?year=" + lastYear + "&q=" + name.replace(' ', '+') + "&size=1")));
    assertEquals(2, found.getJsonNumber("total").longValue(), found.toString());
    assertEquals(1, found.getJsonArray("items").size());

    // a form made after the canton's deadline of 31 December, and one for an organization
    // suspended since: recorded, but neither counts (A2)
    String late = FiscalWorld.taxpayer(canton, lastYear, "200.00");
    FiscalWorld.designate(canton, late, lastYear, LocalDate.of(YEAR, 1, 5), "canton");
    String suspendedLater = organization(true, false);
    String unaccredited = FiscalWorld.taxpayer(canton, lastYear, "300.00");
    FiscalWorld.designate(
        canton, unaccredited, lastYear, LocalDate.of(lastYear, 3, 1), suspendedLater);
    assertEquals(
        200,
        admin.postJson("/api/organizations/" + suspendedLater + "/suspension", "").statusCode());

    assertEquals("LATE", notCounting(late, lastYear));
    assertEquals("UNACCREDITED_RECIPIENT", notCounting(unaccredited, lastYear));
  }

  /** The reason the canton's list of designations that do not count gives for the taxpayer. */
  private static String notCounting(String taxpayer, int year) {
    for (int page = 0; ; page++) {
      var items =
          Api.json(
                  clerk.get(
                      canton.path("/invalid-designations?year=" + year + "&size=100&page=" + page)))
              .getJsonArray("items");
      if (items.isEmpty()) {
        return null;
      }
      var mine =
          items.stream()
              .map(i -> i.asJsonObject())
              .filter(i -> i.getString("taxpayer").equals(taxpayer))
              .findFirst();
      if (mine.isPresent()) {
        return mine.get().getString("reason");
      }
    }
  }

  @Test
  void aCitizenChoosesAffiliationsAmongAccreditedActiveOrganizations() {
    var chosen =
        citizen.putJson(
            "/api/me/affiliations",
            "{\"organizations\":[\"%s\",\"%s\"]}".formatted(commons, indias));
    assertEquals(200, chosen.statusCode(), chosen.body());
    assertEquals(2, Api.structure(citizen.get("/api/me/affiliations")).asJsonArray().size());

    String suspended = organization(true, true);
    var refused =
        citizen.putJson("/api/me/affiliations", "{\"organizations\":[\"" + suspended + "\"]}");
    assertProblem(refused, 400, "Invalid input");
    assertTrue(detail(refused).contains("organizations[0]"), refused.body());
    assertEquals(
        2,
        Api.structure(citizen.get("/api/me/affiliations")).asJsonArray().size(),
        "nothing changed");
  }
}
