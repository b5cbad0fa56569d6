package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/**
 * Publishing runs and settlements of demo cantons and bodies, whose years earlier test runs may
 * have published already: the first publication of a year is plain, a later one is a correction
 * with a reason (A12), as a clerk or the administrator would have to do it.
 */
final class Publishing {

  private Publishing() {}

  static HttpResponse<String> publishRun(Api clerk, long id, String reason) {
    return publishRun(clerk, id, reason, null);
  }

  /** Publishes with a reason and the run the publisher saw in force, each if not null. */
  static HttpResponse<String> publishRun(Api clerk, long id, String reason, Long replaces) {
    return clerk.postJson("/api/allocation-runs/" + id + "/publish", body(reason, replaces));
  }

  static String body(String reason, Long replaces) {
    return "{"
        + (reason == null ? "" : "\"reason\":\"" + reason + "\"")
        + (reason != null && replaces != null ? "," : "")
        + (replaces == null ? "" : "\"replaces\":" + replaces)
        + "}";
  }

  /** Publishes a draft run, as a correction of the run in force of its year if there is one. */
  static JsonObject run(Api clerk, long id) {
    JsonObject run = Api.json(clerk.get("/api/allocation-runs/" + id)).getJsonObject("run");
    boolean inForce =
        Api.structure(
                clerk.get(
                    "/api/cantons/"
                        + run.getString("canton")
                        + "/allocation-runs?year="
                        + run.getInt("year")))
            .asJsonArray()
            .stream()
            .anyMatch(r -> r.asJsonObject().getBoolean("inForce"));
    var published =
        publishRun(clerk, id, inForce ? "Test run " + id + " replaces the run in force" : null);
    assertEquals(200, published.statusCode(), published.body());
    return Api.json(published);
  }

  static HttpResponse<String> publishSettlement(Api admin, long id, String reason, Long replaces) {
    return admin.postJson("/api/settlements/" + id + "/publish", body(reason, replaces));
  }

  /** The settlement in force of a body's year, or null. */
  static JsonObject settlementInForce(String body, int year) {
    return Api.structure(Fixture.ADMIN.get("/api/bodies/" + body + "/settlements?year=" + year))
        .asJsonArray()
        .stream()
        .map(v -> v.asJsonObject())
        .filter(s -> s.getBoolean("inForce"))
        .findFirst()
        .orElse(null);
  }

  /** Publishes a draft settlement, as a correction of the one in force of its year if any. */
  static JsonObject settlement(Api admin, long id) {
    JsonObject draft = Api.json(admin.get("/api/settlements/" + id));
    boolean inForce = settlementInForce(draft.getString("body"), draft.getInt("year")) != null;
    var published =
        publishSettlement(
            admin,
            id,
            inForce ? "Test settlement " + id + " replaces the one in force" : null,
            null);
    assertEquals(200, published.statusCode(), published.body());
    return Api.json(published);
  }
}
