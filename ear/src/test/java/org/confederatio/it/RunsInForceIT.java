package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.confederatio.it.Publishing.publishRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Rule A12 over the API, on a canton of the test's own and its current year: one published run in
 * force, corrections with a reason, both digests where a correction is shown, drafts hidden.
 */
class RunsInForceIT {

  private static JsonObject run(Api by, long id) {
    return Api.json(by.get("/api/allocation-runs/" + id)).getJsonObject("run");
  }

  private static List<JsonObject> runsOfTheYear(TestCanton canton) {
    return Api.structure(canton.clerk.get(canton.path("/allocation-runs?year=" + ServerClock.YEAR)))
        .asJsonArray()
        .stream()
        .map(v -> v.asJsonObject())
        .toList();
  }

  private static long inForce(TestCanton canton) {
    List<JsonObject> inForce =
        runsOfTheYear(canton).stream().filter(r -> r.getBoolean("inForce")).toList();
    assertEquals(1, inForce.size(), "exactly one run in force: " + runsOfTheYear(canton));
    return inForce.get(0).getJsonNumber("id").longValue();
  }

  private static void assertReasonRequired(HttpResponse<String> response) {
    assertProblem(response, 400, "Invalid input");
    assertEquals(
        "reason",
        Api.json(response).getJsonArray("violations").getJsonObject(0).getString("field"),
        response.body());
  }

  @Test
  void aSecondPublicationIsACorrectionWithAReasonAndTheFirstStaysReadableAsSuperseded()
      throws Exception {
    TestCanton canton = Fixture.canton();
    String organization = Fixture.organization("COMMONS_FOUNDATION", "Corrected Commons");
    Fixture.accredit(organization, canton.code, ServerClock.YEAR);
    String first = canton.taxpayer("1000.00");
    canton.designate(first, organization);
    canton.taxpayer("500.00");
    long original = canton.draftRun();

    assertProblem(
        publishRun(canton.clerk, original, "nothing to correct yet"), 400, "Invalid input");
    var published = publishRun(canton.clerk, original, null);
    assertEquals(200, published.statusCode(), published.body());
    assertTrue(Api.json(published).getJsonObject("run").getBoolean("inForce"), "A12: in force");
    String originalDigest = run(canton.clerk, original).getString("digest");

    // a late assessment: the year's result changes, and a correction is due
    String late = canton.taxpayer("2000.00");
    canton.designate(late, organization);
    long correction = canton.draftRun();
    assertReasonRequired(publishRun(canton.clerk, correction, null));
    assertReasonRequired(publishRun(canton.clerk, correction, "   "));
    assertReasonRequired(publishRun(canton.clerk, correction, "x".repeat(2001)));
    assertProblem(
        publishRun(canton.clerk, correction, "Late assessment", correction), 409, "Conflict");
    assertEquals("DRAFT", run(canton.clerk, correction).getString("state"), "nothing changed");
    assertEquals(original, inForce(canton));

    var corrected = publishRun(canton.clerk, correction, "Late assessment of " + late);
    assertEquals(200, corrected.statusCode(), corrected.body());
    JsonObject now = Api.json(corrected).getJsonObject("run");
    assertTrue(now.getBoolean("inForce"));
    assertEquals(original, now.getJsonObject("replaces").getJsonNumber("run").longValue());
    assertEquals(originalDigest, now.getJsonObject("replaces").getString("digest"));
    assertEquals("Late assessment of " + late, now.getJsonObject("replaces").getString("reason"));
    assertEquals(correction, inForce(canton));

    JsonObject superseded = run(canton.policy, original);
    assertEquals("PUBLISHED", superseded.getString("state"));
    assertFalse(superseded.getBoolean("inForce"));
    assertEquals(
        correction, superseded.getJsonObject("replacedBy").getJsonNumber("run").longValue());
    assertEquals(
        now.getString("digest"), superseded.getJsonObject("replacedBy").getString("digest"));

    // the superseded run stays verifiable, and says what replaced it
    JsonObject verified =
        Api.structure(Api.anonymous().get("/api/verify/" + originalDigest))
            .asJsonArray()
            .getJsonObject(0);
    assertFalse(verified.getBoolean("inForce"));
    assertEquals(correction, verified.getJsonObject("replacedBy").getJsonNumber("run").longValue());
    assertEquals(
        "Late assessment of " + late, verified.getJsonObject("replacedBy").getString("reason"));
    assertEquals(
        200,
        Api.anonymous().get("/api/allocation-runs/" + original + "/aggregates.json").statusCode());
    JsonObject verifiedCorrection =
        Api.structure(Api.anonymous().get("/api/verify/" + now.getString("digest")))
            .asJsonArray()
            .getJsonObject(0);
    assertTrue(verifiedCorrection.getBoolean("inForce"));
    assertEquals(
        original, verifiedCorrection.getJsonObject("replaces").getJsonNumber("run").longValue());

    // the foundation sees the run in force, with the digest of the run it replaced
    JsonObject line =
        Api.json(
                Fixture.foundation(organization)
                    .get("/api/foundations/" + organization + "/reports?year=" + ServerClock.YEAR))
            .getJsonArray("lines")
            .stream()
            .map(v -> v.asJsonObject())
            .filter(l -> l.getString("canton").equals(canton.code))
            .findFirst()
            .orElseThrow();
    assertEquals(correction, line.getJsonNumber("run").longValue());
    assertEquals(now.getString("digest"), line.getString("digest"));
    assertEquals(originalDigest, line.getJsonObject("replaces").getString("digest"));
    assertEquals("10.00", line.getJsonObject("replaces").getString("amount"), line.toString());
    assertEquals("30.00", line.getString("amount"), "1 % of 1000.00 and 2000.00");

    // the correction beside the run it replaced, both digests named
    JsonObject comparison =
        Api.json(canton.policy.get("/api/allocation-runs/" + correction + "/comparison"));
    assertEquals(original, comparison.getJsonNumber("against").longValue());
    assertTrue(comparison.getBoolean("againstReplaced"));
    assertEquals(originalDigest, comparison.getString("againstDigest"));
    JsonObject toOrganization =
        comparison.getJsonArray("lines").stream()
            .map(v -> v.asJsonObject())
            .filter(d -> d.getString("recipient").equals(organization))
            .findFirst()
            .orElseThrow();
    assertEquals("10.00", toOrganization.getString("before"));
    assertEquals("30.00", toOrganization.getString("after"));
    assertEquals("20.00", toOrganization.getString("difference"));

    // a later draft is compared with the run in force
    long draft = canton.draftRun();
    JsonObject withInForce =
        Api.json(canton.clerk.get("/api/allocation-runs/" + draft + "/comparison"));
    assertEquals(correction, withInForce.getJsonNumber("against").longValue());
    assertFalse(withInForce.getBoolean("againstReplaced"));
  }

  @Test
  void twoDraftsPublishedAtTheSameMomentEndWithExactlyOneRunInForce() throws Exception {
    TestCanton canton = Fixture.canton();
    canton.taxpayer("100.00");
    long a = canton.draftRun();
    long b = canton.draftRun();

    List<HttpResponse<String>> first = atOnce(canton.clerk, a, b, null, null);

    assertTrue(first.stream().anyMatch(r -> r.statusCode() == 200), statuses(first));
    for (HttpResponse<String> response : first) {
      assertTrue(
          response.statusCode() == 200
              || response.statusCode() == 409
              || (response.statusCode() == 400 && response.body().contains("\"reason\"")),
          "the other publication is refused, never a 500: " + statuses(first));
    }
    long winner = inForce(canton);

    // two corrections of the run in force at the same moment: again exactly one wins
    long c = canton.draftRun();
    long d = canton.draftRun();
    List<HttpResponse<String>> corrections =
        atOnce(canton.clerk, c, d, "Two clerks at once", winner);
    assertTrue(corrections.stream().anyMatch(r -> r.statusCode() == 200), statuses(corrections));
    assertTrue(
        corrections.stream().allMatch(r -> r.statusCode() == 200 || r.statusCode() == 409),
        statuses(corrections));
    long corrected = inForce(canton);
    assertTrue(corrected == c || corrected == d);
    JsonObject replaced = run(canton.clerk, winner);
    assertEquals(corrected, replaced.getJsonObject("replacedBy").getJsonNumber("run").longValue());
    long published =
        runsOfTheYear(canton).stream()
            .filter(r -> r.getString("state").equals("PUBLISHED"))
            .count();
    assertEquals(
        2, published, "one first publication and one correction: " + runsOfTheYear(canton));

    // an empty body is no reason, and a value of the wrong type is refused: 400s, never a 500
    long e = canton.draftRun();
    var empty = canton.clerk.postJson("/api/allocation-runs/" + e + "/publish", "");
    assertEquals(400, empty.statusCode(), empty.body());
    assertEquals(
        400,
        canton
            .clerk
            .postJson("/api/allocation-runs/" + e + "/publish", "{\"replaces\":\"run five\"}")
            .statusCode());
    assertEquals(corrected, inForce(canton));
  }

  private static List<HttpResponse<String>> atOnce(
      Api clerk, long a, long b, String reason, Long replaces) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<HttpResponse<String>> one =
          threads.submit(
              () -> {
                start.await();
                return publishRun(clerk, a, reason, replaces);
              });
      Future<HttpResponse<String>> other =
          threads.submit(
              () -> {
                start.await();
                return publishRun(clerk, b, reason, replaces);
              });
      return List.of(one.get(), other.get());
    } finally {
      threads.shutdown();
    }
  }

  private static String statuses(List<HttpResponse<String>> responses) {
    return responses.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString();
  }

  @Test
  void aDraftIsNotFoundForAnyoneButTheCantonsClerksAndPolicyOfficersAndTheAdmin() {
    TestCanton canton = Fixture.canton();
    TestCanton other = Fixture.canton();
    canton.taxpayer("100.00");
    long draft = canton.draftRun();
    String organization = Fixture.organization("PHYLE", "Onlookers");
    List<Api> outsiders =
        List.of(
            other.clerk,
            other.policy,
            Fixture.foundation(organization),
            canton.citizen("Curious Citizen").api());
    String never = "/api/allocation-runs/" + Long.MAX_VALUE;
    for (Api outsider : outsiders) {
      for (String path : List.of("", "/comparison", "/aggregates.json")) {
        var response = outsider.get("/api/allocation-runs/" + draft + path);
        assertProblem(response, 404, "Not found");
        assertEquals(
            Api.json(outsider.get(never + path))
                .getString("detail")
                .replace(Long.toString(Long.MAX_VALUE), "#"),
            Api.json(response).getString("detail").replace(Long.toString(draft), "#"),
            "as if it did not exist");
      }
      for (String action : List.of("/publish", "/stop", "/restart")) {
        String body = action.equals("/publish") ? "{}" : ""; // stop and restart take no body
        assertProblem(
            outsider.postJson("/api/allocation-runs/" + draft + action, body), 404, "Not found");
      }
    }
    assertProblem(
        Api.anonymous().get("/api/allocation-runs/" + draft + "/aggregates.json"),
        404,
        "Not found");
    assertProblem(
        canton.policy.postJson("/api/allocation-runs/" + draft + "/publish", "{}"),
        403,
        "Access refused");
    for (Api insider : List.of(canton.clerk, canton.policy, Fixture.ADMIN)) {
      assertEquals(200, insider.get("/api/allocation-runs/" + draft).statusCode());
      assertEquals(
          200, insider.get("/api/allocation-runs/" + draft + "/aggregates.json").statusCode());
    }

    assertEquals(200, publishRun(canton.clerk, draft, null).statusCode());
    assertEquals(
        200,
        Api.anonymous().get("/api/allocation-runs/" + draft + "/aggregates.json").statusCode(),
        "published aggregates are public");
    assertProblem(other.clerk.get("/api/allocation-runs/" + draft), 403, "Access refused");
    assertNull(run(canton.clerk, draft).get("replaces"), "a first publication replaces nothing");
  }
}
