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
