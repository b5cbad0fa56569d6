package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A canton's dated policy: scheduling, changing, refusing, and the what-if, in a canton of the
 * test's own (its founding policy is in force from {@link TestCanton#FIRST_YEAR}).
 */
class CantonPoliciesApiIT {

  private final TestCanton canton = Fixture.canton();
  private final Api policy = canton.policy;
  private final String policies = canton.path("/policies");

  /** Next year: a fresh canton has nothing scheduled yet. */
  private static final int NEXT_YEAR = ServerClock.YEAR + 1;

  /** An organization that renounces the undesignated share in the drafts. */
  private final String renouncing = Fixture.organization("PHYLE", "Renouncing Phyle");

  private String draft(int validFrom, String rate) {
    return """
        {"validFrom":%d,"designableRate":"%s","weighting":"BY_HEADCOUNT","undesignated":"PROPORTIONAL",
         "renouncing":["%s"],"cap":"250000.00","minimumPayout":"5.00","maxRecipients":2,
         "deadline":"05-31","votingAge":17,"minResidenceMonths":6,
         "decisionTitle":"Law on designations, revised","decisionAdopted":"%s",
         "decisionReference":"https://lacus.example.org/laws/revised"}"""
        .formatted(validFrom, rate, renouncing, ServerClock.TODAY);
  }

  @Test
  void aPolicyOfficerSchedulesAVersionAndChangesItWhileNobodyElseDid() {
    int year = NEXT_YEAR;
    var created = policy.postJson(policies, draft(year, "0.012"));
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("SCHEDULED", Api.json(created).getString("standing"));
    String etag = created.headers().firstValue("ETag").orElseThrow();

    var changed = policy.putJson(policies + "/" + year, draft(year, "0.009"), etag);
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals("0.009", Api.json(changed).getString("designableRate"));

    var stale = policy.putJson(policies + "/" + year, draft(year, "0.005"), etag);
    assertProblem(stale, 409, "Conflict");
    var history = Api.structure(canton.citizen("Cleo Citizen").api().get(policies)).asJsonArray();
    assertTrue(
        history.stream()
            .anyMatch(
                v ->
                    v.asJsonObject().getInt("validFrom") == year
                        && v.asJsonObject()
                            .getJsonObject("decision")
                            .getString("title")
                            .equals("Law on designations, revised")));
  }

  @Test
  void aVersionInForceIsReadOnly() {
    String founding = policies + "/" + TestCanton.FIRST_YEAR;
    var inForce = policy.get(founding);
    assertEquals("IN_FORCE", Api.json(inForce).getString("standing"));

    var refused =
        policy.putJson(
            founding,
            draft(TestCanton.FIRST_YEAR, "0.02"),
            inForce.headers().firstValue("ETag").orElseThrow());

    assertProblem(refused, 409, "Conflict");
    assertEquals("0.01", Api.json(policy.get(founding)).getString("designableRate"));
  }

  @Test
  void everyWrongFieldAndCombinationIsNamed() {
    String body =
        """
        {"validFrom":2020,"designableRate":"0.2","weighting":"BY_WEALTH","undesignated":"RETAIN",
         "renouncing":["free-farmers"],"maxRecipients":0,"deadline":"02-30","votingAge":200,
         "minResidenceMonths":6,"decisionTitle":"","decisionAdopted":"2031-01-01","decisionReference":"x"}""";

    var refused = policy.postJson(policies, body.replace("free-farmers", renouncing));

    assertProblem(refused, 400, "Invalid input");
    var fields =
        Api.json(refused).getJsonArray("violations").stream()
            .map(v -> v.asJsonObject().getString("field"))
            .distinct()
            .sorted()
            .toList();
    assertEquals(
        java.util.List.of(
            "deadline",
            "decisionAdopted",
            "decisionTitle",
            "designableRate",
            "maxRecipients",
            "renouncing",
            "validFrom",
            "votingAge",
            "weighting"),
        fields);
  }

  @Test
  void theFundTreatmentNeedsARegisteredFund() {
    String body =
        draft(NEXT_YEAR, "0.01")
            .replace("\"PROPORTIONAL\"", "\"FUND\"")
            .replace("\"renouncing\":[\"" + renouncing + "\"],", "");

    var noFund = policy.postJson(policies, body);
    assertProblem(noFund, 400, "Invalid input");
    var notAFund =
        policy.postJson(
            policies, body.replace("\"cap\"", "\"fund\":\"" + renouncing + "\",\"cap\""));
    assertProblem(notAFund, 400, "Invalid input");
    assertTrue(Api.json(notAFund).getString("detail").contains("CONFEDERAL_FUND"), notAFund.body());
  }

  @Test
  void theWhatIfShowsBothAllocationsLineByLineEachSummingToItsPot() {
    // this year's taxpayers: one designates an organization, two leave their share undesignated
    String chosen = Fixture.organization("PHYLE", "Chosen Phyle");
    Fixture.accredit(chosen, canton.code, TestCanton.FIRST_YEAR);
    canton.designate(canton.taxpayer("1000.00"), chosen);
    canton.taxpayer("2500.00");
    canton.taxpayer("733.33");

    var response =
        policy.postJson(policies + "/what-if?year=" + ServerClock.YEAR, draft(NEXT_YEAR, "0.02"));

    assertEquals(200, response.statusCode(), response.body());
    var result = Api.json(response);
    var lines = result.getJsonArray("lines");
    assertTrue(lines.size() > 1, response.body());
    BigDecimal inForce = BigDecimal.ZERO;
    BigDecimal drafted = BigDecimal.ZERO;
    for (var line : lines) {
      inForce = inForce.add(new BigDecimal(line.asJsonObject().getString("inForce")));
      drafted = drafted.add(new BigDecimal(line.asJsonObject().getString("draft")));
    }
    assertEquals(new BigDecimal(result.getString("potInForce")), inForce);
    assertEquals(new BigDecimal(result.getString("potDraft")), drafted);
    BigDecimal twice =
        new BigDecimal(result.getString("potInForce")).multiply(BigDecimal.valueOf(2));
    assertTrue(
        new BigDecimal(result.getString("potDraft"))
                .subtract(twice)
                .abs()
                .compareTo(new BigDecimal("0.01"))
            <= 0,
        "twice the rate, twice the pot (to the cent of rounding)");
  }
}
