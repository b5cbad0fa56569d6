package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.confederatio.it.ApiSecurityIT.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Confederal bodies, memberships and settlements over the demo cantons. */
class SharingApiIT {

  private final Api admin = Api.as("admin");

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
    // the transit fund's members are Montes and Riva: Lacus' officials, citizens and foundations
    // do not see its draft
    for (String user : new String[] {"clerk", "policy", "citizen", "foundation"}) {
      for (String file : new String[] {"", "/settlement.csv", "/settlement.pdf"}) {
        assertProblem(Api.as(user).get(path + file), 404, "Not found");
      }
      assertProblem(Api.as(user).postJson(path + "/publish", "{}"), 404, "Not found");
    }
    assertEquals(200, Api.as("clerk-montes").get(path).statusCode());
    assertEquals(200, Api.as("policy-montes").get(path + "/settlement.csv").statusCode());
    assertRefused(Api.as("policy-montes").postJson(path + "/publish", "{}"));
  }

  @Test
  void onlyAnAdministratorSettlesAndOnlyAPolicyOfficerOfTheCantonJoins() {
    for (String user : new String[] {"policy", "clerk", "foundation", "citizen"}) {
      assertRefused(
          Api.as(user).postJson("/api/bodies/solidarity-fund/settlements", "{\"year\":2025}"));
    }
    String join =
        "{\"body\":\"transit-fund\",\"rate\":\"0.005\",\"fromYear\":"
            + (ServerClock.YEAR + 1)
            + "}";
    assertRefused(Api.as("policy-montes").postJson("/api/cantons/LAC/memberships", join));
    assertRefused(Api.as("clerk").postJson("/api/cantons/LAC/memberships", join));
    assertRefused(Api.as("admin").postJson("/api/cantons/LAC/memberships", join));
  }

  @Test
  void aPolicyOfficerJoinsABodyFromAFutureYearAtARateInItsRangeAndLeaves() {
    int year = ServerClock.YEAR + 2 + ThreadLocalRandom.current().nextInt(7000);
    var outOfRange =
        Api.as("policy")
            .postJson(
                "/api/cantons/LAC/memberships",
                "{\"body\":\"transit-fund\",\"rate\":\"0.05\",\"fromYear\":" + year + "}");
    assertProblem(outOfRange, 400, "Invalid input");
    assertTrue(outOfRange.body().contains("\"rate\""), outOfRange.body());

    var joined =
        Api.as("policy")
            .postJson(
                "/api/cantons/LAC/memberships",
                "{\"body\":\"transit-fund\",\"rate\":\"0.005\",\"fromYear\":" + year + "}");
    assertEquals(201, joined.statusCode(), joined.body());
    assertTrue(
        Api.as("citizen").get("/api/bodies").body().contains("\"fromYear\":" + year),
        "memberships are public");

    var left =
        Api.as("policy")
            .postJson(
                "/api/cantons/LAC/memberships",
                "{\"body\":\"transit-fund\",\"lastYear\":" + year + "}");
    assertEquals(200, left.statusCode(), left.body());
    assertEquals(year, Api.json(left).getInt("untilYear"));
  }
}
