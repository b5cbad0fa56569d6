package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.confederatio.it.ApiSecurityIT.assertRefused;
import static org.confederatio.it.RollWorld.claims;
import static org.confederatio.it.RollWorld.function;
import static org.confederatio.it.RollWorld.verdicts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subsidiarity review of a canton of the test's own, candidacies, justifications, and who may
 * do what. A canton's review lists every confederal function, including other tests': each test
 * reads only the findings of the functions it registered.
 */
class SubsidiarityApiIT {

  private final TestCanton canton = Fixture.canton();
  private final String organization = Fixture.organization("COMMONS_FOUNDATION", "Open Scholars");
  private final Api foundation = Fixture.foundation(organization);

  private static List<JsonObject> findings(Api reader, String canton) {
    return Api.json(reader.get("/api/cantons/" + canton + "/subsidiarity-review"))
        .getJsonArray("findings")
        .stream()
        .map(v -> v.asJsonObject())
        .toList();
  }

  private List<JsonObject> findings() {
    return findings(canton.policy, canton.code);
  }

  private String cantonal(String name, String scope, boolean coercive) {
    return function(canton.policy, canton.code, name, "CANTONAL", scope, coercive);
  }

  /** A confederal function of local scope, delegated by the cantons named. */
  private String confederalLocal(String... delegatedBy) {
    return function(
        Fixture.ADMIN, canton.code, "Street lighting", "CONFEDERAL", "LOCAL", false, delegatedBy);
  }

  @Test
  void aCantonsReviewHasEachKindOfFindingAndNeverFlagsPolicingOrCourtsUnderS1() {
    String libraries = cantonal("Public libraries", "LOCAL", false);
    String water = cantonal("Water supply", "LOCAL", false);
    String policing = cantonal("Policing", "CANTONAL", true);
    String courts = cantonal("Courts", "CANTONAL", true);
    String inspection =
        function(
            Fixture.ADMIN,
            canton.code,
            "School inspection",
            "CONFEDERAL",
            "CANTONAL",
            false,
            canton.code);
    String levy =
        function(
            Fixture.ADMIN, canton.code, "Solidarity levy", "CONFEDERAL", "TRANSNATIONAL", true);
    // libraries and policing: all eight principles accepted; water: seven of eight
    RollWorld.review(canton.policy, RollWorld.candidacy(foundation, libraries));
    RollWorld.review(canton.policy, RollWorld.candidacy(foundation, policing));
    RollWorld.review(canton.policy, RollWorld.candidacy(foundation, water), "GRADUATED_SANCTIONS");
    Api citizen = canton.citizen("Rea Reader").api();
    List<String> ours = List.of(libraries, water, policing, courts, inspection, levy);
    List<JsonObject> findings =
        findings(citizen, canton.code).stream()
            .filter(f -> ours.contains(f.getString("function")))
            .toList();

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
                        && (f.getString("function").equals(policing)
                            || f.getString("function").equals(courts))));
    JsonObject commons =
        findings.stream()
            .filter(f -> f.getString("function").equals(libraries))
            .findFirst()
            .orElseThrow();
    assertTrue(
        commons.getString("facts").contains(organization + " (meets 8 of 8"), commons.toString());
    assertTrue(
        findings.stream().noneMatch(f -> f.getString("function").equals(water)),
        "seven of eight reviewed principles are not viable under the default policy");
    var review = Api.json(citizen.get(canton.path("/subsidiarity-review")));
    assertTrue(
        review.getJsonArray("compliant").stream()
            .anyMatch(f -> f.asJsonObject().getString("id").equals(policing)),
        "S5: compliant functions listed");
  }

  @Test
  void aCandidacyCountsOnlyOnceItsPrinciplesAreReviewed() {
    TestCanton other = Fixture.canton();
    String function = cantonal("Community gardens", "LOCAL", false);
    var submitted = foundation.postJson("/api/functions/" + function + "/candidacies", claims(8));
    assertEquals(201, submitted.statusCode(), submitted.body());
    long id = Api.json(submitted).getJsonNumber("id").longValue();
    assertTrue(
        findings().stream().noneMatch(f -> f.getString("function").equals(function)),
        "not yet reviewed");

    assertRefused(foundation.postJson("/api/candidacies/" + id + "/review", verdicts(true)));
    assertRefused(other.policy.postJson("/api/candidacies/" + id + "/review", verdicts(true)));
    var reviewed = canton.policy.postJson("/api/candidacies/" + id + "/review", verdicts(true));
    assertEquals(200, reviewed.statusCode(), reviewed.body());
    assertEquals(8, Api.json(reviewed).getInt("counted"));

    assertTrue(
        findings().stream()
            .anyMatch(
                f ->
                    f.getString("function").equals(function)
                        && f.getString("kind").equals("COMMONS_CAPABLE")));
  }

  @Test
  void aJustifiedFindingIsJustified() {
    TestCanton other = Fixture.canton();
    String function = confederalLocal(canton.code, other.code);
    String finding = canton.code + ":" + function + ":SHOULD_BE_CANTONAL";

    assertRefused(
        other.policy.postJson(
            "/api/findings/" + finding + "/justification",
            "{\"reason\":\"uniform regulation\",\"until\":\""
                + ServerClock.TODAY.plusYears(1)
                + "\"}"));
    assertProblem(
        canton.policy.postJson(
            "/api/findings/" + finding + "/justification",
            "{\"reason\":\"\",\"until\":\"" + ServerClock.TODAY.minusDays(1) + "\"}"),
        400,
        "Invalid input");
    var justified =
        canton.policy.postJson(
            "/api/findings/" + finding + "/justification",
            "{\"reason\":\"needs uniform regulation\",\"until\":\""
                + ServerClock.TODAY.plusYears(1)
                + "\"}");

    assertEquals(200, justified.statusCode(), justified.body());
    assertEquals("JUSTIFIED", Api.json(justified).getString("status"));
    assertTrue(
        findings().stream()
            .anyMatch(
                f ->
                    f.getString("id").equals(finding)
                        && f.getString("status").equals("JUSTIFIED")));
    assertTrue(
        findings(other.policy, other.code).stream()
            .anyMatch(
                f ->
                    f.getString("id").equals(other.code + ":" + function + ":SHOULD_BE_CANTONAL")
                        && f.getString("status").equals("OPEN")),
        "a justification is one canton's");
  }

  @Test
  void aSecondJustificationCountsAndTheFirstStaysInTheFindingsHistory() {
    String function = confederalLocal(canton.code);
    String finding = canton.code + ":" + function + ":SHOULD_BE_CANTONAL";
    String path = "/api/findings/" + finding + "/justification";
    assertEquals(
        200,
        canton
            .policy
            .postJson(
                path,
                "{\"reason\":\"needs uniform regulation\",\"until\":\""
                    + ServerClock.TODAY.plusYears(2)
                    + "\"}")
            .statusCode());

    var second =
        canton.policy.postJson(
            path,
            "{\"reason\":\"until the cantons agree\",\"until\":\""
                + ServerClock.TODAY.plusMonths(1)
                + "\"}");

    assertEquals(200, second.statusCode(), second.body());
    JsonObject shown =
        findings().stream()
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
    TestCanton other = Fixture.canton();
    String functions = canton.path("/functions");
    String id = Fixture.unique("nope");
    String body =
        "{\"id\":\""
            + id
            + "\",\"name\":\"X\",\"level\":\"CANTONAL\",\"scope\":\"LOCAL\",\"coercive\":false}";
    assertRefused(other.policy.postJson(functions, body));
    assertRefused(canton.clerk.postJson(functions, body));
    assertRefused(foundation.postJson(functions, body));
    assertRefused(canton.policy.postJson(functions, body.replace("CANTONAL", "CONFEDERAL")));
    var bad = canton.policy.postJson(functions, "{\"id\":\"Bad Id\",\"level\":\"CANTONAL\"}");
    assertProblem(bad, 400, "Invalid input");
    var review = Api.json(canton.policy.get(canton.path("/subsidiarity-review")));
    assertTrue(
        !review.toString().contains(id) && review.getJsonArray("compliant").isEmpty(),
        "nothing was registered: " + review);
  }

  @Test
  void theReviewDownloadsAsCsvAndPdfAndTheDashboardCounts() throws Exception {
    String libraries = cantonal("Public libraries", "LOCAL", false);
    RollWorld.review(canton.policy, RollWorld.candidacy(foundation, libraries));

    var csv = canton.policy.download(canton.path("/subsidiarity-review"), "text/csv");
    assertEquals(200, csv.statusCode());
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith("# subsidiarity review of " + canton.code + " on " + ServerClock.TODAY),
        text);
    assertTrue(text.contains(canton.code + ":" + libraries + ":COMMONS_CAPABLE,S1"), text);
    var pdf = canton.policy.download(canton.path("/subsidiarity-review"), "application/pdf");
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String content = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      // the day in words, the finding as a sentence with its rule, and the pages numbered
      String day =
          java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
              .withLocale(java.util.Locale.ENGLISH)
              .format(ServerClock.TODAY);
      assertTrue(
          content.contains("Reviewed on " + day)
              && content.contains("Could be run as commons (rule S1)")
              && content.contains("Page 1 of " + document.getNumberOfPages()),
          content);
    }
    // in Spanish when asked for it, headers included; the CSV above stays English
    var spanish =
        canton.policy.download(
            canton.path("/subsidiarity-files/review.pdf") + "?lang=es", "application/pdf");
    assertEquals(200, spanish.statusCode());
    try (var document = org.apache.pdfbox.Loader.loadPDF(spanish.body())) {
      String content = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertTrue(
          content.contains("Revisión de subsidiariedad")
              && content.contains("Podría gestionarse como bien común (regla S1)")
              && content.contains("Página 1 de"),
          content);
    }
    var dashboard = Api.json(canton.policy.get(canton.path("/subsidiarity-dashboard")));
    assertTrue(dashboard.getJsonNumber("open").longValue() > 0);
    assertEquals(1, dashboard.getJsonObject("functionsByLevel").getInt("CANTONAL"), "ours");
    assertTrue(!dashboard.getJsonArray("trend").isEmpty());
  }
}
