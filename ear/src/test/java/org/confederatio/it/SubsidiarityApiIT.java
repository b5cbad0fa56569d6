package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.confederatio.it.ApiSecurityIT.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The subsidiarity review of the demo canton, candidacies, justifications, and who may do what. */
class SubsidiarityApiIT {

  private static final List<String> PRINCIPLES =
      List.of(
          "CLEARLY_DEFINED_BOUNDARIES",
          "BENEFITS_PROPORTIONAL_TO_COSTS",
          "COLLECTIVE_CHOICE_ARRANGEMENTS",
          "MONITORING_ACCOUNTABLE_TO_USERS",
          "GRADUATED_SANCTIONS",
          "FAST_CHEAP_CONFLICT_RESOLUTION",
          "RECOGNIZED_RIGHT_TO_ORGANIZE",
          "NESTED_ENTERPRISES");

  private static List<JsonObject> findings(String canton) {
    return Api.json(Api.as("citizen").get("/api/cantons/" + canton + "/subsidiarity-review"))
        .getJsonArray("findings")
        .stream()
        .map(v -> v.asJsonObject())
        .toList();
  }

  private static String function(
      Api by, String canton, String level, String scope, boolean coercive) {
    String id = "f-" + UUID.randomUUID().toString().substring(0, 8);
    var created =
        by.postJson(
            "/api/cantons/" + canton + "/functions",
            """
        {"id":"%s","name":"Test function","level":"%s","scope":"%s","coercive":%s,"delegatedBy":%s}"""
                .formatted(
                    id,
                    level,
                    scope,
                    coercive,
                    level.equals("CONFEDERAL") ? "[\"LAC\",\"MON\",\"RIV\"]" : "[]"));
    assertEquals(201, created.statusCode(), created.body());
    return id;
  }

  private static String claims(int met) {
    StringBuilder json = new StringBuilder("{\"principles\":[");
    for (int i = 0; i < PRINCIPLES.size(); i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"principle\":\"")
          .append(PRINCIPLES.get(i))
          .append("\",\"met\":")
          .append(i < met)
          .append(",\"evidence\":\"Our statutes, article ")
          .append(i + 1)
          .append("\"}");
    }
    return json.append("]}").toString();
  }

  private static String verdicts(boolean accepted) {
    StringBuilder json = new StringBuilder("{\"principles\":[");
    for (int i = 0; i < PRINCIPLES.size(); i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"principle\":\"")
          .append(PRINCIPLES.get(i))
          .append("\",\"accepted\":")
          .append(accepted)
          .append(",\"comment\":\"checked\"}");
    }
    return json.append("]}").toString();
  }

  @Test
  void theDemoCantonsReviewHasEachKindOfFindingAndNeverFlagsPolicingOrCourtsUnderS1() {
    List<JsonObject> findings = findings("LAC");

    for (String kind : List.of("COMMONS_CAPABLE", "SHOULD_BE_CANTONAL", "NOT_DELEGATED")) {
      assertTrue(
          findings.stream().anyMatch(f -> f.getString("kind").equals(kind)),
          kind + " in " + findings);
    }
    assertTrue(
        findings.stream()
            .noneMatch(
                f ->
                    f.getString("rule").equals("S1")
                        && (f.getString("function").equals("lac-policing")
                            || f.getString("function").equals("lac-courts"))));
    JsonObject libraries =
        findings.stream()
            .filter(f -> f.getString("function").equals("lac-libraries"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        libraries.getString("facts").contains("open-scholars (meets 8 of 8"), libraries.toString());
    assertTrue(
        findings.stream().noneMatch(f -> f.getString("function").equals("lac-water")),
        "seven of eight reviewed principles are not viable under the default policy");
    var review = Api.json(Api.as("citizen").get("/api/cantons/LAC/subsidiarity-review"));
    assertTrue(
        review.getJsonArray("compliant").stream()
            .anyMatch(f -> f.asJsonObject().getString("id").equals("lac-policing")),
        "S5: compliant functions listed");
  }

  @Test
  void aCandidacyCountsOnlyOnceItsPrinciplesAreReviewed() {
    String function = function(Api.as("policy"), "LAC", "CANTONAL", "LOCAL", false);
    var submitted =
        Api.as("foundation").postJson("/api/functions/" + function + "/candidacies", claims(8));
    assertEquals(201, submitted.statusCode(), submitted.body());
    long id = Api.json(submitted).getJsonNumber("id").longValue();
    assertTrue(
        findings("LAC").stream().noneMatch(f -> f.getString("function").equals(function)),
        "not yet reviewed");

    assertRefused(
        Api.as("foundation").postJson("/api/candidacies/" + id + "/review", verdicts(true)));
    assertRefused(
        Api.as("policy-montes").postJson("/api/candidacies/" + id + "/review", verdicts(true)));
    var reviewed = Api.as("policy").postJson("/api/candidacies/" + id + "/review", verdicts(true));
    assertEquals(200, reviewed.statusCode(), reviewed.body());
    assertEquals(8, Api.json(reviewed).getInt("counted"));

    assertTrue(
        findings("LAC").stream()
            .anyMatch(
                f ->
                    f.getString("function").equals(function)
                        && f.getString("kind").equals("COMMONS_CAPABLE")));
  }

  @Test
  void aJustifiedFindingIsJustified() {
    String function = function(Api.as("admin"), "LAC", "CONFEDERAL", "LOCAL", false);
    String finding = "LAC:" + function + ":SHOULD_BE_CANTONAL";

    assertRefused(
        Api.as("policy-montes")
            .postJson(
                "/api/findings/" + finding + "/justification",
                "{\"reason\":\"uniform regulation\",\"until\":\""
                    + ServerClock.TODAY.plusYears(1)
                    + "\"}"));
    assertProblem(
        Api.as("policy")
            .postJson(
                "/api/findings/" + finding + "/justification",
                "{\"reason\":\"\",\"until\":\"" + ServerClock.TODAY.minusDays(1) + "\"}"),
        400,
        "Invalid input");
    var justified =
        Api.as("policy")
            .postJson(
                "/api/findings/" + finding + "/justification",
                "{\"reason\":\"needs uniform regulation\",\"until\":\""
                    + ServerClock.TODAY.plusYears(1)
                    + "\"}");

    assertEquals(200, justified.statusCode(), justified.body());
    assertEquals("JUSTIFIED", Api.json(justified).getString("status"));
    assertTrue(
        findings("LAC").stream()
            .anyMatch(
                f ->
                    f.getString("id").equals(finding)
                        && f.getString("status").equals("JUSTIFIED")));
    assertTrue(
        findings("MON").stream()
            .anyMatch(
                f ->
                    f.getString("id").equals("MON:" + function + ":SHOULD_BE_CANTONAL")
                        && f.getString("status").equals("OPEN")),
        "a justification is one canton's");
  }

  @Test
  void aSecondJustificationCountsAndTheFirstStaysInTheFindingsHistory() {
    String function = function(Api.as("admin"), "LAC", "CONFEDERAL", "LOCAL", false);
    String finding = "LAC:" + function + ":SHOULD_BE_CANTONAL";
    String path = "/api/findings/" + finding + "/justification";
    assertEquals(
        200,
        Api.as("policy")
            .postJson(
                path,
                "{\"reason\":\"needs uniform regulation\",\"until\":\""
                    + ServerClock.TODAY.plusYears(2)
                    + "\"}")
            .statusCode());

    var second =
        Api.as("policy")
            .postJson(
                path,
                "{\"reason\":\"until the cantons agree\",\"until\":\""
                    + ServerClock.TODAY.plusMonths(1)
                    + "\"}");

    assertEquals(200, second.statusCode(), second.body());
    JsonObject shown =
        findings("LAC").stream()
            .filter(f -> f.getString("id").equals(finding))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "until the cantons agree", shown.getString("justification"), "S4: the latest counts");
    assertEquals(ServerClock.TODAY.plusMonths(1).toString(), shown.getString("justifiedUntil"));
    var history = shown.getJsonArray("history");
    assertEquals(2, history.size());
    assertEquals("until the cantons agree", history.getJsonObject(0).getString("reason"));
    assertTrue(history.getJsonObject(0).getBoolean("counts"));
    assertEquals("needs uniform regulation", history.getJsonObject(1).getString("reason"));
    assertTrue(!history.getJsonObject(1).getBoolean("counts"));
    assertEquals(Api.json(second).getJsonArray("history"), history);
  }

  @Test
  void onlyTheRightRolesRegisterFunctions() {
    String body =
        "{\"id\":\"nope-x\",\"name\":\"X\",\"level\":\"CANTONAL\",\"scope\":\"LOCAL\",\"coercive\":false}";
    assertRefused(Api.as("policy-montes").postJson("/api/cantons/LAC/functions", body));
    assertRefused(Api.as("clerk").postJson("/api/cantons/LAC/functions", body));
    assertRefused(Api.as("foundation").postJson("/api/cantons/LAC/functions", body));
    assertRefused(
        Api.as("policy")
            .postJson("/api/cantons/LAC/functions", body.replace("CANTONAL", "CONFEDERAL")));
    var bad =
        Api.as("policy")
            .postJson("/api/cantons/LAC/functions", "{\"id\":\"Bad Id\",\"level\":\"CANTONAL\"}");
    assertProblem(bad, 400, "Invalid input");
  }

  @Test
  void theReviewDownloadsAsCsvAndPdfAndTheDashboardCounts() throws Exception {
    var csv =
        FoundationReportsApiIT.fetch("policy", "/api/cantons/LAC/subsidiarity-review", "text/csv");
    assertEquals(200, csv.statusCode());
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.startsWith("# subsidiarity review of LAC on " + ServerClock.TODAY), text);
    assertTrue(text.contains("LAC:lac-libraries:COMMONS_CAPABLE,S1"), text);
    var pdf =
        FoundationReportsApiIT.fetch(
            "policy", "/api/cantons/LAC/subsidiarity-review", "application/pdf");
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String content = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertTrue(
          content.contains("reviewed on " + ServerClock.TODAY)
              && content.contains("COMMONS_CAPABLE"),
          content);
    }
    var dashboard = Api.json(Api.as("policy").get("/api/cantons/LAC/subsidiarity-dashboard"));
    assertTrue(dashboard.getJsonNumber("open").longValue() > 0);
    assertTrue(dashboard.getJsonObject("functionsByLevel").getInt("CANTONAL") > 0);
    assertTrue(!dashboard.getJsonArray("trend").isEmpty());
  }
}
