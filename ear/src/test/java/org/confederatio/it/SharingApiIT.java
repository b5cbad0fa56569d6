package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.confederatio.it.ApiSecurityIT.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Confederal bodies, memberships and settlements. Memberships are joined on a body and in a canton
 * of the test's own. A settlement, though, needs members in a year that has begun, and a membership
 * can only be joined from a future year: through the API only the demo's memberships, seeded in the
 * past, can be settled, so the settlement tests work on the demo's bodies and cantons (each settles
 * anew, and publishes as a correction of what an earlier run left in force). The in-server {@link
 * SettlementsInForceIT} settles a body of its own by moving the clock.
 */
class SharingApiIT {

  private final Api admin = Fixture.ADMIN;

  /** A new body with a rate range of 0.001 to 0.02, disbursed per capita. */
  static String body() {
    String body = Fixture.organization("CONFEDERAL_FUND", "Test Fund");
    Fixture.created(
        Fixture.ADMIN.postJson(
            "/api/bodies",
            "{\"organization\":\"%s\",\"minRate\":\"0.001\",\"maxRate\":\"0.02\",\"disbursement\":\"EQUAL_PER_CAPITA\"}"
                .formatted(body)));
    return body;
  }

  @Test
  void aSettlementOverTheDemoCantonsPublishesSumsToItsPotAndLeavesNonMembersOut() {
    var settled = admin.postJson("/api/bodies/solidarity-fund/settlements", "{\"year\":2025}");
    assertEquals(201, settled.statusCode(), settled.body());
    JsonObject settlement = Api.json(settled);

    BigDecimal received =
        settlement.getJsonArray("lines").stream()
            .map(l -> new BigDecimal(l.asJsonObject().getString("received")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(
        new BigDecimal(settlement.getString("pot")),
        received,
        "disbursements sum to the pot to the cent");
    assertTrue(
        settlement.getJsonArray("lines").stream()
            .map(l -> l.asJsonObject().getString("canton"))
            .toList()
            .containsAll(java.util.List.of("LAC", "MON")));
    assertTrue(!settled.body().contains("\"RIV\""), "Riva is not a member and appears nowhere");

    long id = settlement.getJsonNumber("id").longValue();
    JsonObject published = Publishing.settlement(admin, id);
    assertEquals("PUBLISHED", published.getString("state"));
    assertTrue(published.getBoolean("inForce"), "A12: the new settlement counts");
    assertProblem(admin.postJson("/api/settlements/" + id + "/publish", "{}"), 409, "Conflict");
    // the demo's Lacus is a member: its officials see the settlement
    assertTrue(
        Api.as("policy").get("/api/cantons/LAC/settlements").body().contains("\"id\":" + id));
  }

  @Test
  void aSettlementTakesWhatTheRunInForceSentAndNamesItWithTheRunItCorrected() {
    // Montes sends its undesignated money to the solidarity fund: publish a run of its 2025
    Api clerk = Api.as("clerk-montes");
    long run =
        AllocationRunsApiIT.computed(clerk, "MON", 2025)
            .getJsonObject("run")
            .getJsonNumber("id")
            .longValue();
    JsonObject inForce = Publishing.run(clerk, run).getJsonObject("run");
    String sent =
        AllocationRunsApiIT.lines(Api.json(clerk.get("/api/allocation-runs/" + run)))
            .get("solidarity-fund");

    JsonObject settlement =
        Api.json(admin.postJson("/api/bodies/solidarity-fund/settlements", "{\"year\":2025}"));

    JsonObject source =
        settlement.getJsonArray("runs").stream()
            .map(v -> v.asJsonObject())
            .filter(r -> r.getString("canton").equals("MON"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(settlement.toString()));
    assertEquals(run, source.getJsonNumber("run").longValue(), "the run in force (A12)");
    assertEquals(inForce.getString("digest"), source.getString("digest"));
    assertEquals(sent, source.getString("amount"));
    assertTrue(source.getBoolean("inForce"));
    if (inForce.containsKey("replaces")) {
      assertEquals(
          inForce.getJsonObject("replaces").getString("digest"),
          source.getJsonObject("replaces").getString("digest"),
          "a correction shows with the digest of the run it replaced");
    }
    BigDecimal fromRuns =
        settlement.getJsonArray("runs").stream()
            .map(r -> new BigDecimal(r.asJsonObject().getString("amount")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(new BigDecimal(settlement.getString("fromAllocations")), fromRuns, "C3");
  }

  @Test
  void aDraftSettlementIsNotFoundOutsideItsMembersOfficials() {
    JsonObject draft =
        Api.json(admin.postJson("/api/bodies/transit-fund/settlements", "{\"year\":2025}"));
    String path = "/api/settlements/" + draft.getJsonNumber("id").longValue();
    // the transit fund's members are the demo's Montes and Riva: the officials of another canton,
    // citizens and foundations do not see its draft
    TestCanton outsider = Fixture.canton();
    Api[] others = {
      outsider.clerk,
      outsider.policy,
      outsider.citizen("Otto Outsider").api(),
      Fixture.foundation(Fixture.organization("PHYLE", "Outside Phyle"))
    };
    for (Api other : others) {
      for (String file : new String[] {"", "/settlement.csv", "/settlement.pdf"}) {
        assertProblem(other.get(path + file), 404, "Not found");
      }
      assertProblem(other.postJson(path + "/publish", "{}"), 404, "Not found");
    }
    assertEquals(200, Api.as("clerk-montes").get(path).statusCode());
    assertEquals(200, Api.as("policy-montes").get(path + "/settlement.csv").statusCode());
    assertRefused(Api.as("policy-montes").postJson(path + "/publish", "{}"));
  }

  @Test
  void onlyAnAdministratorSettlesAndOnlyAPolicyOfficerOfTheCantonJoins() {
    String body = body();
    TestCanton canton = Fixture.canton();
    Api[] others = {
      canton.policy,
      canton.clerk,
      Fixture.foundation(Fixture.organization("PHYLE", "Settling Phyle")),
      canton.citizen("Sam Settler").api()
    };
    for (Api other : others) {
      assertRefused(
          other.postJson(
              "/api/bodies/" + body + "/settlements", "{\"year\":" + ServerClock.YEAR + "}"));
    }
    String join =
        "{\"body\":\""
            + body
            + "\",\"rate\":\"0.005\",\"fromYear\":"
            + (ServerClock.YEAR + 1)
            + "}";
    String memberships = canton.path("/memberships");
    assertRefused(Fixture.canton().policy.postJson(memberships, join));
    assertRefused(canton.clerk.postJson(memberships, join));
    assertRefused(admin.postJson(memberships, join));
    assertEquals("[]", canton.clerk.get(memberships).body().strip(), "nobody joined");
  }

  @Test
  void aPolicyOfficerJoinsABodyFromAFutureYearAtARateInItsRangeAndLeaves() {
    String body = body();
    TestCanton canton = Fixture.canton();
    String memberships = canton.path("/memberships");
    int year = ServerClock.YEAR + 2;
    var outOfRange =
        canton.policy.postJson(
            memberships, "{\"body\":\"" + body + "\",\"rate\":\"0.05\",\"fromYear\":" + year + "}");
    assertProblem(outOfRange, 400, "Invalid input");
    assertTrue(outOfRange.body().contains("\"rate\""), outOfRange.body());

    var joined =
        canton.policy.postJson(
            memberships,
            "{\"body\":\"" + body + "\",\"rate\":\"0.005\",\"fromYear\":" + year + "}");
    assertEquals(201, joined.statusCode(), joined.body());
    var members =
        Api.structure(canton.citizen("Pia Public").api().get("/api/bodies")).asJsonArray().stream()
            .map(v -> v.asJsonObject())
            .filter(b -> b.getString("organization").equals(body))
            .findFirst()
            .orElseThrow()
            .toString();
    assertTrue(
        members.contains("\"canton\":\"" + canton.code + "\"")
            && members.contains("\"fromYear\":" + year),
        "memberships are public: " + members);

    var left =
        canton.policy.postJson(
            memberships, "{\"body\":\"" + body + "\",\"lastYear\":" + year + "}");
    assertEquals(200, left.statusCode(), left.body());
    assertEquals(year, Api.json(left).getInt("untilYear"));
  }
}
