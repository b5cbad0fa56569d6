package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.confederatio.it.ServerClock.TODAY;
import static org.confederatio.it.ServerClock.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, item 3: an input never changes meaning on its way in. Numbers that would wrap, be cut
 * or be coerced, decimals with more places than kept, impossible or implausible dates, over-long
 * texts and malformed parameters are each a 400 problem naming the field, and nothing is stored.
 * Each test works on a canton, people, functions and names the class creates, and reads back only
 * those.
 */
class StrictInputIT {

  /** A problem names no Java type, package or exception. */
  private static final Pattern JAVA =
      Pattern.compile("(java|jakarta|org\\.(eclipse|apache|confederatio))\\.[a-z]|Exception");

  private static final String LONG = "x".repeat(5000);
  private static final int LAST_YEAR = YEAR - 1;

  /** The class's own canton, its founding policy from two years ago; its clerk and officer. */
  private static TestCanton canton;

  private static Api clerk;
  private static Api policy;
  private static Api foundation;

  @BeforeAll
  static void aCantonOfItsOwn() {
    canton = Fixture.canton();
    clerk = canton.clerk;
    policy = canton.policy;
    foundation =
        Fixture.foundation(Fixture.organization("COMMONS_FOUNDATION", "Strict Input Commons"));
  }

  /** A 400 problem naming {@code field} first among its violations, and naming no Java class. */
  static void assertInvalid(HttpResponse<String> response, String field) {
    assertProblem(response, 400, "Invalid input");
    assertFalse(JAVA.matcher(response.body()).find(), response.body());
    var fields =
        Api.json(response).getJsonArray("violations").stream()
            .map(v -> v.asJsonObject().getString("field"))
            .toList();
    assertTrue(fields.contains(field), field + " in " + response.body());
  }

  /** A person of the canton since 2000, with no assessment and no designation yet. */
  private String taxpayer() {
    String id = "S-" + UUID.randomUUID().toString().substring(0, 12);
    var created =
        clerk.postJson(
            canton.path("/people"),
            """
            {"id":"%s","name":"Strict Input","born":"1970-01-01","residentSince":"2000-01-01"}"""
                .formatted(id));
    assertEquals(201, created.statusCode(), created.body());
    return id;
  }

  private HttpResponse<String> paperForm(String id, String json) {
    return clerk.putJson(canton.path("/taxpayers/" + id + "/designations/" + LAST_YEAR), json);
  }

  private int designationsOf(String id) {
    return Api.json(clerk.get(canton.path("/taxpayers/" + id + "?year=" + LAST_YEAR)))
        .getJsonArray("history")
        .size();
  }

  private static String form(String basisPoints, String madeOn) {
    return """
        {"version":null,"madeOn":"%s","shares":[{"recipient":"canton","basisPoints":%s}]}"""
        .formatted(madeOn, basisPoints);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4294977296", // 2^32 + 10000: was read as 10000
        "2147483648", // was read as a negative number
        "10000.5", // was cut to 10000
        "10000.0",
        "1e4",
        "1E+4",
        "\"10000\"", // a string where a number belongs
        "true",
        "[10000]"
      })
  void aShareThatWouldChangeMeaningIsRefusedByNameAndNothingIsStored(String basisPoints) {
    String id = taxpayer();

    var refused = paperForm(id, form(basisPoints, LAST_YEAR + "-03-01"));

    assertInvalid(refused, "shares[0].basisPoints");
    assertEquals(0, designationsOf(id), "nothing was stored");
  }

  @Test
  void aProblemIsInTheCallersLanguageAndNamesTheFieldsAsTheApiDoes() {
    String nameless = "{\"name\":\"\",\"born\":\"1970-01-01\",\"residentSince\":\"2000-01-01\"}";

    var spanish = clerk.postJsonWithLanguage(canton.path("/people"), nameless, "es-ES,es;q=0.9");
    assertProblem(spanish, 400, "Datos no válidos");
    assertTrue(Api.json(spanish).getString("detail").contains("no válido"), spanish.body());
    var fields =
        Api.json(spanish).getJsonArray("violations").stream()
            .map(v -> v.asJsonObject().getString("field"))
            .toList();
    assertTrue(fields.contains("name"), "the field keeps its API name: " + spanish.body());

    assertProblem(
        clerk.postJsonWithLanguage(canton.path("/people"), nameless, "eo"),
        400,
        "Nevalidaj datumoj");
    // a language the UI does not speak, or none: English, as before
    assertInvalid(clerk.postJsonWithLanguage(canton.path("/people"), nameless, "fr-CH"), "name");
    assertInvalid(clerk.postJson(canton.path("/people"), nameless), "name");
    assertProblem(clerk.getWithLanguage("/api/no-such-thing", "es"), 404, "No encontrado");
  }

  @Test
  void theSameFormWrittenPlainlyIsStored() {
    String id = taxpayer();
    // assessed, so that the stored form counts and stays out of others' lists of forms that do not
    var assessed =
        clerk.putJson(
            canton.path("/taxpayers/" + id + "/assessments/" + LAST_YEAR), "{\"tax\":\"10.00\"}");
    assertEquals(200, assessed.statusCode(), assessed.body());

    var stored = paperForm(id, form("10000", LAST_YEAR + "-03-01"));

    assertEquals(200, stored.statusCode(), stored.body());
    assertEquals(1, designationsOf(id));
  }

  @Test
  void anUnknownFieldATypoOrAFieldGivenTwiceIsRefused() {
    String id = taxpayer();

    assertInvalid(
        paperForm(
            id,
            """
            {"version":null,"madeOn":"%s-03-01","shares":[{"recipient":"canton","basisPoint":10000}]}"""
                .formatted(LAST_YEAR)),
        "shares[0].basisPoint");
    assertInvalid(
        paperForm(
            id,
            """
            {"version":null,"madeOn":"%s-03-01","madeOn":"%s-03-02","shares":[]}"""
                .formatted(LAST_YEAR, LAST_YEAR)),
        "madeOn");
    assertInvalid(paperForm(id, "{\"version\":\"12\",\"shares\":[]}"), "version");
    var unreadable = paperForm(id, "{\"shares\":");
    assertProblem(unreadable, 400, "Unreadable body");
    assertFalse(JAVA.matcher(unreadable.body()).find(), unreadable.body());
    assertInvalid(paperForm(id, "[1,2]"), "body");
    assertEquals(0, designationsOf(id));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-30", // no such day
        "1900-01-01", // before the fiscal year it designates for
        "0001-01-01",
        "9999-12-31" // after the day it is recorded
      })
  void aMadeOnOutsideItsWindowIsRefused(String madeOn) {
    String id = taxpayer();

    assertInvalid(paperForm(id, form("10000", madeOn)), "madeOn");
    assertEquals(0, designationsOf(id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e3", "١٢٣", "+100", "100.001", "-5", "12,50", "1 000"})
  void aTaxThatIsNotAPlainAmountIsRefused(String tax) {
    String id = taxpayer();

    var refused =
        clerk.putJson(
            canton.path("/taxpayers/" + id + "/assessments/" + LAST_YEAR),
            "{\"tax\":\"" + tax + "\"}");

    assertInvalid(refused, "tax");
    var file = Api.json(clerk.get(canton.path("/taxpayers/" + id + "?year=" + LAST_YEAR)));
    assertTrue(DesignationsApiIT.absent(file, "assessment"), "nothing was stored");
  }

  @Test
  void aPersonOutsideThePlausibleWindowsOrWithOverlongTextsIsRefused() {
    String id = "S-" + UUID.randomUUID().toString().substring(0, 12);
    String person =
        """
        {"id":"%s","name":"%s","born":"%s","residentSince":"%s","nationality":"%s","placeOfOrigin":"%s"}""";
    record Case(
        String name, String born, String since, String nationality, String origin, String field) {}
    for (Case c :
        List.of(
            new Case("Ok", "0001-01-01", "2000-01-01", "PT", "", "born"),
            new Case("Ok", "1899-12-31", "2000-01-01", "PT", "", "born"),
            new Case("Ok", TODAY.plusDays(1).toString(), "2000-01-01", "PT", "", "born"),
            new Case("Ok", "1990-02-30", "2000-01-01", "PT", "", "born"),
            new Case("Ok", "1990-01-01", "2099-01-01", "PT", "", "residentSince"),
            new Case("Ok", "1990-01-01", "1989-12-31", "PT", "", "residentSince"),
            new Case(LONG, "1990-01-01", "2000-01-01", "PT", "", "name"),
            new Case("Ok", "1990-01-01", "2000-01-01", LONG, "", "nationality"),
            new Case("Ok", "1990-01-01", "2000-01-01", "PT", LONG, "placeOfOrigin"))) {
      var refused =
          clerk.postJson(
              canton.path("/people"),
              person.formatted(id, c.name(), c.born(), c.since(), c.nationality(), c.origin()));
      assertInvalid(refused, c.field());
    }
    assertEquals(404, clerk.get("/api/people/" + id).statusCode(), "nothing was stored");
  }

  @Test
  void aMoveOrADeathInTheFutureOrBeforeBirthIsRefused() {
    String id = taxpayer();

    assertInvalid(
        clerk.postJson(
            "/api/people/" + id + "/moves",
            "{\"canton\":null,\"date\":\"" + TODAY.plusYears(1) + "\"}"),
        "date");
    assertInvalid(
        clerk.postJson("/api/people/" + id + "/moves", "{\"canton\":null,\"date\":\"1960-01-01\"}"),
        "date");
    assertInvalid(
        clerk.postJson("/api/people/" + id + "/death", "{\"date\":\"" + TODAY.plusDays(1) + "\"}"),
        "date");
    assertInvalid(
        clerk.patchJson("/api/people/" + id, "{\"nationality\":\"" + LONG + "\"}"), "nationality");

    var person = Api.json(clerk.get("/api/people/" + id));
    assertTrue(DesignationsApiIT.absent(person, "died"));
    assertEquals(1, person.getJsonArray("residences").size());
    assertTrue(DesignationsApiIT.absent(person, "nationality"));
  }

  @Test
  void aPolicyRateWithMorePlacesThanKeptOrAnImpossibleDecisionDayIsRefused() {
    int year = YEAR + 5;
    String draft =
        """
        {"validFrom":%d,"designableRate":"%s","weighting":"BY_AMOUNT","undesignated":"RETAIN",
         "maxRecipients":1,"deadline":"06-30","votingAge":18,"minResidenceMonths":0,
         "decisionTitle":"Strict input test","decisionAdopted":"%s","decisionReference":"test"}""";
    var before = policy.get(canton.path("/policies/" + year));

    assertInvalid(
        policy.postJson(
            canton.path("/policies"),
            draft.formatted(year, "0.012345678901234567890123456789", TODAY)),
        "designableRate");
    assertInvalid(
        policy.postJson(canton.path("/policies"), draft.formatted(year, "1e-2", TODAY)),
        "designableRate");
    assertInvalid(
        policy.postJson(canton.path("/policies"), draft.formatted(year, "0.01", "2026-02-30")),
        "decisionAdopted");
    assertInvalid(
        policy.postJson(canton.path("/policies"), draft.formatted(20260, "0.01", TODAY)),
        "validFrom");

    var after = policy.get(canton.path("/policies/" + year));
    assertEquals(before.statusCode(), after.statusCode());
    assertEquals(before.body(), after.body(), "nothing was stored");
  }

  @Test
  void aBooleanIsTrueOrFalseAndATextFitsItsColumn() {
    String id = "f-" + UUID.randomUUID().toString().substring(0, 8);
    String function =
        """
        {"id":"%s","name":"%s","level":"CANTONAL","scope":"LOCAL","coercive":%s,"delegatedBy":[]}""";

    assertInvalid(
        policy.postJson(canton.path("/functions"), function.formatted(id, "Ok", "\"yes\"")),
        "coercive");
    assertInvalid(
        policy.postJson(canton.path("/functions"), function.formatted(id, "Ok", "1")), "coercive");
    assertInvalid(
        policy.postJson(canton.path("/functions"), function.formatted(id, LONG, "false")), "name");
    assertInvalid(
        policy.postJson(
            canton.path("/functions"),
            function.formatted(id, "Ok", "false").replace("LOCAL", "NOWHERE")),
        "scope");

    assertFalse(policy.get(canton.path("/functions")).body().contains(id), "nothing was stored");
  }

  @Test
  void longNamesOfCantonsOrganizationsAndElectionsAreRefused() {
    String code = Codes.fresh();
    assertInvalid(
        Fixture.ADMIN.postJson(
            "/api/cantons", "{\"code\":\"" + code + "\",\"name\":\"" + LONG + "\"}"),
        "name");
    assertEquals(404, Fixture.ADMIN.get("/api/cantons/" + code).statusCode());

    String org = "o-" + UUID.randomUUID().toString().substring(0, 8);
    assertInvalid(
        Fixture.ADMIN.postJson(
            "/api/organizations",
            "{\"id\":\"%s\",\"name\":\"%s\",\"kind\":\"PHYLE\"}".formatted(org, LONG)),
        "name");
    assertEquals(404, Fixture.ADMIN.get("/api/organizations/" + org).statusCode());

    assertInvalid(
        clerk.postJson(
            canton.path("/elections"),
            "{\"name\":\"" + LONG + "\",\"referenceDate\":\"" + TODAY + "\"}"),
        "name");
    assertInvalid(
        clerk.postJson(
            canton.path("/elections"),
            "{\"name\":\"Strict " + UUID.randomUUID() + "\",\"referenceDate\":\"2999-01-01\"}"),
        "referenceDate");
  }

  @Test
  void aLongIdInTheAddressIsNotFoundOrMalformedNeverAnError() {
    assertEquals(404, clerk.get("/api/people/" + LONG).statusCode());
    assertEquals(404, clerk.get(canton.path("/taxpayers/" + LONG)).statusCode());
    assertInvalid(Fixture.ADMIN.get("/api/organizations/" + "a".repeat(5000)), "id");
    assertInvalid(Fixture.ADMIN.get("/api/cantons/" + "A".repeat(5000)), "code");
  }

  @Test
  void longTextsInAddressesAndQueriesAreNeverAnError() {
    String id = "x".repeat(5000);
    for (var response :
        List.of(
            foundation.postJson("/api/functions/" + id + "/candidacies", "{}"),
            policy.postJson(
                "/api/findings/" + canton.code + ":" + id + ":NOT_DELEGATED/justification",
                "{\"reason\":\"r\",\"until\":\"" + TODAY.plusDays(5) + "\"}"),
            Fixture.ADMIN.postJson("/api/bodies/" + id + "/settlements", "{\"year\":2025}"),
            Fixture.ADMIN.get("/api/foundations/" + id + "/reports"),
            Fixture.ADMIN.get("/api/organizations/" + id + "/accreditations"),
            clerk.get(canton.path("/taxpayers?q=" + id)),
            Fixture.ADMIN.get("/api/organizations?kind=" + id),
            Api.anonymous().get("/api/verify/" + id),
            clerk.get("/api/imports/" + id))) {
      assertTrue(response.statusCode() < 500, response.body());
      assertFalse(JAVA.matcher(response.body()).find(), response.body());
    }
  }

  @Test
  void theLongestTextsACandidacyKeepsAreStoredWholeAndReviewed() {
    String function = "f-" + UUID.randomUUID().toString().substring(0, 8);
    var created =
        policy.postJson(
            canton.path("/functions"),
            """
                {"id":"%s","name":"Long texts","level":"CANTONAL","scope":"LOCAL",
                 "coercive":false,"delegatedBy":[]}"""
                .formatted(function));
    assertEquals(201, created.statusCode(), created.body());
    // quotes double in the JSON of the audit entry: the longest texts, escaped, still fit
    String text = "\\\"".repeat(2000);
    List<String> principles = RollWorld.PRINCIPLES;
    StringBuilder claims = new StringBuilder("{\"principles\":[");
    StringBuilder verdicts = new StringBuilder("{\"principles\":[");
    for (int i = 0; i < principles.size(); i++) {
      claims
          .append(i == 0 ? "" : ",")
          .append(
              "{\"principle\":\"%s\",\"met\":true,\"evidence\":\"%s\"}"
                  .formatted(principles.get(i), text));
      verdicts
          .append(i == 0 ? "" : ",")
          .append(
              "{\"principle\":\"%s\",\"accepted\":true,\"comment\":\"%s\"}"
                  .formatted(principles.get(i), text));
    }
    claims.append("]}");
    verdicts.append("]}");

    assertInvalid(
        foundation.postJson(
            "/api/functions/" + function + "/candidacies",
            claims.toString().replaceFirst("\"evidence\":\"", "\"evidence\":\"x")),
        "principles[0].evidence");
    assertInvalid(
        foundation.postJson(
            "/api/functions/" + function + "/candidacies",
            claims.toString().replace("[{\"principle", "[null,{\"principle")),
        "principles[0]");
    var submitted =
        foundation.postJson("/api/functions/" + function + "/candidacies", claims.toString());
    assertEquals(201, submitted.statusCode(), submitted.body());
    long id = Api.json(submitted).getJsonNumber("id").longValue();
    var reviewed = policy.postJson("/api/candidacies/" + id + "/review", verdicts.toString());

    assertEquals(200, reviewed.statusCode(), reviewed.body());
    var principle = Api.json(reviewed).getJsonArray("principles").getJsonObject(0);
    assertEquals(2000, principle.getString("comment").length());
    assertEquals(2000, principle.getString("evidence").length());
  }

  @Test
  void aMalformedQueryOrPathParameterIsA400NamingIt() {
    assertInvalid(clerk.get(canton.path("/taxpayers?year=abc")), "year");
    assertInvalid(clerk.get(canton.path("/taxpayers?year=%D9%A2%D9%A0%D9%A2%D9%A5")), "year");
    assertInvalid(clerk.get(canton.path("/taxpayers?year=2025.0")), "year");
    assertInvalid(clerk.get(canton.path("/taxpayers?page=1e3")), "page");
    assertInvalid(clerk.get(canton.path("/taxpayers?size=99999999999")), "size");
    assertInvalid(clerk.get("/api/elections/abc"), "id");
    assertInvalid(clerk.get(canton.path("/roll?date=2026-02-30")), "date");
    assertInvalid(policy.get(canton.path("/policies/twenty")), "validFrom");
  }
}
