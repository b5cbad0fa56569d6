package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The citizen's designation and the clerk's entry through the API, against the demo canton Lacus
 * (policy from 2024: at most 3 recipients, deadline 31 December, every organization accredited).
 * The citizen account is the person P-0001, resident in Lacus.
 */
class DesignationsApiIT {

  private static final int YEAR = ServerClock.YEAR;

  private final Api citizen = Api.as("citizen");
  private final Api clerk = Api.as("clerk");
  private final Api admin = Api.as("admin");

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

  /** A fresh organization accredited in Lacus, optionally suspended afterwards. */
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
                  "{\"canton\":\"LAC\",\"fromYear\":2024}")
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
            "{\"recipient\":\"commons-of-code\",\"basisPoints\":6000},"
                + "{\"recipient\":\"ocean-care\",\"basisPoints\":4000}");

    assertEquals(200, response.statusCode(), response.body());
    var mine = Api.json(response);
    assertEquals("LAC", mine.getString("canton"));
    assertEquals("COUNTS", mine.getString("standing"));
    var shares = mine.getJsonObject("current").getJsonArray("shares");
    assertEquals("commons-of-code", shares.getJsonObject(0).getString("recipient"));
    assertEquals(4000, shares.getJsonObject(1).getInt("basisPoints"));
    var receipt = citizen.get("/api/me/designations/" + YEAR + "/receipt");
    assertEquals(200, receipt.statusCode());
    assertTrue(receipt.body().contains("commons-of-code: 60.00 %"), receipt.body());
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
            "{\"recipient\":\"commons-of-code\",\"basisPoints\":5999},"
                + "{\"recipient\":\"canton\",\"basisPoints\":4000}");

    assertProblem(response, 400, "Invalid input");
    assertTrue(detail(response).contains("sum to 9999"), response.body());
  }

  @Test
  void tooManyRecipientsAndADuplicateAreRefused() {
    var many =
        designate(
            "{\"recipient\":\"commons-of-code\",\"basisPoints\":2500},"
                + "{\"recipient\":\"ocean-care\",\"basisPoints\":2500},{\"recipient\":\"las-indias\",\"basisPoints\":2500},"
                + "{\"recipient\":\"canton\",\"basisPoints\":2500}");
    assertProblem(many, 400, "Invalid input");
    assertTrue(detail(many).contains("at most 3"), many.body());

    var twice =
        designate(
            "{\"recipient\":\"ocean-care\",\"basisPoints\":5000},"
                + "{\"recipient\":\"ocean-care\",\"basisPoints\":5000}");
    assertProblem(twice, 400, "Invalid input");
    assertTrue(detail(twice).contains("appears twice"), twice.body());
  }

  @Test
  void afterTheDeadlineTheDesignationIsReadOnly() {
    int lastYear = YEAR - 1; // Lacus closes on 31 December, so last year's designations are closed
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
            "/api/cantons/LAC/taxpayers/P-0001/designations/" + YEAR,
            body.replace("{\"version\"", "{\"madeOn\":\"" + ServerClock.TODAY + "\",\"version\""));
    assertEquals(200, clerkSaves.statusCode(), clerkSaves.body());

    var citizenSaves = citizen.putJson("/api/me/designations/" + YEAR, body);

    assertProblem(citizenSaves, 409, "Conflict");
    assertTrue(detail(citizenSaves).contains("a clerk"), citizenSaves.body());
  }

  @Test
  void aClerkCorrectsAPaperFormAndTheHistoryStays() {
    var file = Api.json(clerk.get("/api/cantons/LAC/taxpayers/P-0002?year=" + YEAR));
    int before = file.getJsonArray("history").size();
    String version =
        before == 0
            ? "null"
            : file.getJsonArray("history").getJsonObject(0).get("version").toString();

    var saved =
        clerk.putJson(
            "/api/cantons/LAC/taxpayers/P-0002/designations/" + YEAR,
            "{\"madeOn\":\""
                + ServerClock.TODAY
                + "\",\"version\":"
                + version
                + ",\"shares\":[{\"recipient\":\"las-indias\",\"basisPoints\":10000}]}");
    assertEquals(200, saved.statusCode(), saved.body());

    var after = Api.json(clerk.get("/api/cantons/LAC/taxpayers/P-0002?year=" + YEAR));
    assertEquals(before + 1, after.getJsonArray("history").size());
    assertEquals("CLERK", after.getJsonArray("history").getJsonObject(0).getString("channel"));
    assertEquals(
        Api.json(saved).getJsonNumber("version").longValue(),
        after.getJsonNumber("counted").longValue());
  }

  @Test
  void aClerkRecordsAnAssessmentAndABadAmountIsNamed() {
    var saved =
        clerk.putJson(
            "/api/cantons/LAC/taxpayers/P-0002/assessments/" + YEAR, "{\"tax\":\"4321.05\"}");
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals("4321.05", Api.json(saved).getString("tax"));

    var bad =
        clerk.putJson(
            "/api/cantons/LAC/taxpayers/P-0002/assessments/" + YEAR, "{\"tax\":\"12.345\"}");
    assertProblem(bad, 400, "Invalid input");
    assertTrue(detail(bad).contains("tax"), bad.body());
  }

  @Test
  void aClerkFindsTaxpayersAndSeesDesignationsThatDoNotCount() {
    var found = Api.json(clerk.get("/api/cantons/LAC/taxpayers?year=2025&q=P-000&size=5"));
    assertTrue(found.getJsonNumber("total").longValue() > 0);
    assertTrue(found.getJsonArray("items").size() <= 5);

    // the demo's paper forms naming the canton twice (LAC) and the late forms of Montes
    assertTrue(notCounting(clerk, "LAC", "DUPLICATE_RECIPIENT"));
    assertTrue(notCounting(Api.as("clerk-montes"), "MON", "LATE"));
  }

  /**
   * Whether some designation of the canton's 2025 does not count for this reason, on any page of
   * the list.
   */
  private static boolean notCounting(Api clerk, String canton, String reason) {
    for (int page = 0; ; page++) {
      var items =
          Api.json(
                  clerk.get(
                      "/api/cantons/"
                          + canton
                          + "/invalid-designations?year=2025&size=100&page="
                          + page))
              .getJsonArray("items");
      if (items.isEmpty()) {
        return false;
      }
      if (items.stream().anyMatch(i -> i.asJsonObject().getString("reason").equals(reason))) {
        return true;
      }
    }
  }

  @Test
  void aCitizenChoosesAffiliationsAmongAccreditedActiveOrganizations() {
    var chosen =
        citizen.putJson(
            "/api/me/affiliations", "{\"organizations\":[\"commons-of-code\",\"las-indias\"]}");
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
